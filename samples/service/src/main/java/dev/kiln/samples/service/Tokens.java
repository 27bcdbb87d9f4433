package dev.kiln.samples.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Access tokens: JWTs signed with HS256 (nimbus-jose-jwt), the user name in {@code sub}, the granted scopes
 * space-separated in {@code scope}, and an expiry. A singleton made from the settings.
 */
public final class Tokens {
    private final byte[] key;
    private final Duration lifetime;

    Tokens(byte[] key, Duration lifetime) {
        this.key = key.clone();
        this.lifetime = lifetime;
    }

    static Tokens fromSettings(ServiceSettings settings) {
        byte[] key;
        if (settings.jwtSecret().isPresent()) {
            key = settings.jwtSecret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LoggerFactory.getLogger(Tokens.class)
                    .warn("APP_JWT_SECRET is not set: tokens are signed with a random key and die with this process");
        }
        return new Tokens(key, Duration.ofMinutes(settings.tokenMinutes()));
    }

    /** How long a token is valid, in seconds (OAuth2's {@code expires_in}). */
    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** A signed token for {@code username} with {@code scopes}. */
    public String issue(String username, List<String> scopes) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(username)
                .claim("scope", String.join(" ", scopes))
                .expirationTime(Date.from(Instant.now().plus(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** What a valid token says, or empty when it is malformed, forged or expired. */
    public Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (claims.getSubject() == null
                    || expiry == null
                    || expiry.toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            String scope = claims.getStringClaim("scope");
            return Optional.of(new Claims(
                    claims.getSubject(), scope == null || scope.isBlank() ? List.of() : List.of(scope.split(" "))));
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /**
     * A valid token's claims.
     *
     * @param username {@code sub}
     * @param scopes   {@code scope}, split at spaces
     */
    public record Claims(String username, List<String> scopes) {}
}
