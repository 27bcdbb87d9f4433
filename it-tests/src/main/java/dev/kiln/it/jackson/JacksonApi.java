package dev.kiln.it.jackson;

import dev.kiln.Get;
import dev.kiln.Post;
import dev.kiln.ResponseHeaders;
import dev.kiln.Router;
import dev.kiln.it.jackson.JacksonModels.Account;
import dev.kiln.it.jackson.JacksonModels.Appointment;
import dev.kiln.it.jackson.JacksonModels.Contact;
import dev.kiln.it.jackson.JacksonModels.Credentials;
import dev.kiln.it.jackson.JacksonModels.Filtered;
import dev.kiln.it.jackson.JacksonModels.Gadget;
import dev.kiln.it.jackson.JacksonModels.Listing;
import dev.kiln.it.jackson.JacksonModels.Login;
import dev.kiln.it.jackson.JacksonModels.Nicknamed;
import dev.kiln.it.jackson.JacksonModels.Ordered;
import dev.kiln.it.jackson.JacksonModels.Paint;
import dev.kiln.it.jackson.JacksonModels.Parcel;
import dev.kiln.it.jackson.JacksonModels.Person;
import dev.kiln.it.jackson.JacksonModels.Secretive;
import dev.kiln.it.jackson.JacksonModels.Settings;
import dev.kiln.it.jackson.JacksonModels.Shade;
import dev.kiln.it.jackson.JacksonModels.Sparse;
import dev.kiln.it.jackson.JacksonModels.Stock;
import dev.kiln.it.jackson.JacksonModels.Ticket;

/**
 * Each operation binds one Jackson-annotated model, answers with it (Jackson writes it), and tells
 * what Kiln bound in the {@code X-Bound} header (the Java value's {@code toString()}).
 */
@Router(prefix = "/jackson", tags = "jackson")
public final class JacksonApi {
    private static <T> T bound(T value, ResponseHeaders response) {
        response.header("X-Bound", String.valueOf(value));
        return value;
    }

    @Post("/paint")
    public Paint paint(Paint body, ResponseHeaders response) {
        return bound(body, response);
    }

    /** A renamed enum constant from the query. */
    @Get("/shade")
    public Shade shadeQuery(Shade shade, ResponseHeaders response) {
        return bound(shade, response);
    }

    /** A renamed enum constant from the path. */
    @Get("/shade/{shade}")
    public Shade shadePath(Shade shade, ResponseHeaders response) {
        return bound(shade, response);
    }

    @Post("/parcel")
    public Parcel parcel(Parcel body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/person")
    public Person person(Person body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/account")
    public Account account(Account body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/contact")
    public Contact contact(Contact body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/secretive")
    public Secretive secretive(Secretive body, ResponseHeaders response) {
        return bound(body, response);
    }

    /** The id is the server's: a request's is ignored, the answer has one. */
    @Post("/ticket")
    public Ticket ticket(Ticket body, ResponseHeaders response) {
        bound(body, response);
        return new Ticket(body.title(), "T-1");
    }

    @Post("/login")
    public Login login(Login body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/sparse")
    public Sparse sparse(Sparse body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/listing")
    public Listing listing(Listing body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/appointment")
    public Appointment appointment(Appointment body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/ordered")
    public Ordered ordered(Ordered body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/filtered")
    public Filtered filtered(Filtered body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/settings")
    public Settings settings(Settings body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/credentials")
    public Credentials credentials(Credentials body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/nicknamed")
    public Nicknamed nicknamed(Nicknamed body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/stock")
    public Stock stock(Stock body, ResponseHeaders response) {
        return bound(body, response);
    }

    @Post("/gadget")
    public Gadget gadget(Gadget body, ResponseHeaders response) {
        return bound(body, response);
    }
}
