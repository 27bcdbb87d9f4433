package dev.kiln.samples.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored item.
 *
 * @param id          its id
 * @param title       unique among its owner's items
 * @param description free text, or {@code null}
 * @param attachments the files attached to it
 * @param createdAt   when it was made
 * @param updatedAt   when it last changed
 */
public record Item(
        long id,
        String title,
        String description,
        List<Attachment> attachments,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** This item with these attachments. */
    public Item withAttachments(List<Attachment> files) {
        return new Item(id, title, description, files, createdAt, updatedAt);
    }
}
