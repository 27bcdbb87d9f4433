package dev.kiln.samples.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts and API keys, read and written on one connection (the request's transaction, usually). */
public final class UserStore {
    private final Connection connection;

    public UserStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * An account as stored.
     *
     * @param user         what the API shows
     * @param passwordHash BCrypt's hash of the password
     */
    public record Account(User user, String passwordHash) {}

    /** A new account, or empty when the user name is taken. */
    public Optional<User> insert(String username, String email, String passwordHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, email);
            insert.setString(3, passwordHash);
            insert.executeUpdate();
            return Optional.of(new User(generatedId(insert), username, email));
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Optional<Account> byUsername(String username) throws SQLException {
        return account("SELECT id, username, email, password_hash FROM users WHERE username = ?", username);
    }

    /** The owner of the API key whose SHA-256 is {@code keyHash}. */
    public Optional<Account> byApiKeyHash(String keyHash) throws SQLException {
        return account(
                "SELECT u.id, u.username, u.email, u.password_hash FROM users u"
                        + " JOIN api_keys k ON k.user_id = u.id WHERE k.key_hash = ?",
                keyHash);
    }

    /** Stores an API key's hash for {@code userId}; returns the key's id. */
    public long insertApiKey(long userId, String name, String keyHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO api_keys (user_id, name, key_hash) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, userId);
            insert.setString(2, name);
            insert.setString(3, keyHash);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    /** Accounts in the order they signed up. */
    public List<User> list(int limit, int offset) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, username, email FROM users ORDER BY id LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(user(rows));
                }
                return users;
            }
        }
    }

    static long generatedId(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong("id");
        }
    }

    private Optional<Account> account(String sql, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Account(user(rows), rows.getString("password_hash")))
                        : Optional.empty();
            }
        }
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(row.getLong("id"), row.getString("username"), row.getString("email"));
    }
}
