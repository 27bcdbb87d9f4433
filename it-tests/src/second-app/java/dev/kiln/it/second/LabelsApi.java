package dev.kiln.it.second;

import dev.kiln.Get;
import dev.kiln.Named;
import dev.kiln.Router;
import dev.kiln.it.deps.Values.Box;
import dev.kiln.it.deps.Values.Label;
import dev.kiln.it.deps.Values.Shelf;
import java.util.Map;

/** Uses every provider of {@link Labels}, so that each can be overridden. */
@Router(prefix = "/second")
public final class LabelsApi {
    private final Shelf<String> shelf;

    public LabelsApi(Shelf<String> shelf) {
        this.shelf = shelf;
    }

    @Get("/labels")
    public Map<String, Object> labels(
            @Named("formal") Label formal, @Named("casual") Label casual, Box<String> word, Box<Integer> number) {
        return Map.of(
                "formal", formal.text(),
                "casual", casual.text(),
                "word", word.value(),
                "number", number.value(),
                "shelf", shelf.top());
    }
}
