package dev.kiln.bench.jmh;

import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Field;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * The {@code POST /items} body of the benchmark apps, and its binder composed exactly as the
 * processor composes one for a record (see docs/internals.md).
 */
final class ItemBodies {
    /** A valid body: every field bound, no error. */
    static final String VALID =
            "{\"name\":\"Widget\",\"price\":9.99,\"quantity\":3,\"tags\":[\"a\",\"b\"],\"active\":true,\"sku\":\"ABC-1234\"}";

    /**
     * An invalid body with four errors of three kinds: {@code float_parsing} (price), {@code missing}
     * (quantity, sku) and {@code bool_parsing} (active).
     */
    static final String INVALID =
            "{\"name\":\"Widget\",\"price\":\"free\",\"tags\":[\"a\",\"b\"],\"active\":\"maybe\"}";

    private ItemBodies() {}

    /** The body record of the benchmark apps. */
    record Item(String name, double price, int quantity, List<String> tags, boolean active, String sku) {}

    /** The record binder generated code would hold in a static field. */
    @SuppressWarnings("unchecked")
    static Binder<Item> itemBinder() {
        return Binders.record(
                "Item",
                v -> new Item(
                        (String) v[0], (Double) v[1], (Integer) v[2], (List<String>) v[3], (Boolean) v[4], (String)
                                v[5]),
                Field.required("name", Binders.STRING),
                Field.required("price", Binders.DOUBLE),
                Field.required("quantity", Binders.INT),
                Field.required("tags", Binders.list(Binders.STRING)),
                Field.required("active", Binders.BOOLEAN),
                Field.required("sku", Binders.STRING));
    }

    static Buffer buffer(String json) {
        return Buffer.buffer(json);
    }
}
