package dev.kiln.bench.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kiln.bench.jmh.ItemBodies.Item;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Loc;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationError;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The 422 path: a request whose path parameter and body are both wrong. Kiln binds everything and
 * collects every error (five here) instead of stopping at the first, so this is the case where it
 * does the most work per request.
 *
 * <p>{@link #collectAndWrite} adds writing the 422 body. The host's own writer lives behind
 * {@code Exchange.reject}, which needs a live request; until the runtime exposes it as a plain
 * function, this benchmark writes the same Pydantic-shaped document with the shared Jackson mapper,
 * which is what that writer must do at least. Swap in the runtime's writer when it is public.
 */
public class ValidationFailureBenchmark extends BenchmarkSettings {
    private Binder<Item> itemBinder;
    private Buffer invalidBody;
    private ObjectWriter detailWriter;

    @Setup
    public void setUp() {
        itemBinder = ItemBodies.itemBinder();
        invalidBody = ItemBodies.buffer(ItemBodies.INVALID);
        detailWriter = Json.mapper().writer();
    }

    /** Binding a bad path int and a body with four errors: every error collected. */
    @Benchmark
    public List<ValidationError> collect(Blackhole bh) {
        return bindInvalidRequest(bh).list();
    }

    /** {@link #collect} plus the 422 body in FastAPI's shape. */
    @Benchmark
    public byte[] collectAndWrite(Blackhole bh) throws JsonProcessingException {
        ValidationErrors errors = bindInvalidRequest(bh);
        List<Map<String, Object>> detail = errors.detail();
        return detailWriter.writeValueAsBytes(Map.of("detail", detail));
    }

    private ValidationErrors bindInvalidRequest(Blackhole bh) {
        ValidationErrors errors = new ValidationErrors();
        Integer id = Params.required("4x2", Binders.INT, Loc.path("id"), errors);
        JsonNode json = Params.json(invalidBody, errors);
        Item item = Params.body(json, itemBinder, true, errors);
        bh.consume(id);
        bh.consume(item);
        if (errors.list().size() != 5) {
            // A benchmark of the wrong path would measure nothing useful: fail loudly instead.
            throw new IllegalStateException("expected 5 validation errors, got " + errors.list());
        }
        return errors;
    }
}
