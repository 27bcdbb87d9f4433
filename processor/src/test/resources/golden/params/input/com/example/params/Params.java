package com.example.params;

import dev.kiln.BackgroundTasks;
import dev.kiln.Cookie;
import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Query;
import dev.kiln.Request;
import dev.kiln.ResponseHeaders;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public class Params {
    /** Every simple type as a required query parameter. */
    @Get("/simple")
    public static String simple(boolean flag, byte tiny, short small, int count, long big, float ratio, double weight,
                                char initial, String name, UUID id, BigDecimal price, BigInteger huge, LocalDate day,
                                LocalDateTime at, OffsetDateTime zoned, Instant instant, Color color, Integer boxed) {
        return name;
    }

    /** Every simple type as a path parameter, one renamed with @Path. */
    @Get("/paths/{id}/{day}/{color}/{n}")
    public static String paths(UUID id, LocalDate day, Color color, @Path("n") long number) {
        return "";
    }

    /** Optional, @Nullable and defaults of every kind. */
    @Get("/presence")
    public static String presence(Optional<Integer> page, Optional<Color> tint, @Nullable String note,
                                  @Nullable Integer maybe,
                                  @Default("true") boolean flag, @Default("7") byte tiny, @Default("-3") short small,
                                  @Default("10") int limit, @Default("9000000000") long big,
                                  @Default("0.5") float ratio, @Default("2.25") double weight,
                                  @Default("x") char initial, @Default("hello \"you\"") String greeting,
                                  @Default("123e4567-e89b-12d3-a456-426614174000") UUID id,
                                  @Default("1.50") BigDecimal price, @Default("12345678901234567890") BigInteger huge,
                                  @Default("2024-02-29") LocalDate day, @Default("2024-01-01T10:15:30") LocalDateTime at,
                                  @Default("2024-01-01T10:15:30+01:00") OffsetDateTime zoned,
                                  @Default("2024-01-01T10:15:30Z") Instant instant, @Default("RED") Color color) {
        return "";
    }

    /** Repeated query values, renamed query, headers and cookies. */
    @Get("/lists")
    public static String lists(List<String> tag, Set<Color> colors, List<Integer> ids, @Query("q") String search,
                               @Header String userAgent, @Header("X-Token") Optional<String> token,
                               @Header List<String> accept, @Cookie String sessionId, @Cookie("ads") Optional<String> ads) {
        return "";
    }

    /** Query, header and cookie parameter models. */
    @Get("/models")
    public static String models(@Query Paging paging, @Header Client client, @Cookie Session session) {
        return "";
    }

    /** The injected types. */
    @Get("/injected")
    public static String injected(
            Request request, HttpServerRequest http, Vertx vertx, ResponseHeaders response, BackgroundTasks tasks) {
        return "";
    }
}
