package dev.kiln.samples.service;

/**
 * A file attached to an item; its bytes are at {@code GET /items/{itemId}/attachments/{id}}.
 *
 * @param id          its id
 * @param filename    the name it was uploaded with
 * @param contentType the type it was uploaded with
 * @param size        its length in bytes
 */
public record Attachment(long id, String filename, String contentType, long size) {}
