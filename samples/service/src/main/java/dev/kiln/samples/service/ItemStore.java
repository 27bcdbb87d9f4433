package dev.kiln.samples.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The items of one owner and their attachments, read and written in the request's transaction. */
public final class ItemStore {
    /** Another item of the owner has this title (the unique constraint {@code items_owner_title}). */
    public static final class TitleTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TitleTaken(String title) {
            super("An item titled '" + title + "' already exists");
        }
    }

    /**
     * An attachment and the name of its file under the upload directory.
     *
     * @param attachment what the API shows
     * @param storedAs   the file's name on disk
     */
    public record Stored(Attachment attachment, String storedAs) {}

    private static final String COLUMNS = "id, title, description, created_at, updated_at";

    private final Tx tx;
    private final long ownerId;

    public ItemStore(Tx tx, User owner) {
        this.tx = tx;
        this.ownerId = owner.id();
    }

    public Item insert(ItemIn in) throws SQLException {
        try (PreparedStatement insert = tx.connection()
                .prepareStatement(
                        "INSERT INTO items (owner_id, title, description) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, ownerId);
            insert.setString(2, in.title());
            insert.setString(3, in.description().orElse(null));
            execute(insert, in.title());
            return find(UserStore.generatedId(insert)).orElseThrow();
        }
    }

    /** A page of the owner's items, by id; {@code q} keeps those whose title contains it, ignoring case. */
    public ItemPage page(Optional<String> q, Paging paging) throws SQLException {
        String where = " FROM items WHERE owner_id = ?" + (q.isPresent() ? " AND LOWER(title) LIKE ? ESCAPE '\\'" : "");
        long total;
        try (PreparedStatement count = tx.connection().prepareStatement("SELECT COUNT(*)" + where)) {
            bindFilter(count, q);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
        }
        try (PreparedStatement select =
                tx.connection().prepareStatement("SELECT " + COLUMNS + where + " ORDER BY id LIMIT ? OFFSET ?")) {
            int next = bindFilter(select, q);
            select.setInt(next, paging.limit());
            select.setInt(next + 1, paging.offset());
            return new ItemPage(items(select), total, paging.limit(), paging.offset());
        }
    }

    public Optional<Item> find(long id) throws SQLException {
        try (PreparedStatement select =
                tx.connection().prepareStatement("SELECT " + COLUMNS + " FROM items WHERE owner_id = ? AND id = ?")) {
            select.setLong(1, ownerId);
            select.setLong(2, id);
            List<Item> found = items(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Sets the fields {@code patch} has, and leaves the others; empty when there is no such item. */
    public Optional<Item> update(long id, ItemPatch patch) throws SQLException {
        try (PreparedStatement update = tx.connection()
                .prepareStatement("UPDATE items SET title = COALESCE(?, title),"
                        + " description = CASE WHEN ? THEN ? ELSE description END, updated_at = CURRENT_TIMESTAMP"
                        + " WHERE owner_id = ? AND id = ?")) {
            update.setString(1, patch.title().orElse(null));
            update.setBoolean(2, patch.description().isPresent());
            update.setString(3, patch.description().orElse(null));
            update.setLong(4, ownerId);
            update.setLong(5, id);
            if (execute(update, patch.title().orElse("")) == 0) {
                return Optional.empty();
            }
        }
        return find(id);
    }

    /** Deletes an item and its attachments' rows; returns the files to delete, or empty when there is no such item. */
    public Optional<List<String>> delete(long id) throws SQLException {
        Optional<Item> item = find(id);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>();
        try (PreparedStatement select =
                tx.connection().prepareStatement("SELECT stored_as FROM attachments WHERE item_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.add(rows.getString(1));
                }
            }
        }
        try (PreparedStatement delete = tx.connection().prepareStatement("DELETE FROM items WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        return Optional.of(files);
    }

    public Attachment attach(long itemId, String filename, String contentType, long size, String storedAs)
            throws SQLException {
        try (PreparedStatement insert = tx.connection()
                .prepareStatement(
                        "INSERT INTO attachments (item_id, filename, content_type, size_bytes, stored_as)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, itemId);
            insert.setString(2, filename);
            insert.setString(3, contentType);
            insert.setLong(4, size);
            insert.setString(5, storedAs);
            insert.executeUpdate();
            return new Attachment(UserStore.generatedId(insert), filename, contentType, size);
        }
    }

    /** An attachment of one of the owner's items. */
    public Optional<Stored> attachment(long itemId, long attachmentId) throws SQLException {
        try (PreparedStatement select = tx.connection()
                .prepareStatement("SELECT a.id, a.filename, a.content_type, a.size_bytes, a.stored_as"
                        + " FROM attachments a JOIN items i ON i.id = a.item_id"
                        + " WHERE i.owner_id = ? AND a.item_id = ? AND a.id = ?")) {
            select.setLong(1, ownerId);
            select.setLong(2, itemId);
            select.setLong(3, attachmentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Stored(attachment(rows), rows.getString("stored_as")))
                        : Optional.empty();
            }
        }
    }

    private int bindFilter(PreparedStatement statement, Optional<String> q) throws SQLException {
        statement.setLong(1, ownerId);
        if (q.isEmpty()) {
            return 2;
        }
        statement.setString(2, Sql.likeContaining(q.get().toLowerCase(java.util.Locale.ROOT)));
        return 3;
    }

    /** Runs an insert or update of {@code title}; the unique constraint's refusal is {@link TitleTaken}. */
    private static int execute(PreparedStatement statement, String title) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new TitleTaken(title);
            }
            throw e;
        }
    }

    /** The items a query selects ({@link #COLUMNS}), each with its attachments (one more query for all). */
    private List<Item> items(PreparedStatement select) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                items.add(new Item(
                        row.getLong("id"),
                        row.getString("title"),
                        row.getString("description"),
                        List.of(),
                        row.getObject("created_at", OffsetDateTime.class),
                        row.getObject("updated_at", OffsetDateTime.class)));
            }
        }
        Map<Long, List<Attachment>> attachments =
                attachments(items.stream().map(Item::id).toList());
        return items.stream()
                .map(i -> i.withAttachments(attachments.getOrDefault(i.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Attachment>> attachments(List<Long> itemIds) throws SQLException {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(itemIds.size(), "?"));
        Map<Long, List<Attachment>> byItem = new HashMap<>();
        try (PreparedStatement select = tx.connection()
                .prepareStatement("SELECT item_id, id, filename, content_type, size_bytes FROM attachments"
                        + " WHERE item_id IN (" + marks + ") ORDER BY id")) {
            for (int i = 0; i < itemIds.size(); i++) {
                select.setObject(i + 1, itemIds.get(i), Types.BIGINT);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byItem.computeIfAbsent(rows.getLong("item_id"), k -> new ArrayList<>())
                            .add(attachment(rows));
                }
            }
        }
        return byItem;
    }

    private static Attachment attachment(ResultSet row) throws SQLException {
        return new Attachment(
                row.getLong("id"), row.getString("filename"), row.getString("content_type"), row.getLong("size_bytes"));
    }
}
