package dev.kiln.it.writers;

import dev.kiln.Get;
import dev.kiln.NonBlocking;
import dev.kiln.Router;
import dev.kiln.it.writers.WriterModels.AbsentCount;
import dev.kiln.it.writers.WriterModels.AllKinds;
import dev.kiln.it.writers.WriterModels.Branch;
import dev.kiln.it.writers.WriterModels.DatedNote;
import dev.kiln.it.writers.WriterModels.Derived;
import dev.kiln.it.writers.WriterModels.Gauge;
import dev.kiln.it.writers.WriterModels.Guarded;
import dev.kiln.it.writers.WriterModels.Listed;
import dev.kiln.it.writers.WriterModels.Paged;
import dev.kiln.it.writers.WriterModels.Sorted;
import dev.kiln.it.writers.WriterModels.SparseValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Answers with {@link WriterModels}' values, written by the generated writers (JsonWritersIT). */
@Router(prefix = "/writers", tags = "writers")
public final class WriterApi {
    @Get("/everything/{variant}")
    @NonBlocking
    public AllKinds everything(int variant) {
        return WriterModels.everything(variant);
    }

    @Get("/derived/{variant}")
    @NonBlocking
    public Derived derived(int variant) {
        return WriterModels.derived(variant);
    }

    @Get("/gauge/{variant}")
    @NonBlocking
    public Gauge gauge(int variant) {
        return WriterModels.gauge(variant);
    }

    @Get("/listed")
    @NonBlocking
    public Listed listed() {
        return new Listed("a", "b", "c");
    }

    @Get("/sorted")
    @NonBlocking
    public Sorted sorted() {
        return new Sorted();
    }

    @Get("/guarded")
    @NonBlocking
    public Guarded guarded() {
        return new Guarded();
    }

    @Get("/sparse/{variant}")
    @NonBlocking
    public SparseValues sparse(int variant) {
        return WriterModels.sparse(variant);
    }

    @Get("/absent/{variant}")
    @NonBlocking
    public AbsentCount absent(int variant) {
        return WriterModels.absentCount(variant);
    }

    @Get("/formatted")
    @NonBlocking
    public DatedNote formatted() {
        return WriterModels.formatted();
    }

    @Get("/tree")
    @NonBlocking
    public Branch tree() {
        return WriterModels.tree();
    }

    @Get("/page")
    @NonBlocking
    public Paged<AllKinds> page() {
        return WriterModels.page();
    }

    @Get("/list")
    @NonBlocking
    public List<AllKinds> list() {
        return List.of(WriterModels.everything(0), WriterModels.everything(2));
    }

    @Get("/map")
    @NonBlocking
    public Map<String, Optional<Branch>> map() {
        return Map.of("tree", Optional.of(WriterModels.tree()));
    }

    /** JSON Lines: each item written by the same generated writer. */
    @Get("/lines")
    @NonBlocking
    public Stream<AllKinds> lines() {
        return Stream.of(0, 1, 2, 3).map(WriterModels::everything);
    }
}
