package dev.kiln.samples.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * E-mails waiting to be sent, in the {@code outbox} table. A sign-up adds its welcome e-mail from a
 * background task, after the response, in a transaction of its own.
 */
public final class Outbox {
    /**
     * One e-mail.
     *
     * @param id        its row
     * @param recipient the address
     * @param subject   the subject line
     * @param body      the text
     * @param createdAt when it was written
     */
    public record Message(long id, String recipient, String subject, String body, OffsetDateTime createdAt) {}

    private final Database database;

    public Outbox(Database database) {
        this.database = database;
    }

    /** Writes the welcome e-mail of a new account (a background task: a failure is logged by Kiln). */
    public void welcome(User user) {
        try {
            database.inTransaction(connection -> {
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO outbox (recipient, subject, body) VALUES (?, ?, ?)")) {
                    insert.setString(1, user.email());
                    insert.setString(2, "Welcome, " + user.username());
                    insert.setString(3, "Your account " + user.username() + " is ready.");
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the welcome e-mail to " + user.username() + " was not written", e);
        }
    }

    /** The e-mails written, oldest first. */
    public static List<Message> list(Tx tx, int limit, int offset) throws SQLException {
        try (PreparedStatement select = tx.connection()
                .prepareStatement(
                        "SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                List<Message> messages = new ArrayList<>();
                while (rows.next()) {
                    messages.add(new Message(
                            rows.getLong("id"),
                            rows.getString("recipient"),
                            rows.getString("subject"),
                            rows.getString("body"),
                            rows.getObject("created_at", OffsetDateTime.class)));
                }
                return messages;
            }
        }
    }
}
