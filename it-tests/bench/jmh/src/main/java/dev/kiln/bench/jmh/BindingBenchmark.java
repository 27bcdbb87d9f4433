package dev.kiln.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kiln.bench.jmh.ItemBodies.Item;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Loc;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parameter binding as generated code does it on a successful request: the statements are the
 * ones the processor writes (docs/internals.md), so the numbers are the per-request cost Kiln adds
 * before the user method runs. Two Jackson baselines put the body numbers in context: parsing the
 * tree alone (the floor of any JSON body), and Jackson databind into the same record (what a
 * hand-written Vert.x app that maps bodies with Jackson pays).
 */
public class BindingBenchmark extends BenchmarkSettings {
    private Binder<Item> itemBinder;
    private Buffer validBody;
    private byte[] validBytes;
    private ObjectReader treeReader;
    private ObjectReader itemReader;

    @Setup
    public void setUp() {
        itemBinder = ItemBodies.itemBinder();
        validBody = ItemBodies.buffer(ItemBodies.VALID);
        validBytes = validBody.getBytes();
        treeReader = Json.mapper().reader();
        itemReader = Json.mapper().readerFor(Item.class);
    }

    /** {@code GET /items/{id}?q=}: a required path int and an optional query string. */
    @Benchmark
    public void pathIntAndOptionalQuery(Blackhole bh) {
        ValidationErrors errors = new ValidationErrors();
        Integer id = Params.required("42", Binders.INT, Loc.path("id"), errors);
        Optional<String> q = Params.optional("hello", Binders.STRING, Loc.query("q"), errors);
        bh.consume(errors.isEmpty());
        bh.consume(id);
        bh.consume(q);
    }

    /** {@code POST /items}: the six-field record bound from the body's tokens, as generated code does. */
    @Benchmark
    public Item recordBody(Blackhole bh) {
        ValidationErrors errors = new ValidationErrors();
        Item item = Params.body(validBody, "application/json", itemBinder, true, errors);
        bh.consume(errors.isEmpty());
        return item;
    }

    /** The same, parsed into a tree first, then bound: what generated code did before the streaming read. */
    @Benchmark
    public Item recordBodyFromTree(Blackhole bh) {
        ValidationErrors errors = new ValidationErrors();
        JsonNode json = Params.json(validBody, errors);
        Item item = Params.body(json, itemBinder, true, errors);
        bh.consume(errors.isEmpty());
        return item;
    }

    /** Baseline: the same body parsed into a Jackson tree, nothing bound. */
    @Benchmark
    public JsonNode baselineJacksonTree() throws IOException {
        return treeReader.readTree(validBytes);
    }

    /** Baseline: the same body read by Jackson databind into the same record, no validation. */
    @Benchmark
    public Item baselineJacksonDatabind() throws IOException {
        return itemReader.readValue(validBytes);
    }
}
