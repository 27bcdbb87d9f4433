package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole requests: required and optional members, every error of a request in one 422, lax coercion
 * next to constraints, beans, and the app-wide switch that forbids unknown members.
 */
class ValidationBodiesIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VALID = """
            {"name":"Ann","email":"ann@example.com","age":41,"referrer":"Bob",
             "address":{"street":"Main St","zip":"12345"},"previous":[],"labels":{"a":"x"}}""";
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static TestResponse post(String path, String json) {
        return client.request("POST", path).body("application/json", json).send();
    }

    private static void assertDetail(TestResponse r, String expected) throws Exception {
        assertEquals(422, r.status(), r.text());
        assertEquals(MAPPER.readTree("{\"detail\":" + expected + "}"), MAPPER.readTree(r.text()));
    }

    @Test
    void aValidBodyIsBound() {
        TestResponse r = post("/v/signup", VALID);
        assertEquals(200, r.status(), r.text());
        assertEquals(
                "Signup[name=Ann, email=ann@example.com, age=41, referrer=Bob, nickname=Optional.empty, "
                        + "address=Address[street=Main St, zip=12345], previous=[], labels={a=x}]",
                r.text());
    }

    @Test
    void everyRequiredMemberIsMissingAtOnceWithTheObjectAsInput() throws Exception {
        // nickname is Optional: not required; referrer is @Nullable but @NotNull wins
        assertDetail(post("/v/signup", "{}"), """
                [{"type":"missing","loc":["body","name"],"msg":"Field required","input":{}},
                 {"type":"missing","loc":["body","email"],"msg":"Field required","input":{}},
                 {"type":"missing","loc":["body","age"],"msg":"Field required","input":{}},
                 {"type":"missing","loc":["body","referrer"],"msg":"Field required","input":{}},
                 {"type":"missing","loc":["body","address"],"msg":"Field required","input":{}},
                 {"type":"missing","loc":["body","previous"],"msg":"Field required","input":{}},
                 {"type":"missing","loc":["body","labels"],"msg":"Field required","input":{}}]""");
    }

    @Test
    void notNullRejectsAJsonNullEvenOnANullableMember() throws Exception {
        assertDetail(post("/v/signup", VALID.replace("\"referrer\":\"Bob\"", "\"referrer\":null")), """
                [{"type":"string_type","loc":["body","referrer"],"msg":"Input should be a valid string","input":null}]""");
    }

    @Test
    void constraintErrorsAtEveryDepthComeInOne422InFieldOrder() throws Exception {
        String body = """
                {"name":"A","email":"ann","age":151,"referrer":"Bob","nickname":"abcdefghijk",
                 "address":{"street":" ","zip":"123"},
                 "previous":[{"street":"a","zip":"11111"},{"street":"b","zip":"22222"},{"street":"c","zip":"33333"}],
                 "labels":{"a":"x","b":"wxyz"}}""";
        assertDetail(post("/v/signup", body), """
                [{"type":"string_too_short","loc":["body","name"],"msg":"String should have at least 2 characters",
                  "input":"A","ctx":{"min_length":2}},
                 {"type":"value_error","loc":["body","email"],
                  "msg":"value is not a valid email address: An email address must have an @-sign.",
                  "input":"ann","ctx":{"reason":"An email address must have an @-sign."}},
                 {"type":"less_than_equal","loc":["body","age"],"msg":"Input should be less than or equal to 150",
                  "input":151,"ctx":{"le":150}},
                 {"type":"string_too_long","loc":["body","nickname"],"msg":"String should have at most 10 characters",
                  "input":"abcdefghijk","ctx":{"max_length":10}},
                 {"type":"string_too_short","loc":["body","address","street"],
                  "msg":"String should have at least 1 character","input":" ","ctx":{"min_length":1}},
                 {"type":"string_pattern_mismatch","loc":["body","address","zip"],
                  "msg":"String should match pattern '\\\\d{5}'","input":"123","ctx":{"pattern":"\\\\d{5}"}},
                 {"type":"too_long","loc":["body","previous"],
                  "msg":"List should have at most 2 items after validation, not 3",
                  "input":[{"street":"a","zip":"11111"},{"street":"b","zip":"22222"},{"street":"c","zip":"33333"}],
                  "ctx":{"field_type":"List","max_length":2,"actual_length":3}},
                 {"type":"string_too_long","loc":["body","labels","b"],"msg":"String should have at most 3 characters",
                  "input":"wxyz","ctx":{"max_length":3}}]""");
    }

    @Test
    void laxCoercionAsPydanticAStringNumberIsAnIntButANumberIsNotAString() throws Exception {
        TestResponse ok = post("/v/signup", VALID.replace("\"age\":41", "\"age\":\"41\""));
        assertEquals(200, ok.status(), ok.text());
        assertDetail(post("/v/signup", VALID.replace("\"name\":\"Ann\"", "\"name\":5")), """
                [{"type":"string_type","loc":["body","name"],"msg":"Input should be a valid string","input":5}]""");
    }

    @Test
    void aValueThatDoesNotParseGetsOnlyTheParseError() throws Exception {
        assertDetail(post("/v/signup", VALID.replace("\"age\":41", "\"age\":\"old\"")), """
                [{"type":"int_parsing","loc":["body","age"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"old"}]""");
    }

    @Test
    void everyLocationIsReportedInOne422() throws Exception {
        TestResponse r = client.request("PUT", "/v/all/0")
                .query("q", "abcd")
                .query("tag", 1)
                .query("tag", 2)
                .query("tag", 3)
                .header("X-Version", "2")
                .body("application/json", "{\"name\":\"A\"}")
                .send();
        assertDetail(r, """
                [{"type":"greater_than_equal","loc":["path","id"],"msg":"Input should be greater than or equal to 1",
                  "input":"0","ctx":{"ge":1}},
                 {"type":"string_too_long","loc":["query","q"],"msg":"String should have at most 3 characters",
                  "input":"abcd","ctx":{"max_length":3}},
                 {"type":"string_pattern_mismatch","loc":["header","x-version"],"msg":"String should match pattern '^v\\\\d$'",
                  "input":"2","ctx":{"pattern":"^v\\\\d$"}},
                 {"type":"missing","loc":["cookie","session"],"msg":"Field required","input":null},
                 {"type":"too_long","loc":["query","tag"],"msg":"List should have at most 2 items after validation, not 3",
                  "input":["1","2","3"],"ctx":{"field_type":"List","max_length":2,"actual_length":3}},
                 {"type":"string_too_short","loc":["body","name"],"msg":"String should have at least 2 characters",
                  "input":"A","ctx":{"min_length":2}},
                 {"type":"missing","loc":["body","email"],"msg":"Field required","input":{"name":"A"}},
                 {"type":"missing","loc":["body","age"],"msg":"Field required","input":{"name":"A"}},
                 {"type":"missing","loc":["body","referrer"],"msg":"Field required","input":{"name":"A"}},
                 {"type":"missing","loc":["body","address"],"msg":"Field required","input":{"name":"A"}},
                 {"type":"missing","loc":["body","previous"],"msg":"Field required","input":{"name":"A"}},
                 {"type":"missing","loc":["body","labels"],"msg":"Field required","input":{"name":"A"}}]""");
    }

    @Test
    void aBeansSetterConstraintsAreChecked() throws Exception {
        TestResponse ok = post("/v/profile", "{\"handle\":\"ann\",\"level\":2}");
        assertEquals(200, ok.status(), ok.text());
        assertEquals("ann/2", ok.text());
        assertDetail(post("/v/profile", "{\"handle\":\"an\",\"level\":0}"), """
                [{"type":"string_too_short","loc":["body","handle"],"msg":"String should have at least 3 characters",
                  "input":"an","ctx":{"min_length":3}},
                 {"type":"greater_than_equal","loc":["body","level"],"msg":"Input should be greater than or equal to 1",
                  "input":0,"ctx":{"ge":1}}]""");
    }

    @Test
    void unknownMembersAreIgnoredByDefault() {
        TestResponse r = post("/v/signup", VALID.replace("{\"name\"", "{\"extra\":1,\"name\""));
        assertEquals(200, r.status(), r.text());
    }

    @Test
    void forbidExtraFieldsRejectsUnknownMembersAtEveryDepth() throws Exception {
        try (TestClient strict = TestClient.start(Kiln.app().forbidExtraFields(true))) {
            String body = VALID.replace("{\"name\"", "{\"extra\":[1],\"name\"")
                    .replace("\"zip\":\"12345\"}", "\"zip\":\"12345\",\"country\":\"NL\"}");
            TestResponse r = strict.request("POST", "/v/signup")
                    .body("application/json", body)
                    .send();
            assertDetail(r, """
                    [{"type":"extra_forbidden","loc":["body","address","country"],"msg":"Extra inputs are not permitted",
                      "input":"NL"},
                     {"type":"extra_forbidden","loc":["body","extra"],"msg":"Extra inputs are not permitted",
                      "input":[1]}]""");
            TestResponse ok = strict.request("POST", "/v/signup")
                    .body("application/json", VALID)
                    .send();
            assertEquals(200, ok.status(), ok.text());
        }
    }
}
