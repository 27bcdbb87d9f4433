package dev.kiln.samples.service;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Post;
import dev.kiln.Query;
import dev.kiln.Router;
import dev.kiln.security.Scopes;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.sql.SQLException;
import java.util.List;

/** What only a token with the {@value Auth#ADMIN} scope may do (everyone else: 403). */
@Router(prefix = "/admin", tags = "admin", dependencies = User.class)
@Scopes(Auth.ADMIN)
@Blocking(pool = "db")
public final class Admin {
    private Admin() {}

    /** Every account, in the order they signed up. */
    @Get("/users")
    public static List<User> users(@Query Paging paging, UserStore users) throws SQLException {
        return users.list(paging.limit(), paging.offset());
    }

    /**
     * Makes a share of the transactions fail for a while (the soak's chaos); 404 unless the service runs
     * with {@code APP_FAULT_INJECTION=true}.
     */
    @Post("/faults")
    public static FaultsIn faults(FaultsIn in, Faults faults) {
        if (!faults.enabled()) {
            throw new HttpException(404, "Not Found");
        }
        faults.failTransactions(in.transactionFailureRate(), in.seconds());
        return in;
    }

    /**
     * What {@code POST /admin/faults} turns on.
     *
     * @param transactionFailureRate the share of transactions that fail as they begin, 0 to 1
     * @param seconds                for how long
     */
    public record FaultsIn(
            @DecimalMin("0") @DecimalMax("1") double transactionFailureRate,
            @Min(1) @Max(600) int seconds) {}

    /** The e-mails waiting in the outbox, oldest first. */
    @Get("/outbox")
    public static List<Outbox.Message> outbox(@Query Paging paging, Tx tx) throws SQLException {
        return Outbox.list(tx, paging.limit(), paging.offset());
    }
}
