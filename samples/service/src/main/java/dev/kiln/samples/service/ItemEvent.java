package dev.kiln.samples.service;

/**
 * A change to an item, as {@code GET /events} sends it.
 *
 * @param type   {@code created}, {@code updated} or {@code deleted} (also the SSE event's name)
 * @param itemId the item
 * @param item   the item after the change; {@code null} once deleted
 */
public record ItemEvent(String type, long itemId, Item item) {
    static ItemEvent created(Item item) {
        return new ItemEvent("created", item.id(), item);
    }

    static ItemEvent updated(Item item) {
        return new ItemEvent("updated", item.id(), item);
    }

    static ItemEvent deleted(long itemId) {
        return new ItemEvent("deleted", itemId, null);
    }
}
