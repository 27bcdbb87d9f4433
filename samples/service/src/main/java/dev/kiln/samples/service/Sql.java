package dev.kiln.samples.service;

import java.sql.SQLException;

/** What the repositories share about JDBC. */
final class Sql {
    private Sql() {}

    /** A unique constraint refused the row (SQLSTATE 23505 on H2 and PostgreSQL alike). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** {@code text} for {@code LIKE ? ESCAPE '\'}: its own {@code % _ \} taken literally. */
    static String likeContaining(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
