package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.Kiln;
import dev.kiln.it.security.SecurityApi;
import dev.kiln.it.security.Tokens;
import dev.kiln.it.security.User;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Security over real HTTP: FastAPI's tutorials "OAuth2 with Password (and hashing), Bearer with JWT tokens" and
 * "OAuth2 scopes" ported (tokens signed with nimbus-jose-jwt, passwords hashed with bcrypt), then every scheme
 * missing, malformed, wrong, right and optional, answered as FastAPI 0.141 answers.
 */
class SecurityIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static TestResponse get(String path, String... headers) {
        var request = client.request("GET", path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.send();
    }

    private static String bearer(String username, String... scopes) {
        return "Bearer " + Tokens.create(username, List.of(scopes), Duration.ofMinutes(5));
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertAnswer(TestResponse response, int status, String detail, String challenge) {
        assertEquals(status, response.status(), response::toString);
        assertEquals(detail, response.json().get("detail").asText(), response::toString);
        assertEquals(challenge, response.header("WWW-Authenticate"), response::toString);
    }

    private static void assertNotAuthenticated(TestResponse response, String challenge) {
        assertEquals("{\"detail\":\"Not authenticated\"}", response.text(), response::toString);
        assertAnswer(response, 401, "Not authenticated", challenge);
    }

    // ------------------------------------------------------------------ the OAuth2 scopes tutorial

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic am9objpzZWNyZXQ=", "Token abc", "Bearerabc"})
    void withoutABearerTokenThePasswordFlowIsNotAuthenticated(String authorization) {
        TestResponse response = authorization.isEmpty()
                ? get("/security/users/me")
                : get("/security/users/me", "Authorization", authorization);
        assertNotAuthenticated(response, "Bearer");
    }

    @Test
    void aValidTokenWithTheScopeReadsTheUser() {
        TestResponse response = get("/security/users/me", "Authorization", bearer("johndoe", "me"));
        assertEquals(200, response.status(), response::toString);
        assertEquals("johndoe", response.json().get("username").asText());
        assertEquals("John Doe", response.json().get("fullName").asText());
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        String token = bearer("johndoe", "me").substring("Bearer ".length());
        assertEquals(
                200,
                get("/security/users/me", "Authorization", "bearer " + token).status());
    }

    @Test
    void aMissingScopeIsNotEnoughPermissionsNamingEveryScopeAbove() {
        // three levels: ownItems needs "items" of activeUser, which needs "me" of currentUser, which checks both
        assertAnswer(
                get("/security/users/me/items", "Authorization", bearer("johndoe", "me")),
                401,
                "Not enough permissions",
                "Bearer scope=\"items me\"");
        TestResponse ok = get("/security/users/me/items", "Authorization", bearer("johndoe", "me", "items"));
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(1, ok.json().size(), ok::toString);
        assertEquals("Foo", ok.json().get(0).get("item_id").asText());
        assertEquals("johndoe", ok.json().get(0).get("owner").asText());
    }

    @Test
    void aForgedOrExpiredTokenCannotBeValidated() {
        String forged = bearer("johndoe", "me") + "x";
        assertAnswer(
                get("/security/users/me", "Authorization", forged),
                401,
                "Could not validate credentials",
                "Bearer scope=\"me\"");
        String expired = "Bearer " + Tokens.create("johndoe", List.of("me"), Duration.ofMinutes(-1));
        assertAnswer(
                get("/security/users/me", "Authorization", expired),
                401,
                "Could not validate credentials",
                "Bearer scope=\"me\"");
        assertAnswer(
                get("/security/status", "Authorization", "Bearer not-a-jwt"),
                401,
                "Could not validate credentials",
                "Bearer");
        assertAnswer(
                get("/security/status", "Authorization", bearer("nobody")),
                401,
                "Could not validate credentials",
                "Bearer");
    }

    @Test
    void aDisabledUserIsInactive() {
        TestResponse response = get("/security/users/me", "Authorization", bearer("alice", "me"));
        assertEquals(400, response.status());
        assertEquals("{\"detail\":\"Inactive user\"}", response.text());
    }

    @Test
    void anOperationWithoutScopesTakesAnyValidToken() {
        TestResponse response = get("/security/status", "Authorization", bearer("alice"));
        assertEquals(200, response.status(), response::toString);
        assertEquals("{\"status\":\"ok\"}", response.text());
    }

    @Test
    void securityScopesInAnOperationAreItsOwnAndItsRoutersAndItsProviderGetsThem() {
        assertAnswer(
                get("/security/scopes", "Authorization", bearer("johndoe", "me")),
                401,
                "Not enough permissions",
                "Bearer scope=\"items\"");
        TestResponse response = get("/security/scopes", "Authorization", bearer("johndoe", "items"));
        assertEquals(200, response.status(), response::toString);
        assertEquals("[\"items\"]", response.json().get("scopes").toString());
        assertEquals("items", response.json().get("scope_string").asText());
    }

    @Test
    void anOverriddenProviderDoesNotAskForItsCredential() {
        try (TestClient overridden = TestClient.start(
                Kiln.app().override(User.class, request -> new User("tester", "t@example.com", "Tester", false)))) {
            TestResponse response = overridden.get("/security/users/me");
            assertEquals(200, response.status(), response::toString);
            assertEquals("tester", response.json().get("username").asText());
        }
    }

    // ------------------------------------------------------------------ the token endpoint: @Form PasswordForm

    private static TestResponse token(Map<String, String> fields) {
        return client.form("/security/token", fields);
    }

    @Test
    void theTokenEndpointIssuesATokenWithTheScopesAskedFor() {
        TestResponse response = token(
                Map.of("username", "johndoe", "password", "secret", "scope", " me  items ", "grant_type", "password"));
        assertEquals(200, response.status(), response::toString);
        assertEquals("bearer", response.json().get("token_type").asText());
        String accessToken = response.json().get("access_token").asText();
        TestResponse items = get("/security/users/me/items", "Authorization", "Bearer " + accessToken);
        assertEquals(200, items.status(), items::toString);

        TestResponse meOnly = token(Map.of("username", "johndoe", "password", "secret", "scope", "me"));
        assertAnswer(
                get(
                        "/security/users/me/items",
                        "Authorization",
                        "Bearer " + meOnly.json().get("access_token").asText()),
                401,
                "Not enough permissions",
                "Bearer scope=\"items me\"");
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() {
        for (Map<String, String> fields : List.of(
                Map.of("username", "johndoe", "password", "wrong"),
                Map.of("username", "nobody", "password", "secret"))) {
            TestResponse response = token(fields);
            assertEquals(400, response.status(), response::toString);
            assertEquals("{\"detail\":\"Incorrect username or password\"}", response.text());
        }
    }

    @Test
    void theFormIsValidatedAsFastApisOAuth2PasswordRequestForm() {
        TestResponse wrongGrant = token(Map.of("username", "johndoe", "password", "secret", "grant_type", "code"));
        assertEquals(422, wrongGrant.status(), wrongGrant::toString);
        var error = wrongGrant.json().get("detail").get(0);
        assertEquals("string_pattern_mismatch", error.get("type").asText());
        assertEquals("[\"body\",\"grant_type\"]", error.get("loc").toString());
        assertEquals(
                "String should match pattern '^password$'", error.get("msg").asText());
        assertEquals("code", error.get("input").asText());

        TestResponse missing = token(Map.of("grant_type", "password"));
        assertEquals(422, missing.status(), missing::toString);
        assertEquals(
                "[[\"body\",\"username\"],[\"body\",\"password\"]]",
                List.of(
                                missing.json().get("detail").get(0).get("loc"),
                                missing.json().get("detail").get(1).get("loc"))
                        .toString()
                        .replace(", ", ","));
    }

    // ------------------------------------------------------------------ API keys

    @ParameterizedTest
    @CsvSource({"header", "query", "cookie"})
    void apiKeys(String where) {
        String path = "/security/api-key/" + where;
        assertNotAuthenticated(client.request("GET", path).send(), "APIKey");
        assertNotAuthenticated(withKey(path, where, ""), "APIKey"); // empty is missing, as FastAPI's `not api_key`
        assertAnswer(withKey(path, where, "wrong"), 401, "Invalid API key", "APIKey");
        TestResponse ok = withKey(path, where, SecurityApi.API_KEY);
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(SecurityApi.API_KEY, ok.json().get("key").asText());
    }

    private static TestResponse withKey(String path, String where, String key) {
        var request = client.request("GET", path);
        switch (where) {
            case "header" -> request.header("X-API-Key", key);
            case "query" -> request.query("api_key", key);
            default -> request.cookie("session", key);
        }
        return request.send();
    }

    @Test
    void anOptionalApiKeyIsEmptyWhenMissing() {
        assertEquals("{\"key\":null}", get("/security/api-key/optional").text());
        assertEquals(
                "{\"key\":null}",
                get("/security/api-key/optional", "X-API-Key", "").text());
        assertEquals(
                "{\"key\":\"k\"}",
                get("/security/api-key/optional", "x-api-key", "k").text());
    }

    // ------------------------------------------------------------------ HTTP Basic

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", // missing
                "Bearer abc", // another scheme
                "Basic", // nothing after the scheme: no colon
                "Basic !!!", // not base64: nothing left, no colon
                "Basic c3RhbmxleWpvYnNvbg==", // no colon
                "Basic c3Rhbmxle", // not whole base64 groups
                "Basic w6k6eA==", // not ASCII
            })
    void basicWithoutValidCredentialsIsNotAuthenticated(String authorization) {
        TestResponse response = authorization.isEmpty()
                ? get("/security/basic")
                : get("/security/basic", "Authorization", authorization);
        assertNotAuthenticated(response, "Basic realm=\"kiln\"");
    }

    @Test
    void basicChecksTheCredentials() {
        assertAnswer(
                get("/security/basic", "Authorization", basic("stanleyjobson:wrong")),
                401,
                "Incorrect username or password",
                "Basic realm=\"kiln\"");
        TestResponse ok = get("/security/basic", "Authorization", basic("stanleyjobson:swordfish"));
        assertEquals(200, ok.status(), ok::toString);
        assertEquals("{\"username\":\"stanleyjobson\"}", ok.text());
    }

    @Test
    void optionalBasicIsEmptyWithoutTheHeaderButAMalformedValueIsStillRefused() {
        assertEquals("{\"username\":null}", get("/security/basic/optional").text());
        assertEquals(
                "{\"username\":null}",
                get("/security/basic/optional", "Authorization", "Bearer x").text());
        assertEquals(
                "{\"username\":\"a\"}",
                get("/security/basic/optional", "Authorization", basic("a:b")).text());
        assertNotAuthenticated(
                get("/security/basic/optional", "Authorization", "Basic bm9jb2xvbg=="), "Basic realm=\"kiln\"");
    }

    // ------------------------------------------------------------------ HTTP bearer, OpenID Connect

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic abc", "Bearer", "Bearer    ", "Token abc"})
    void bearerWithoutCredentialsIsNotAuthenticated(String authorization) {
        TestResponse response = authorization.isEmpty()
                ? get("/security/bearer")
                : get("/security/bearer", "Authorization", authorization);
        assertNotAuthenticated(response, "Bearer");
        assertEquals(
                "{\"token\":null}",
                (authorization.isEmpty()
                                ? get("/security/bearer/optional")
                                : get("/security/bearer/optional", "Authorization", authorization))
                        .text());
    }

    @Test
    void bearerHandsOverTheToken() {
        assertAnswer(
                get("/security/bearer", "Authorization", "Bearer abc"),
                401,
                "Could not validate credentials",
                "Bearer");
        TestResponse ok = get("/security/bearer", "Authorization", bearer("johndoe"));
        assertEquals("{\"username\":\"johndoe\"}", ok.text());
        assertEquals(
                "{\"token\":\"abc\"}",
                get("/security/bearer/optional", "Authorization", "Bearer  abc ")
                        .text());
    }

    @Test
    void openIdConnectHandsOverTheWholeHeader() {
        assertNotAuthenticated(get("/security/oidc"), "Bearer");
        assertEquals(
                "{\"authorization\":\"Whatever x\"}",
                get("/security/oidc", "Authorization", "Whatever x").text());
        assertEquals("{\"authorization\":null}", get("/security/oidc/optional").text());
        assertEquals(
                "{\"authorization\":\"Bearer t\"}",
                get("/security/oidc/optional", "Authorization", "Bearer t").text());
    }

    // ------------------------------------------------------------------ the document

    @Test
    void theDocumentHasEverySchemeAndEachOperationsRequirement() {
        var document = client.get("/openapi.json").json();
        assertEquals(
                List.of(
                        "APIKeyCookie",
                        "APIKeyHeader",
                        "APIKeyQuery",
                        "HTTPBasic",
                        "HTTPBearer",
                        "OAuth2PasswordBearer",
                        "OpenIdConnect"),
                iterableNames(document.at("/components/securitySchemes")));
        assertEquals(
                "{\"password\":{\"tokenUrl\":\"/security/token\",\"scopes\":{\"me\":\"Read information about the "
                        + "current user.\",\"items\":\"Read items.\"}}}",
                document.at("/components/securitySchemes/OAuth2PasswordBearer/flows")
                        .toString());
        assertEquals(
                "[{\"OAuth2PasswordBearer\":[\"items\",\"me\"]}]",
                document.at("/paths/~1security~1users~1me~1items/get/security").toString());
        assertEquals(
                "[{\"OAuth2PasswordBearer\":[\"me\"]}]",
                document.at("/paths/~1security~1users~1me/get/security").toString());
        assertEquals(
                "[{\"APIKeyQuery\":[]}]",
                document.at("/paths/~1security~1api-key~1query/get/security").toString());
        // what a scheme reads is not also a parameter
        assertEquals(
                true,
                document.at("/paths/~1security~1api-key~1query/get/parameters").isMissingNode());
    }

    private static List<String> iterableNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
