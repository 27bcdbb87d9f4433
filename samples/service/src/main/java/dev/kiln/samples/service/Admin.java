package dev.kiln.samples.service;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.Query;
import dev.kiln.Router;
import dev.kiln.security.Scopes;
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

    /** The e-mails waiting in the outbox, oldest first. */
    @Get("/outbox")
    public static List<Outbox.Message> outbox(@Query Paging paging, Tx tx) throws SQLException {
        return Outbox.list(tx, paging.limit(), paging.offset());
    }
}
