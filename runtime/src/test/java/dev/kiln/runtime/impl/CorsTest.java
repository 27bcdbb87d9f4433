package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.App;
import dev.kiln.Cors;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code App.cors} against Starlette's own CORS tests ({@code tests/middleware/test_cors.py}), ported
 * as a table: each of its requests is a row (the app's settings, the request, the status, body and
 * headers Starlette's test expects), run over real HTTP. Starlette's endpoint {@code /} is the test
 * app's {@code GET /text}; its endpoint that sets {@code Vary: Accept-Encoding} is played by
 * {@code App.gzip}, which sets that header the same way. The last rows are Kiln's own: what Starlette
 * does because its middleware wraps the whole app (a preflight for any path, CORS headers on a 404),
 * and the one place Kiln differs (a 500 carries the CORS headers too).
 */
class CorsTest {
    private static final String HOME = "/text";
    private static final String HOMEPAGE = "hello, world";
    private static final String ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";
    private static final String SAFELISTED_AND_X_EXAMPLE =
            "Accept, Accept-Language, Content-Language, Content-Type, X-Example";
    /** Means "this header must be absent". */
    private static final String ABSENT = null;

    /** One app's settings: its CORS policy and, for the rows about an existing {@code Vary}, gzip. */
    record Config(String name, Cors cors, int gzip) {
        Config(String name, Cors cors) {
            this(name, cors, -1);
        }

        App app() {
            App app = Kiln.app().instances(1).cors(cors);
            return gzip < 0 ? app : app.gzip(gzip);
        }
    }

    /** One request and what Starlette answers (or, for Kiln's own rows, what Kiln answers). */
    record Row(
            String name,
            Config config,
            String method,
            String path,
            Map<String, String> request,
            int status,
            String body,
            Map<String, String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    // The apps of test_cors.py, by test function.
    private static final Config ALLOW_ALL = new Config(
            "allow all",
            Cors.allowOrigins("*")
                    .allowHeaders("*")
                    .allowMethods("*")
                    .exposeHeaders("X-Status")
                    .allowCredentials(true));
    private static final Config ALLOW_ALL_EXCEPT_CREDENTIALS = new Config(
            "allow all except credentials",
            Cors.allowOrigins("*").allowHeaders("*").allowMethods("*").exposeHeaders("X-Status"));
    private static final Config SPECIFIC_ORIGIN = new Config(
            "specific origin", Cors.allowOrigins("https://example.org").allowHeaders("X-Example", "Content-Type"));
    private static final Config DISALLOWED_PREFLIGHT = new Config(
            "disallowed preflight", Cors.allowOrigins("https://example.org").allowHeaders("X-Example"));
    private static final Config WILDCARD_WITH_CREDENTIALS = new Config(
            "wildcard origins with credentials",
            Cors.allowOrigins("*").allowMethods("POST").allowCredentials(true));
    private static final Config ALL_METHODS_ALLOWED =
            new Config("all methods", Cors.allowOrigins("*").allowMethods("*"));
    private static final Config ORIGIN_REGEX = new Config(
            "origin regex",
            Cors.allowOrigins()
                    .allowHeaders("X-Example", "Content-Type")
                    .allowOriginRegex("https://.*")
                    .allowCredentials(true));
    private static final Config ORIGIN_REGEX_FULLMATCH = new Config(
            "origin regex fullmatch",
            Cors.allowOrigins().allowHeaders("X-Example", "Content-Type").allowOriginRegex("https://.*\\.example.org"));
    private static final Config ANY_ORIGIN = new Config("any origin", Cors.allowOrigins("*"));
    private static final Config ONE_ORIGIN = new Config("one origin", Cors.allowOrigins("https://example.org"));
    private static final Config ANY_ORIGIN_VARYING = new Config("any origin, Vary set", Cors.allowOrigins("*"), 1);
    private static final Config ONE_ORIGIN_VARYING =
            new Config("one origin, Vary set", Cors.allowOrigins("https://example.org"), 1);
    private static final Config NO_LEAK = new Config(
            "allowed origin does not leak",
            Cors.allowOrigins("*").allowHeaders("*").allowMethods("*"));

    private static final Map<Config, TestClient> CLIENTS = new HashMap<>();

    @AfterAll
    static void stop() {
        CLIENTS.values().forEach(TestClient::close);
    }

    private static Map<String, String> headers(String... nameValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], nameValues[i + 1]);
        }
        return map;
    }

    private static Row row(
            String name,
            Config config,
            String method,
            String path,
            Map<String, String> request,
            int status,
            String body,
            Map<String, String> expected) {
        return new Row(config.name() + ": " + name, config, method, path, request, status, body, expected);
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Map<String, String> preflight = headers(
                "Origin", "https://example.org",
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "X-Example");
        Map<String, String> fromExample = headers("Origin", "https://example.org");
        Map<String, String> credentialed = headers("Origin", "https://example.org", "Cookie", "star_cookie=sugar");

        // test_cors_allow_all
        rows.add(row(
                "preflight",
                ALLOW_ALL,
                "OPTIONS",
                HOME,
                preflight,
                200,
                "OK",
                headers(
                        "Access-Control-Allow-Origin", "https://example.org",
                        "Access-Control-Allow-Headers", "X-Example",
                        "Access-Control-Allow-Credentials", "true",
                        "Access-Control-Allow-Methods", ALL_METHODS,
                        "Access-Control-Max-Age", "600",
                        "Vary", "Origin")));
        rows.add(row(
                "simple",
                ALLOW_ALL,
                "GET",
                HOME,
                fromExample,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin", "*",
                        "Access-Control-Expose-Headers", "X-Status",
                        "Access-Control-Allow-Credentials", "true",
                        "Vary", ABSENT)));
        rows.add(row(
                "simple with a cookie",
                ALLOW_ALL,
                "GET",
                HOME,
                credentialed,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin", "https://example.org",
                        "Access-Control-Expose-Headers", "X-Status",
                        "Access-Control-Allow-Credentials", "true",
                        "Vary", "Origin")));
        rows.add(row(
                "not CORS",
                ALLOW_ALL,
                "GET",
                HOME,
                headers(),
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin", ABSENT,
                        "Access-Control-Allow-Credentials", ABSENT)));

        // test_cors_allow_all_except_credentials
        rows.add(row(
                "preflight",
                ALLOW_ALL_EXCEPT_CREDENTIALS,
                "OPTIONS",
                HOME,
                preflight,
                200,
                "OK",
                headers(
                        "Access-Control-Allow-Origin",
                        "*",
                        "Access-Control-Allow-Headers",
                        "X-Example",
                        "Access-Control-Allow-Credentials",
                        ABSENT,
                        "Vary",
                        ABSENT)));
        rows.add(row(
                "simple",
                ALLOW_ALL_EXCEPT_CREDENTIALS,
                "GET",
                HOME,
                fromExample,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin", "*",
                        "Access-Control-Expose-Headers", "X-Status",
                        "Access-Control-Allow-Credentials", ABSENT)));
        rows.add(row(
                "not CORS",
                ALLOW_ALL_EXCEPT_CREDENTIALS,
                "GET",
                HOME,
                headers(),
                200,
                HOMEPAGE,
                headers("Access-Control-Allow-Origin", ABSENT)));

        // test_cors_allow_specific_origin
        rows.add(row(
                "preflight",
                SPECIFIC_ORIGIN,
                "OPTIONS",
                HOME,
                headers(
                        "Origin", "https://example.org",
                        "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "X-Example, Content-Type"),
                200,
                "OK",
                headers(
                        "Access-Control-Allow-Origin", "https://example.org",
                        "Access-Control-Allow-Headers", SAFELISTED_AND_X_EXAMPLE,
                        "Access-Control-Allow-Methods", "GET",
                        "Access-Control-Allow-Credentials", ABSENT,
                        "Vary", "Origin")));
        rows.add(row(
                "simple",
                SPECIFIC_ORIGIN,
                "GET",
                HOME,
                fromExample,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin",
                        "https://example.org",
                        "Access-Control-Allow-Credentials",
                        ABSENT)));
        rows.add(row(
                "not CORS",
                SPECIFIC_ORIGIN,
                "GET",
                HOME,
                headers(),
                200,
                HOMEPAGE,
                headers("Access-Control-Allow-Origin", ABSENT)));

        // test_cors_disallowed_preflight
        rows.add(row(
                "origin, method and headers refused",
                DISALLOWED_PREFLIGHT,
                "OPTIONS",
                HOME,
                headers(
                        "Origin", "https://another.org",
                        "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "X-Nope"),
                400,
                "Disallowed CORS origin, method, headers",
                headers("Access-Control-Allow-Origin", ABSENT)));
        rows.add(row(
                "two refused headers named once",
                DISALLOWED_PREFLIGHT,
                "OPTIONS",
                HOME,
                headers(
                        "Origin", "https://example.org",
                        "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "X-Nope-1, X-Nope-2"),
                400,
                "Disallowed CORS headers",
                headers()));

        // test_preflight_allows_request_origin_if_origins_wildcard_and_credentials_allowed
        rows.add(row(
                "preflight names the origin",
                WILDCARD_WITH_CREDENTIALS,
                "OPTIONS",
                HOME,
                headers("Origin", "https://example.org", "Access-Control-Request-Method", "POST"),
                200,
                "OK",
                headers(
                        "Access-Control-Allow-Origin", "https://example.org",
                        "Access-Control-Allow-Credentials", "true",
                        "Vary", "Origin")));

        // test_cors_preflight_allow_all_methods
        rows.add(row(
                "preflight lists every method",
                ALL_METHODS_ALLOWED,
                "OPTIONS",
                HOME,
                headers("Origin", "https://example.org", "Access-Control-Request-Method", "POST"),
                200,
                "OK",
                headers("Access-Control-Allow-Methods", ALL_METHODS)));

        // test_cors_allow_all_methods: a request of any method that is not a preflight goes to the app
        // (Starlette's route takes all seven; here each reaches whatever the test app has there).
        Map<String, String> fromExampleJson =
                headers("Origin", "https://example.org", "Content-Type", "application/json");
        rows.add(row(
                "POST reaches the app",
                ALL_METHODS_ALLOWED,
                "POST",
                "/echo",
                fromExampleJson,
                200,
                "{}",
                headers("Access-Control-Allow-Origin", "*")));
        rows.add(row(
                "PUT reaches the app",
                ALL_METHODS_ALLOWED,
                "PUT",
                "/echo",
                fromExampleJson,
                405,
                null,
                headers("Access-Control-Allow-Origin", "*", "Allow", "POST")));
        rows.add(row(
                "PATCH reaches the app",
                ALL_METHODS_ALLOWED,
                "PATCH",
                "/echo",
                fromExampleJson,
                405,
                null,
                headers("Access-Control-Allow-Origin", "*")));
        rows.add(row(
                "DELETE reaches the app",
                ALL_METHODS_ALLOWED,
                "DELETE",
                "/items/5a3c1f39-3c2a-4a4e-9d5e-1c1b2f0f9a11",
                fromExample,
                204,
                "",
                headers("Access-Control-Allow-Origin", "*")));
        rows.add(row(
                "GET reaches the app",
                ALL_METHODS_ALLOWED,
                "GET",
                HOME,
                fromExample,
                200,
                HOMEPAGE,
                headers("Access-Control-Allow-Origin", "*")));
        rows.add(row(
                "HEAD reaches the app",
                ALL_METHODS_ALLOWED,
                "HEAD",
                "/head",
                fromExample,
                200,
                "",
                headers("Access-Control-Allow-Origin", "*")));
        rows.add(row(
                "OPTIONS without Access-Control-Request-Method reaches the app",
                ALL_METHODS_ALLOWED,
                "OPTIONS",
                HOME,
                fromExample,
                405,
                null,
                headers("Access-Control-Allow-Origin", "*", "Allow", "GET")));

        // test_cors_allow_origin_regex
        rows.add(row(
                "simple",
                ORIGIN_REGEX,
                "GET",
                HOME,
                fromExample,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin", "https://example.org",
                        "Access-Control-Allow-Credentials", "true")));
        rows.add(row(
                "simple with a cookie",
                ORIGIN_REGEX,
                "GET",
                HOME,
                credentialed,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin", "https://example.org",
                        "Access-Control-Allow-Credentials", "true")));
        rows.add(row(
                "simple from a refused origin",
                ORIGIN_REGEX,
                "GET",
                HOME,
                headers("Origin", "http://example.org"),
                200,
                HOMEPAGE,
                // Starlette still sends its fixed headers; the missing Allow-Origin is what refuses.
                headers("Access-Control-Allow-Origin", ABSENT, "Access-Control-Allow-Credentials", "true")));
        rows.add(row(
                "preflight",
                ORIGIN_REGEX,
                "OPTIONS",
                HOME,
                headers(
                        "Origin", "https://another.com",
                        "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "X-Example, content-type"),
                200,
                "OK",
                headers(
                        "Access-Control-Allow-Origin", "https://another.com",
                        "Access-Control-Allow-Headers", SAFELISTED_AND_X_EXAMPLE,
                        "Access-Control-Allow-Credentials", "true")));
        rows.add(row(
                "preflight from a refused origin",
                ORIGIN_REGEX,
                "OPTIONS",
                HOME,
                headers(
                        "Origin", "http://another.com",
                        "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "X-Example"),
                400,
                "Disallowed CORS origin",
                headers("Access-Control-Allow-Origin", ABSENT)));

        // test_cors_allow_origin_regex_fullmatch
        rows.add(row(
                "a subdomain",
                ORIGIN_REGEX_FULLMATCH,
                "GET",
                HOME,
                headers("Origin", "https://subdomain.example.org"),
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin",
                        "https://subdomain.example.org",
                        "Access-Control-Allow-Credentials",
                        ABSENT)));
        rows.add(row(
                "a match followed by more is refused",
                ORIGIN_REGEX_FULLMATCH,
                "GET",
                HOME,
                headers("Origin", "https://subdomain.example.org.hacker.com"),
                200,
                HOMEPAGE,
                headers("Access-Control-Allow-Origin", ABSENT)));

        // test_cors_credentialed_requests_return_specific_origin
        rows.add(row(
                "simple with a cookie",
                ANY_ORIGIN,
                "GET",
                HOME,
                credentialed,
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin",
                        "https://example.org",
                        "Access-Control-Allow-Credentials",
                        ABSENT)));

        // test_cors_vary_header_defaults_to_origin
        rows.add(row("Vary", ONE_ORIGIN, "GET", HOME, fromExample, 200, HOMEPAGE, headers("Vary", "Origin")));

        // test_cors_vary_header_is_not_set_for_non_credentialed_request
        rows.add(row(
                "Vary kept",
                ANY_ORIGIN_VARYING,
                "GET",
                HOME,
                headers("Origin", "https://someplace.org"),
                200,
                HOMEPAGE,
                headers("Vary", "Accept-Encoding")));
        // test_cors_vary_header_is_properly_set_for_credentialed_request
        rows.add(row(
                "Vary appended for a cookie",
                ANY_ORIGIN_VARYING,
                "GET",
                HOME,
                headers("Cookie", "foo=bar", "Origin", "https://someplace.org"),
                200,
                HOMEPAGE,
                headers("Vary", "Accept-Encoding, Origin")));
        // test_cors_vary_header_is_properly_set_when_allow_origins_is_not_wildcard
        rows.add(row(
                "Vary appended",
                ONE_ORIGIN_VARYING,
                "GET",
                HOME,
                fromExample,
                200,
                HOMEPAGE,
                headers("Vary", "Accept-Encoding, Origin")));

        // test_cors_allowed_origin_does_not_leak_between_credentialed_requests (in this order)
        Map<String, String> someplace = headers("Origin", "https://someplace.org");
        rows.add(row(
                "first",
                NO_LEAK,
                "GET",
                HOME,
                someplace,
                200,
                HOMEPAGE,
                headers("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials", ABSENT)));
        rows.add(row(
                "with a cookie",
                NO_LEAK,
                "GET",
                HOME,
                headers("Cookie", "foo=bar", "Origin", "https://someplace.org"),
                200,
                HOMEPAGE,
                headers(
                        "Access-Control-Allow-Origin",
                        "https://someplace.org",
                        "Access-Control-Allow-Credentials",
                        ABSENT)));
        rows.add(row(
                "again without",
                NO_LEAK,
                "GET",
                HOME,
                someplace,
                200,
                HOMEPAGE,
                headers("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials", ABSENT)));

        // Kiln's own rows: the middleware wraps the whole app, as Starlette's does.
        rows.add(row(
                "preflight for an unknown path",
                SPECIFIC_ORIGIN,
                "OPTIONS",
                "/nowhere",
                preflight,
                200,
                "OK",
                headers("Access-Control-Allow-Origin", "https://example.org")));
        rows.add(row(
                "OPTIONS with Access-Control-Request-Method but no Origin is routed",
                SPECIFIC_ORIGIN,
                "OPTIONS",
                HOME,
                headers("Access-Control-Request-Method", "GET"),
                405,
                "{\"detail\":\"Method Not Allowed\"}",
                headers("Access-Control-Allow-Origin", ABSENT)));
        rows.add(row(
                "a 404",
                SPECIFIC_ORIGIN,
                "GET",
                "/nowhere",
                fromExample,
                404,
                "{\"detail\":\"Not Found\"}",
                headers("Access-Control-Allow-Origin", "https://example.org", "Vary", "Origin")));
        rows.add(row(
                "a 422",
                SPECIFIC_ORIGIN,
                "GET",
                "/items/x",
                fromExample,
                422,
                null,
                headers("Access-Control-Allow-Origin", "https://example.org")));
        // Where Kiln differs: Starlette's ServerErrorMiddleware sits outside CORSMiddleware, so its 500
        // has no CORS headers and a browser hides it from the page; Kiln's 500 has them.
        rows.add(row(
                "a 500",
                SPECIFIC_ORIGIN,
                "GET",
                "/boom",
                fromExample,
                500,
                "{\"detail\":\"Internal Server Error\"}",
                headers("Access-Control-Allow-Origin", "https://example.org")));
        return rows.stream();
    }

    private static synchronized TestClient client(Config config) {
        return CLIENTS.computeIfAbsent(config, c -> TestClient.start(c.app()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsStarlette(Row row) {
        TestClient.RequestBuilder request = client(row.config()).request(row.method(), row.path());
        row.request().forEach(request::header);
        if (row.method().equals("POST")
                || row.method().equals("PUT")
                || row.method().equals("PATCH")) {
            request.json("{}");
        }
        TestResponse response = request.send();
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(row.status(), response.status(), "status"));
        if (row.body() != null) {
            checks.add(() -> assertEquals(row.body(), response.text(), "body"));
        }
        row.expected()
                .forEach((name, value) -> checks.add(() -> {
                    if (value == null) {
                        assertNull(response.header(name), name + " must be absent");
                    } else {
                        assertEquals(value, response.header(name), name);
                        assertEquals(1, response.headers(name).size(), "one " + name + " header");
                    }
                }));
        assertAll(checks);
    }

    @Test
    void aRefusedPreflightIsAnErrorAnswerWithARequestIdAndPlainText() {
        TestResponse response = client(DISALLOWED_PREFLIGHT)
                .request("OPTIONS", HOME)
                .header("Origin", "https://another.org")
                .header("Access-Control-Request-Method", "GET")
                .send();
        assertEquals(400, response.status());
        assertNotNull(response.header("X-Request-Id"));
        assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
        assertEquals("Origin", response.header("Vary"));
        assertEquals("600", response.header("Access-Control-Max-Age"));
    }

    @Test
    void checksTheSettings() {
        assertThrows(
                IllegalArgumentException.class, () -> Cors.allowOrigins("*").allowOriginRegex("(unclosed"));
        assertThrows(
                IllegalArgumentException.class, () -> Cors.allowOrigins("*").maxAge(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> Cors.allowOrigins(""));
    }
}
