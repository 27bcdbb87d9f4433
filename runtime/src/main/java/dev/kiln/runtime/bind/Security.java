package dev.kiln.runtime.bind;

import dev.kiln.HttpException;
import dev.kiln.security.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * How generated code reads a credential, as FastAPI's {@code fastapi.security} classes do. Each scheme has a
 * required form (returns the value, or records the scheme's {@code 401} in the errors and returns {@code null})
 * and an optional one (FastAPI's {@code auto_error=False}: empty instead of the 401).
 *
 * <p>The 401 is FastAPI's: {@code {"detail":"Not authenticated"}} with {@code WWW-Authenticate} {@code Bearer}
 * (OAuth2, HTTP bearer, OpenID Connect), {@code Basic} or {@code Basic realm="..."}, or {@code APIKey}.
 */
public final class Security {
    private static final String NOT_AUTHENTICATED = "Not authenticated";
    private static final String BEARER = "Bearer";
    private static final String API_KEY = "APIKey";

    private Security() {}

    /** The {@code 401} a scheme answers with this {@code WWW-Authenticate} challenge. */
    public static HttpException notAuthenticated(String challenge) {
        return new HttpException(401, NOT_AUTHENTICATED, Map.of("WWW-Authenticate", challenge));
    }

    /** {@code Basic}, or {@code Basic realm="<realm>"} when {@code realm} is not empty. */
    public static String basicChallenge(String realm) {
        return realm.isEmpty() ? "Basic" : "Basic realm=\"" + realm + "\"";
    }

    // ------------------------------------------------------------------ OAuth2 password flow

    /**
     * {@code OAuth2PasswordBearer}: what follows the scheme of an {@code Authorization: Bearer ...} header
     * (trimmed; possibly empty, as FastAPI's); without the header or with another scheme, the 401.
     */
    public static String oauth2Password(String authorization, ValidationErrors errors) {
        String token = oauth2Token(authorization);
        if (token == null) {
            errors.unauthenticated(notAuthenticated(BEARER));
        }
        return token;
    }

    /** {@code OAuth2PasswordBearer(auto_error=False)}. */
    public static Optional<String> optionalOauth2Password(String authorization) {
        return Optional.ofNullable(oauth2Token(authorization));
    }

    private static String oauth2Token(String authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return null;
        }
        String[] parts = schemeAndParam(authorization);
        return parts[0].equalsIgnoreCase(BEARER) ? parts[1] : null;
    }

    // ------------------------------------------------------------------ HTTP bearer

    /** {@code HTTPBearer}: the credentials of {@code Authorization: Bearer <credentials>}; else the 401. */
    public static String bearer(String authorization, ValidationErrors errors) {
        String token = bearerToken(authorization);
        if (token == null) {
            errors.unauthenticated(notAuthenticated(BEARER));
        }
        return token;
    }

    /** {@code HTTPBearer(auto_error=False)}. */
    public static Optional<String> optionalBearer(String authorization) {
        return Optional.ofNullable(bearerToken(authorization));
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return null;
        }
        String[] parts = schemeAndParam(authorization);
        if (parts[0].isEmpty() || parts[1].isEmpty() || !parts[0].equalsIgnoreCase(BEARER)) {
            return null;
        }
        return parts[1];
    }

    // ------------------------------------------------------------------ API keys

    /** {@code APIKeyHeader}/{@code APIKeyQuery}/{@code APIKeyCookie}: the key; missing or empty, the 401. */
    public static String apiKey(String value, ValidationErrors errors) {
        if (value == null || value.isEmpty()) {
            errors.unauthenticated(notAuthenticated(API_KEY));
            return null;
        }
        return value;
    }

    /** An API key with {@code auto_error=False}: empty when missing or empty. */
    public static Optional<String> optionalApiKey(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    // ------------------------------------------------------------------ OpenID Connect

    /** {@code OpenIdConnect}: the whole {@code Authorization} header, for the application to check; else the 401. */
    public static String openIdConnect(String authorization, ValidationErrors errors) {
        if (authorization == null || authorization.isEmpty()) {
            errors.unauthenticated(notAuthenticated(BEARER));
            return null;
        }
        return authorization;
    }

    /** {@code OpenIdConnect(auto_error=False)}. */
    public static Optional<String> optionalOpenIdConnect(String authorization) {
        return authorization == null || authorization.isEmpty() ? Optional.empty() : Optional.of(authorization);
    }

    // ------------------------------------------------------------------ HTTP Basic

    /**
     * {@code HTTPBasic}: the user name and password of {@code Authorization: Basic <base64>}. A missing header,
     * another scheme, a value that is not base64 of ASCII text, or text without {@code :}: the 401 with
     * {@code challenge} ({@link #basicChallenge}).
     */
    public static Credentials basic(String authorization, String challenge, ValidationErrors errors) {
        if (!isBasic(authorization)) {
            errors.unauthenticated(notAuthenticated(challenge));
            return null;
        }
        return decodeBasic(authorization, challenge, errors);
    }

    /**
     * {@code HTTPBasic(auto_error=False)}: empty without the header or with another scheme; a malformed
     * {@code Basic} value is still the 401, as FastAPI's (it raises whatever {@code auto_error} says).
     */
    public static Optional<Credentials> optionalBasic(String authorization, String challenge, ValidationErrors errors) {
        if (!isBasic(authorization)) {
            return Optional.empty();
        }
        return Optional.ofNullable(decodeBasic(authorization, challenge, errors));
    }

    private static boolean isBasic(String authorization) {
        return authorization != null
                && !authorization.isEmpty()
                && schemeAndParam(authorization)[0].equalsIgnoreCase("basic");
    }

    private static Credentials decodeBasic(String authorization, String challenge, ValidationErrors errors) {
        String text = decodeAscii(schemeAndParam(authorization)[1]);
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            errors.unauthenticated(notAuthenticated(challenge));
            return null;
        }
        return new Credentials(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * Python's {@code b64decode(param).decode("ascii")}: characters outside the base64 alphabet are dropped
     * (its non-validating mode), the rest must be whole, padded groups; {@code null} when it is not base64 or
     * not ASCII.
     */
    static String decodeAscii(String param) {
        StringBuilder kept = new StringBuilder(param.length());
        for (int i = 0; i < param.length(); i++) {
            char c = param.charAt(i);
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '+'
                    || c == '/'
                    || c == '=') {
                kept.append(c);
            }
        }
        if (kept.length() % 4 != 0) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(kept.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (byte b : bytes) {
            if (b < 0) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** FastAPI's {@code get_authorization_scheme_param}: split at the first space, the parameter trimmed. */
    static String[] schemeAndParam(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return new String[] {authorization, ""};
        }
        return new String[] {
            authorization.substring(0, space),
            authorization.substring(space + 1).strip()
        };
    }
}
