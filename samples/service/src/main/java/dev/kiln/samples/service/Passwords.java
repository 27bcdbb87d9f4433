package dev.kiln.samples.service;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords, hashed with BCrypt (spring-security-crypto): slow on purpose, so only ever used on a worker
 * thread (this class is first loaded there too: making {@link #NO_SUCH_USER} takes a while).
 */
final class Passwords {
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
    /** Checked against when the user does not exist, so that takes as long as a wrong password. */
    private static final String NO_SUCH_USER = BCRYPT.encode("no such user");

    private Passwords() {}

    static String hash(String password) {
        return BCRYPT.encode(password);
    }

    /** The account whose password this is, or empty; as slow for an unknown user as for a wrong password. */
    static Optional<User> authenticate(UserStore users, String username, String password) throws SQLException {
        Optional<UserStore.Account> account = users.byUsername(username);
        boolean matches = BCRYPT.matches(
                password, account.map(UserStore.Account::passwordHash).orElse(NO_SUCH_USER));
        return matches ? account.map(UserStore.Account::user) : Optional.empty();
    }
}
