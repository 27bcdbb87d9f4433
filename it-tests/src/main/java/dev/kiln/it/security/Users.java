package dev.kiln.it.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * The tutorial's {@code fake_users_db}, its passwords hashed with bcrypt (Bouncy Castle's {@code OpenBSDBCrypt}),
 * made once at startup (a singleton). {@code johndoe}/{@code secret} is active, {@code alice}/{@code secret2}
 * disabled.
 */
public final class Users {
    /** A stored user: the tutorial's {@code UserInDB}. */
    public record UserInDb(String username, String fullName, String email, boolean disabled, String hashedPassword) {
        public User user() {
            return new User(username, email, fullName, disabled);
        }
    }

    /** A hash to check against when the user does not exist, so an unknown name costs as much as a wrong password. */
    private final String dummyHash;

    private final Map<String, UserInDb> users;

    public Users() {
        this.dummyHash = hash("dummy password");
        this.users = Map.of(
                "johndoe",
                new UserInDb("johndoe", "John Doe", "johndoe@example.com", false, hash("secret")),
                "alice",
                new UserInDb("alice", "Alice Wonderson", "alice@example.com", true, hash("secret2")));
    }

    private static String hash(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return OpenBSDBCrypt.generate(password.toCharArray(), salt, 6);
    }

    public Optional<UserInDb> get(String username) {
        return Optional.ofNullable(users.get(username));
    }

    /** The tutorial's {@code authenticate_user}: the user when the password matches its hash. */
    public Optional<UserInDb> authenticate(String username, String password) {
        UserInDb user = users.get(username);
        boolean ok =
                OpenBSDBCrypt.checkPassword(user == null ? dummyHash : user.hashedPassword(), password.toCharArray());
        return ok && user != null ? Optional.of(user) : Optional.empty();
    }

    /** A constant-time comparison of a secret sent with the expected one. */
    public static boolean same(String sent, String expected) {
        return java.security.MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
