package dev.kiln.samples.service;

import dev.kiln.Blocking;
import dev.kiln.Delete;
import dev.kiln.ExceptionHandler;
import dev.kiln.File;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Patch;
import dev.kiln.Post;
import dev.kiln.Query;
import dev.kiln.Request;
import dev.kiln.Response;
import dev.kiln.Router;
import dev.kiln.Upload;
import dev.kiln.security.Scopes;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's items, with files attached. Every operation runs on the {@code db} pool in the request's
 * transaction ({@link Storage#transaction}); a change is told to the event feed once it is committed.
 */
@Router(prefix = "/items", tags = "items")
@Scopes(Auth.ITEMS)
@Blocking(pool = "db")
public final class Items {
    private final ItemEvents events;
    private final Path uploads;

    public Items(ItemEvents events, ServiceSettings settings) {
        this.events = events;
        this.uploads = Path.of(settings.uploadDir()).toAbsolutePath();
        try {
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("APP_UPLOAD_DIR " + uploads + " cannot be made", e);
        }
    }

    /** Creates an item; a title the caller already uses answers 409. */
    @Post(value = "", status = 201)
    public Item create(ItemIn in, User user, ItemStore items, Tx tx) throws SQLException {
        Item item = items.insert(in);
        tx.afterCommit(() -> events.publish(user, ItemEvent.created(item)));
        return item;
    }

    /** Creates several items in one transaction: all of them, or none (one title taken answers 409). */
    @Post(value = "/batch", status = 201)
    public List<Item> createAll(List<ItemIn> in, User user, ItemStore items, Tx tx) throws SQLException {
        List<Item> created = new ArrayList<>();
        for (ItemIn one : in) {
            created.add(items.insert(one));
        }
        tx.afterCommit(() -> created.forEach(item -> events.publish(user, ItemEvent.created(item))));
        return created;
    }

    /** A page of the caller's items, by id; {@code q} keeps those whose title contains it (any case). */
    @Get("")
    public ItemPage list(@Query Paging paging, @Size(min = 1, max = 100) Optional<String> q, ItemStore items)
            throws SQLException {
        return items.page(q, paging);
    }

    /** One of the caller's items. */
    @Get("/{itemId}")
    public Item read(long itemId, ItemStore items) throws SQLException {
        return items.find(itemId).orElseThrow(Items::notFound);
    }

    /** Changes the fields sent and leaves the others as they are. */
    @Patch("/{itemId}")
    public Item update(long itemId, ItemPatch patch, User user, ItemStore items, Tx tx) throws SQLException {
        Item item = items.update(itemId, patch).orElseThrow(Items::notFound);
        tx.afterCommit(() -> events.publish(user, ItemEvent.updated(item)));
        return item;
    }

    /** Deletes an item and its attachments (their files go once the deletion is committed). */
    @Delete("/{itemId}")
    public void delete(long itemId, User user, ItemStore items, Tx tx) throws SQLException {
        List<String> files = items.delete(itemId).orElseThrow(Items::notFound);
        tx.afterCommit(() -> {
            files.forEach(this::deleteFile);
            events.publish(user, ItemEvent.deleted(itemId));
        });
    }

    /**
     * Attaches a file (multipart {@code file}), stored under {@code APP_UPLOAD_DIR}; one larger than
     * {@code APP_MAX_UPLOAD_BYTES} answers 413 before this runs.
     */
    @Post(value = "/{itemId}/attachments", status = 201)
    public Attachment attach(long itemId, @File Upload file, User user, ItemStore items, Tx tx)
            throws SQLException, IOException {
        items.find(itemId).orElseThrow(Items::notFound);
        String storedAs = UUID.randomUUID().toString();
        Files.copy(file.path(), uploads.resolve(storedAs));
        tx.afterRollback(() -> deleteFile(storedAs));
        String contentType = file.contentType() == null ? "application/octet-stream" : file.contentType();
        String filename = file.filename() == null ? "upload" : file.filename();
        Attachment attachment = items.attach(itemId, filename, contentType, file.size(), storedAs);
        Item item = items.find(itemId).orElseThrow();
        tx.afterCommit(() -> events.publish(user, ItemEvent.updated(item)));
        return attachment;
    }

    /** Downloads an attachment, with the name it was uploaded with ({@code Range} and {@code ETag} work). */
    @Get("/{itemId}/attachments/{attachmentId}")
    public Response<Void> download(long itemId, long attachmentId, ItemStore items) throws SQLException {
        ItemStore.Stored stored = items.attachment(itemId, attachmentId)
                .orElseThrow(() -> new HttpException(404, "Attachment not found"));
        return Response.download(
                uploads.resolve(stored.storedAs()), stored.attachment().filename());
    }

    /** A title the caller already uses: 409. */
    @ExceptionHandler
    public static Response<Map<String, String>> titleTaken(ItemStore.TitleTaken e, Request request) {
        return Response.status(409).body(Map.of("detail", e.getMessage()));
    }

    private static HttpException notFound() {
        return new HttpException(404, "Item not found");
    }

    private void deleteFile(String storedAs) {
        try {
            Files.deleteIfExists(uploads.resolve(storedAs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
