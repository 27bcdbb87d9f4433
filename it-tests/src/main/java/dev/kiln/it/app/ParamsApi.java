package dev.kiln.it.app;

import dev.kiln.Cookie;
import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Query;
import dev.kiln.Request;
import dev.kiln.ResponseHeaders;
import dev.kiln.Router;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every way a parameter can be bound, echoed back as JSON. */
@Router(prefix = "/params", tags = "params")
public final class ParamsApi {

    /** Any annotation named {@code Nullable} makes a parameter optional. */
    @Retention(RetentionPolicy.CLASS)
    public @interface Nullable {}

    /** Query parameters read as a record (FastAPI's query parameter models). */
    public record Paging(
            @Default("0") int skip, @Default("10") int limit, Optional<String> sort) {}

    /** Headers read as a record. */
    public record Client(String userAgent, Optional<String> xTrace) {}

    /** Cookies read as a record. */
    public record Session(String sessionId, Optional<String> theme) {}

    @Get("/path/{itemId}")
    public Map<String, Object> pathInt(int itemId) {
        return Map.of("itemId", itemId);
    }

    @Get("/path/{id}/color/{color}")
    public Map<String, Object> pathUuidEnum(UUID id, Color color) {
        return Map.of("id", id, "color", color);
    }

    @Get("/renamed/{item_id}")
    public Map<String, Object> pathRenamed(@Path("item_id") long itemId) {
        return Map.of("itemId", itemId);
    }

    /** A static segment wins over a variable one, as in Starlette. */
    @Get("/path/me")
    public Map<String, Object> pathMe() {
        return Map.of("me", true);
    }

    @Get("/types")
    public Map<String, Object> queryTypes(
            boolean flag,
            byte b,
            short s,
            int i,
            long l,
            float f,
            double d,
            char c,
            String str,
            UUID uuid,
            Color color,
            BigDecimal dec,
            BigInteger big,
            LocalDate date,
            LocalDateTime dateTime,
            OffsetDateTime offsetDateTime,
            Instant instant) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("flag", flag);
        out.put("b", b);
        out.put("s", s);
        out.put("i", i);
        out.put("l", l);
        out.put("f", f);
        out.put("d", d);
        out.put("c", String.valueOf(c));
        out.put("str", str);
        out.put("uuid", uuid.toString());
        out.put("color", color.name());
        out.put("dec", dec.toPlainString());
        out.put("big", big.toString());
        out.put("date", date.toString());
        out.put("dateTime", dateTime.toString());
        out.put("offsetDateTime", offsetDateTime.toString());
        out.put("instant", instant.toString());
        return out;
    }

    @Get("/boxed")
    public Map<String, Object> boxed(Integer count, Boolean flag) {
        return Map.of("count", count, "flag", flag);
    }

    @Get("/optional")
    public Map<String, Object> optional(
            Optional<String> q,
            Optional<Integer> n,
            @Nullable String maybe,
            @Default("10") int limit,
            @Default("RED") Color color,
            @Default("hello") String greeting) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("q", q.orElse("<none>"));
        out.put("n", n.map(Object::toString).orElse("<none>"));
        out.put("maybe", maybe == null ? "<null>" : maybe);
        out.put("limit", limit);
        out.put("color", color.name());
        out.put("greeting", greeting);
        return out;
    }

    @Get("/lists")
    public Map<String, Object> lists(List<String> tag, Set<Integer> id) {
        return Map.of("tag", tag, "id", List.copyOf(id));
    }

    @Get("/annotated")
    public Map<String, Object> annotated(
            @Query("page-size") int pageSize,
            @Header String userAgent,
            @Header("X-Token") Optional<String> token,
            @Cookie("session_id") Optional<String> session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pageSize", pageSize);
        out.put("userAgent", userAgent);
        out.put("token", token.orElse("<none>"));
        out.put("session", session.orElse("<none>"));
        return out;
    }

    @Get("/records")
    public Map<String, Object> records(@Query Paging paging, @Header Client client, @Cookie Session session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("skip", paging.skip());
        out.put("limit", paging.limit());
        out.put("sort", paging.sort().orElse("<none>"));
        out.put("userAgent", client.userAgent());
        out.put("trace", client.xTrace().orElse("<none>"));
        out.put("sessionId", session.sessionId());
        out.put("theme", session.theme().orElse("<none>"));
        return out;
    }

    @Get("/injected/{name}")
    public Future<Map<String, Object>> injected(
            String name, Request request, HttpServerRequest http, Vertx vertx, ResponseHeaders response) {
        response.header("X-Injected", "yes").cookie("seen", "1").status(203);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("method", request.method());
        out.put("path", request.path());
        out.put("query", request.query("q"));
        out.put("header", request.header("x-probe"));
        out.put("client", request.clientAddress() != null);
        out.put("httpPath", http.path());
        out.put("vertx", vertx != null);
        return Future.succeededFuture(out);
    }
}
