package dev.kiln.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.HttpException;
import dev.kiln.security.Credentials;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The credential readers against what FastAPI 0.141's security classes return for the same
 * {@code Authorization} header (the it-tests cover them over HTTP; this is the table of edge cases).
 */
class SecurityTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                // header | OAuth2PasswordBearer | HTTPBearer
                "NULL | NULL | NULL",
                "'' | NULL | NULL",
                "Bearer abc | abc | abc",
                "bEaReR   abc  | abc | abc",
                "Bearer | '' | NULL",
                "'Bearer ' | '' | NULL",
                "Basic abc | NULL | NULL",
                "Bearerabc | NULL | NULL",
                "Bearer a b | a b | a b",
            })
    void bearerTokens(String header, String oauth2, String bearer) {
        ValidationErrors errors = new ValidationErrors();
        assertEquals(oauth2, Security.oauth2Password(header, errors));
        assertEquals(oauth2 == null, errors.unauthenticated() != null);
        assertEquals(Optional.ofNullable(oauth2), Security.optionalOauth2Password(header));
        ValidationErrors bearerErrors = new ValidationErrors();
        assertEquals(bearer, Security.bearer(header, bearerErrors));
        assertEquals(bearer == null, bearerErrors.unauthenticated() != null);
        assertEquals(Optional.ofNullable(bearer), Security.optionalBearer(header));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                // header | user:password, or what the optional form does: EMPTY (no error) or 401
                "Basic dXNlcjpwYXNz | user:pass",
                "basic   dXNlcjpwYXNz  | user:pass",
                "Basic dXNlcjo= | user:",
                "Basic OnBhc3M= | :pass",
                "Basic dXNlcjpwOmFzcw== | user:p:ass",
                "Basic dXNlcjpw!YXNz | user:pass", // Python's b64decode drops what is not base64
                "Basic dXNlcnBhc3M= | 401", // no colon
                "Basic dXNlcjpwYXN | 401", // not whole groups: Incorrect padding
                "Basic w6k6eA== | 401", // not ASCII
                "Basic | 401", // empty: no colon
                "Bearer dXNlcjpwYXNz | EMPTY",
                "NULL | EMPTY",
            })
    void basicCredentials(String header, String expected) {
        ValidationErrors errors = new ValidationErrors();
        Credentials credentials = Security.basic(header, "Basic realm=\"kiln\"", errors);
        ValidationErrors optionalErrors = new ValidationErrors();
        Optional<Credentials> optional = Security.optionalBasic(header, "Basic", optionalErrors);
        if (expected.contains(":")) {
            int colon = expected.indexOf(':');
            Credentials want = new Credentials(expected.substring(0, colon), expected.substring(colon + 1));
            assertEquals(want, credentials);
            assertEquals(Optional.of(want), optional);
            assertNull(errors.unauthenticated());
            return;
        }
        assertNull(credentials);
        HttpException failure = errors.unauthenticated();
        assertEquals(401, failure.status());
        assertEquals("Not authenticated", failure.detail());
        assertEquals(Map.of("WWW-Authenticate", "Basic realm=\"kiln\""), failure.headers());
        assertEquals(Optional.empty(), optional);
        // a malformed Basic value is a 401 even for an Optional, as FastAPI's HTTPBasic(auto_error=False)
        assertEquals(expected.equals("401"), optionalErrors.unauthenticated() != null);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            nullValues = "NULL",
            value = {"NULL, false", "'', false", "k, true"})
    void apiKeysAndOpenIdConnect(String value, boolean present) {
        ValidationErrors errors = new ValidationErrors();
        assertEquals(present ? value : null, Security.apiKey(value, errors));
        assertEquals(
                present ? null : Map.of("WWW-Authenticate", "APIKey"),
                present ? null : errors.unauthenticated().headers());
        assertEquals(present, Security.optionalApiKey(value).isPresent());
        ValidationErrors oidc = new ValidationErrors();
        assertEquals(present ? value : null, Security.openIdConnect(value, oidc));
        assertEquals(present, oidc.isEmpty());
        assertEquals(present, Security.optionalOpenIdConnect(value).isPresent());
    }
}
