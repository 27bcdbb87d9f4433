package dev.kiln.it.validation;

import dev.kiln.Cookie;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.Query;
import dev.kiln.Router;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Jakarta constraints in every place a value comes from; each operation answers the bound values as
 * text, so a test sees what the operation received.
 */
@Router(prefix = "/v", tags = "validation")
public final class ValidationApi {

    /** Any annotation named {@code Nullable} makes a value optional. */
    @Retention(RetentionPolicy.CLASS)
    @Target({
        ElementType.PARAMETER,
        ElementType.FIELD,
        ElementType.METHOD,
        ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE
    })
    public @interface Nullable {}

    /** A body that nests {@link Constrained} one level down. */
    public record Outer(Constrained inner) {}

    @Get(value = "/query", produces = "text/plain")
    public String query(@Query Constrained q) {
        return q.toString();
    }

    @Get(value = "/header", produces = "text/plain")
    public String header(@Header Constrained h) {
        return h.toString();
    }

    @Get(value = "/cookie", produces = "text/plain")
    public String cookie(@Cookie Constrained c) {
        return c.toString();
    }

    @Post(value = "/body", produces = "text/plain")
    public String body(Constrained body) {
        return body.toString();
    }

    @Post(value = "/nested", produces = "text/plain")
    public String nested(Outer body) {
        return body.toString();
    }

    @Post(value = "/list", produces = "text/plain")
    public String list(ConstrainedLists body) {
        return body.toString();
    }

    @Post(value = "/signup", produces = "text/plain")
    public String signup(Signup signup) {
        return signup.toString();
    }

    @Post(value = "/profile", produces = "text/plain")
    public String profile(Profile profile) {
        return profile.getHandle() + "/" + profile.getLevel();
    }

    /** Every location invalid at once: one 422 lists them all. */
    @Put(value = "/all/{id}", produces = "text/plain")
    public String all(
            @Min(1) int id,
            @Size(max = 3) String q,
            @Header @Pattern(regexp = "^v\\d$") String xVersion,
            @Cookie @NotBlank String session,
            @Size(max = 2) List<@Positive Integer> tag,
            Signup signup) {
        return id + " " + q + " " + xVersion + " " + session + " " + tag + " " + signup.name();
    }

    // One path operation per constraint: a path value is always present.

    @Get(value = "/path/min/{v}", produces = "text/plain")
    public String pathMin(@Min(1) int v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/max/{v}", produces = "text/plain")
    public String pathMax(@Max(10) int v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/positive/{v}", produces = "text/plain")
    public String pathPositive(@Positive int v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/positiveOrZero/{v}", produces = "text/plain")
    public String pathPositiveOrZero(@PositiveOrZero long v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/negative/{v}", produces = "text/plain")
    public String pathNegative(@Negative int v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/negativeOrZero/{v}", produces = "text/plain")
    public String pathNegativeOrZero(@NegativeOrZero int v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/decimalMin/{v}", produces = "text/plain")
    public String pathDecimalMin(@DecimalMin(value = "0.5", inclusive = false) double v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/decimalMax/{v}", produces = "text/plain")
    public String pathDecimalMax(@DecimalMax("99.5") BigDecimal v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/digits/{v}", produces = "text/plain")
    public String pathDigits(@Digits(integer = 3, fraction = 2) BigDecimal v) {
        return String.valueOf(v);
    }

    @Get(value = "/path/size/{v}", produces = "text/plain")
    public String pathSize(@Size(min = 2, max = 5) String v) {
        return v;
    }

    @Get(value = "/path/notBlank/{v}", produces = "text/plain")
    public String pathNotBlank(@NotBlank String v) {
        return v;
    }

    @Get(value = "/path/notEmpty/{v}", produces = "text/plain")
    public String pathNotEmpty(@NotEmpty String v) {
        return v;
    }

    @Get(value = "/path/pattern/{v}", produces = "text/plain")
    public String pathPattern(@Pattern(regexp = "^[a-z]+$") String v) {
        return v;
    }

    /** Two patterns on one parameter (javac's {@code @Pattern.List}): the value must match both. */
    @Get(value = "/path/patterns/{v}", produces = "text/plain")
    public String pathPatterns(@Pattern(regexp = "[a-z]+") @Pattern(regexp = "\\w{3}") String v) {
        return v;
    }

    /** Counts by code: a key longer than three characters, or a negative count, is refused. */
    public record StockCounts(Map<@Size(max = 3) String, @Min(0) Integer> counts) {}

    @Post(value = "/stock", produces = "text/plain")
    public String stock(StockCounts stock) {
        return stock.counts().toString();
    }

    /** An {@code @Email} with a {@code regexp}: an address, and one that matches it. */
    @Get(value = "/path/work-email/{v}", produces = "text/plain")
    public String pathWorkEmail(@Email(regexp = ".+@example[.]com") String v) {
        return v;
    }

    @Get(value = "/path/email/{v}", produces = "text/plain")
    public String pathEmail(@Email String v) {
        return v;
    }
}
