package dev.kiln.it.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The tutorial's JWTs (FastAPI's "OAuth2 with Password (and hashing), Bearer with JWT tokens"), with
 * nimbus-jose-jwt: HS256, the user in {@code sub}, the granted scopes space-separated in {@code scope}, an
 * expiry. Kiln itself ships no crypto; checking tokens is the application's business.
 */
public final class Tokens {
    /** The tutorial's key is an example; a real app reads it from settings. 32 bytes, as HS256 needs. */
    public static final byte[] SECRET_KEY =
            "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7".getBytes(StandardCharsets.US_ASCII);

    public static final Duration ACCESS_TOKEN_EXPIRE = Duration.ofMinutes(30);

    private Tokens() {}

    /** A signed token for {@code username} with {@code scopes}, expiring after {@code ttl}. */
    public static String create(String username, List<String> scopes, Duration ttl) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(username)
                .claim("scope", String.join(" ", scopes))
                .expirationTime(Date.from(Instant.now().plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(SECRET_KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** What a valid token says, or empty when it is malformed, forged or expired. */
    public static Optional<Claims> decode(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(SECRET_KEY))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || expiry.toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            String scope = claims.getStringClaim("scope");
            return Optional.of(new Claims(
                    claims.getSubject(), scope == null || scope.isEmpty() ? List.of() : List.of(scope.split(" "))));
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /**
     * A token's claims.
     *
     * @param username {@code sub}, or {@code null}
     * @param scopes   {@code scope}, split at spaces
     */
    public record Claims(String username, List<String> scopes) {}
}
