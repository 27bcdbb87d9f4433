package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Jakarta constraint in every location a value comes from (path, query, header, cookie, body
 * member, nested body member, list element): one valid input answered 200, and invalid inputs
 * answered with FastAPI's exact 422 body (Pydantic v2's type, loc, msg, input and ctx; the wording
 * matches FastAPI's own tests, e.g. {@code tests/test_path.py} and {@code test_query_params_str_validations}).
 */
class ValidationConstraintsIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    /** One invalid input and the error it must produce. */
    record Bad(String raw, String type, String msg, String ctx) {}

    /** One constraint: its member name in {@code Constrained}, whether its type is a number, and its inputs. */
    record Case(String name, boolean numeric, String valid, List<Bad> bad) {}

    private static Bad bad(String raw, String type, String msg, String ctx) {
        return new Bad(raw, type, msg, ctx);
    }

    private static final String EMAIL_ONE_AT = "An email address must have an @-sign.";
    private static final String EMAIL_PERIOD = "The part after the @-sign is not valid. It should have a period.";

    static final List<Case> CASES = List.of(
            new Case(
                    "min",
                    true,
                    "5",
                    List.of(
                            bad("0", "greater_than_equal", "Input should be greater than or equal to 1", "{\"ge\":1}"),
                            bad(
                                    "abc",
                                    "int_parsing",
                                    "Input should be a valid integer, unable to parse string as an integer",
                                    null))),
            new Case(
                    "max",
                    true,
                    "10",
                    List.of(bad("11", "less_than_equal", "Input should be less than or equal to 10", "{\"le\":10}"))),
            new Case(
                    "positive",
                    true,
                    "1",
                    List.of(
                            bad("0", "greater_than", "Input should be greater than 0", "{\"gt\":0}"),
                            bad("-3", "greater_than", "Input should be greater than 0", "{\"gt\":0}"))),
            new Case(
                    "positiveOrZero",
                    true,
                    "0",
                    List.of(bad(
                            "-1", "greater_than_equal", "Input should be greater than or equal to 0", "{\"ge\":0}"))),
            new Case(
                    "negative",
                    true,
                    "-1",
                    List.of(bad("0", "less_than", "Input should be less than 0", "{\"lt\":0}"))),
            new Case(
                    "negativeOrZero",
                    true,
                    "0",
                    List.of(bad("1", "less_than_equal", "Input should be less than or equal to 0", "{\"le\":0}"))),
            new Case(
                    "decimalMin",
                    true,
                    "0.51",
                    List.of(
                            bad("0.5", "greater_than", "Input should be greater than 0.5", "{\"gt\":0.5}"),
                            bad(
                                    "x",
                                    "float_parsing",
                                    "Input should be a valid number, unable to parse string as a number",
                                    null))),
            new Case(
                    "decimalMax",
                    true,
                    "99.5",
                    List.of(bad(
                            "99.51",
                            "less_than_equal",
                            "Input should be less than or equal to 99.5",
                            "{\"le\":99.5}"))),
            new Case(
                    "digits",
                    true,
                    "123.45",
                    List.of(
                            bad(
                                    "1234",
                                    "decimal_whole_digits",
                                    "Decimal input should have no more than 3 digits before the decimal point",
                                    "{\"whole_digits\":3}"),
                            bad(
                                    "1.234",
                                    "decimal_max_places",
                                    "Decimal input should have no more than 2 decimal places",
                                    "{\"decimal_places\":2}"))),
            new Case(
                    "size",
                    false,
                    "abc",
                    List.of(
                            bad(
                                    "a",
                                    "string_too_short",
                                    "String should have at least 2 characters",
                                    "{\"min_length\":2}"),
                            bad(
                                    "abcdef",
                                    "string_too_long",
                                    "String should have at most 5 characters",
                                    "{\"max_length\":5}"))),
            new Case(
                    "notBlank",
                    false,
                    "x",
                    List.of(bad(
                            "   ",
                            "string_too_short",
                            "String should have at least 1 character",
                            "{\"min_length\":1}"))),
            new Case(
                    "notEmpty",
                    false,
                    "y",
                    List.of(bad(
                            "", "string_too_short", "String should have at least 1 character", "{\"min_length\":1}"))),
            new Case(
                    "pattern",
                    false,
                    "abc",
                    List.of(bad(
                            "abc1",
                            "string_pattern_mismatch",
                            "String should match pattern '^[a-z]+$'",
                            "{\"pattern\":\"^[a-z]+$\"}"))),
            new Case(
                    "email",
                    false,
                    "ann@example.com",
                    List.of(
                            bad(
                                    "ann.example.com",
                                    "value_error",
                                    "value is not a valid email address: " + EMAIL_ONE_AT,
                                    "{\"reason\":\"" + EMAIL_ONE_AT + "\"}"),
                            bad(
                                    "ann@example",
                                    "value_error",
                                    "value is not a valid email address: " + EMAIL_PERIOD,
                                    "{\"reason\":\"" + EMAIL_PERIOD + "\"}"))));

    /** Where the value is sent. */
    enum Location {
        PATH,
        QUERY,
        HEADER,
        COOKIE,
        BODY,
        NESTED_BODY,
        LIST_ELEMENT;

        /** Whether the value travels as a string (the 422's input is then that string). */
        boolean stringly() {
            return ordinal() <= COOKIE.ordinal();
        }

        /**
         * Whether {@code raw} can be sent here as it is: a path segment is never empty, and HTTP trims the
         * white space around header and cookie values.
         */
        boolean carries(String raw) {
            return switch (this) {
                case PATH -> !raw.isEmpty();
                case HEADER, COOKIE -> raw.equals(raw.strip());
                default -> true;
            };
        }
    }

    static Stream<Arguments> validInputs() {
        List<Arguments> all = new ArrayList<>();
        for (Location location : Location.values()) {
            for (Case c : CASES) {
                all.add(Arguments.of(location, c.name(), c.numeric(), c.valid()));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> invalidInputs() {
        List<Arguments> all = new ArrayList<>();
        for (Location location : Location.values()) {
            for (Case c : CASES) {
                for (Bad bad : c.bad()) {
                    if (location.carries(bad.raw())) {
                        all.add(Arguments.of(location, c.name(), c.numeric(), bad.raw(), bad));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} = \"{3}\" is accepted")
    @MethodSource("validInputs")
    void aValidValueIsBound(Location location, String name, boolean numeric, String raw) {
        TestResponse r = send(location, name, numeric, raw);
        assertEquals(200, r.status(), r.text());
        String expected = switch (location) {
            case PATH -> raw;
            case LIST_ELEMENT -> name + "=Optional[[" + raw + ", " + raw + "]]";
            default -> name + "=Optional[" + raw + "]";
        };
        assertTrue(r.text().contains(expected), () -> "expected " + expected + " in " + r.text());
    }

    @ParameterizedTest(name = "{0} {1} = \"{3}\" is a 422")
    @MethodSource("invalidInputs")
    void anInvalidValueIsFastApisExact422(Location location, String name, boolean numeric, String raw, Bad bad)
            throws Exception {
        TestResponse r = send(location, name, numeric, raw);
        assertEquals(422, r.status(), r.text());
        ObjectNode error = MAPPER.createObjectNode();
        error.put("type", bad.type());
        error.set("loc", loc(location, name));
        error.put("msg", bad.msg());
        error.set(
                "input",
                location.stringly()
                        ? MAPPER.getNodeFactory().textNode(raw)
                        : MAPPER.readTree(jsonLiteral(numeric, raw)));
        if (bad.ctx() != null) {
            error.set("ctx", MAPPER.readTree(bad.ctx()));
        }
        ObjectNode expected = MAPPER.createObjectNode();
        expected.putArray("detail").add(error);
        assertEquals(expected, MAPPER.readTree(r.text()));
    }

    /** The exact bytes, key order included, for one case per kind of location. */
    @Test
    void theBodyIsByteForByteFastApis() {
        assertEquals(
                "{\"detail\":[{\"type\":\"greater_than_equal\",\"loc\":[\"path\",\"v\"],"
                        + "\"msg\":\"Input should be greater than or equal to 1\",\"input\":\"0\",\"ctx\":{\"ge\":1}}]}",
                client.get("/v/path/min/0").text());
        assertEquals(
                "{\"detail\":[{\"type\":\"string_too_short\",\"loc\":[\"body\",\"size\"],"
                        + "\"msg\":\"String should have at least 2 characters\",\"input\":\"a\",\"ctx\":{\"min_length\":2}}]}",
                client.post("/v/body", MAPPER.createObjectNode().put("size", "a"))
                        .text());
    }

    /** Two {@code @Pattern}s on one value both hold; a value breaking either is refused with that one's pattern. */
    @Test
    void aConstraintWrittenTwiceHoldsBothTimes() {
        assertEquals("abc", client.get("/v/path/patterns/abc").text());
        assertEquals(
                "{\"detail\":[{\"type\":\"string_pattern_mismatch\",\"loc\":[\"path\",\"v\"],"
                        + "\"msg\":\"String should match pattern '[a-z]+'\",\"input\":\"ab1\","
                        + "\"ctx\":{\"pattern\":\"[a-z]+\"}}]}",
                client.get("/v/path/patterns/ab1").text());
        assertEquals(
                "{\"detail\":[{\"type\":\"string_pattern_mismatch\",\"loc\":[\"path\",\"v\"],"
                        + "\"msg\":\"String should match pattern '\\\\w{3}'\",\"input\":\"abcd\","
                        + "\"ctx\":{\"pattern\":\"\\\\w{3}\"}}]}",
                client.get("/v/path/patterns/abcd").text());
    }

    /** {@code @Email(regexp)}: the value is an address and matches the expression, as Bean Validation says. */
    @Test
    void anEmailsRegexpHoldsBesideTheAddressCheck() {
        assertEquals(
                "ann@example.com",
                client.get("/v/path/work-email/ann@example.com").text());
        assertEquals(
                "{\"detail\":[{\"type\":\"string_pattern_mismatch\",\"loc\":[\"path\",\"v\"],"
                        + "\"msg\":\"String should match pattern '.+@example[.]com'\",\"input\":\"ann@other.org\","
                        + "\"ctx\":{\"pattern\":\".+@example[.]com\"}}]}",
                client.get("/v/path/work-email/ann@other.org").text());
        TestResponse notAnAddress = client.get("/v/path/work-email/ann@b@example.com");
        assertEquals(422, notAnAddress.status(), notAnAddress.text());
        assertTrue(notAnAddress.text().contains("\"type\":\"value_error\""), notAnAddress.text());
    }

    /**
     * A map's key constraint: the key refused where Pydantic puts it ({@code [..., "abcd", "[key]"]}), and the
     * value beside it still checked; both in one 422.
     */
    @Test
    void aMapsKeysAreCheckedAsItsValuesAre() {
        assertEquals(
                "{abc=1, x=0}",
                client.post(
                                "/v/stock",
                                MAPPER.createObjectNode()
                                        .set(
                                                "counts",
                                                MAPPER.createObjectNode()
                                                        .put("abc", 1)
                                                        .put("x", 0)))
                        .text());
        TestResponse r = client.post(
                "/v/stock",
                MAPPER.createObjectNode()
                        .set("counts", MAPPER.createObjectNode().put("abcd", -1)));
        assertEquals(422, r.status(), r.text());
        assertEquals(
                "{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"counts\",\"abcd\",\"[key]\"],"
                        + "\"msg\":\"String should have at most 3 characters\",\"input\":\"abcd\","
                        + "\"ctx\":{\"max_length\":3}},"
                        + "{\"type\":\"greater_than_equal\",\"loc\":[\"body\",\"counts\",\"abcd\"],"
                        + "\"msg\":\"Input should be greater than or equal to 0\",\"input\":-1,\"ctx\":{\"ge\":0}}]}",
                r.text());
    }

    private static ArrayNode loc(Location location, String name) {
        ArrayNode loc = MAPPER.createArrayNode();
        switch (location) {
            case PATH -> loc.add("path").add("v");
            case QUERY -> loc.add("query").add(name);
            case HEADER -> loc.add("header").add(kebab(name));
            case COOKIE -> loc.add("cookie").add(name);
            case BODY -> loc.add("body").add(name);
            case NESTED_BODY -> loc.add("body").add("inner").add(name);
            case LIST_ELEMENT -> loc.add("body").add(name).add(1);
        }
        return loc;
    }

    private static TestResponse send(Location location, String name, boolean numeric, String raw) {
        String json = jsonLiteral(numeric, raw);
        return switch (location) {
            case PATH ->
                client.get("/v/path/" + name + "/"
                        + URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20"));
            case QUERY -> client.request("GET", "/v/query").query(name, raw).send();
            case HEADER ->
                client.request("GET", "/v/header").header(kebab(name), raw).send();
            case COOKIE -> client.request("GET", "/v/cookie").cookie(name, raw).send();
            case BODY ->
                client.request("POST", "/v/body")
                        .body("application/json", "{\"" + name + "\":" + json + "}")
                        .send();
            case NESTED_BODY ->
                client.request("POST", "/v/nested")
                        .body("application/json", "{\"inner\":{\"" + name + "\":" + json + "}}")
                        .send();
            case LIST_ELEMENT ->
                client.request("POST", "/v/list")
                        .body(
                                "application/json",
                                "{\"" + name + "\":[" + jsonLiteral(numeric, validOf(name)) + "," + json + "]}")
                        .send();
        };
    }

    /** The list case puts a valid element first, so that the error's index (1) is checked. */
    private static String validOf(String name) {
        return CASES.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .valid();
    }

    /** A number as a JSON number; anything else (strings, and text where a number belongs) as a JSON string. */
    private static String jsonLiteral(boolean numeric, String raw) {
        if (numeric && raw.matches("-?\\d+(\\.\\d+)?")) {
            return raw;
        }
        return MAPPER.getNodeFactory().textNode(raw).toString();
    }

    /** {@code positiveOrZero} → {@code positive-or-zero}: the header a record component reads. */
    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
