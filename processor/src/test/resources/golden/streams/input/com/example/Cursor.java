package com.example;

import dev.kiln.Provides;
import dev.kiln.Resource;
import java.util.List;

/** A request-scoped resource the stream reads from: it is closed when the stream ends. */
public final class Cursor {
    public List<Price> rows() {
        return List.of();
    }

    @Provides
    public static Resource<Cursor> open() {
        return Resource.of(new Cursor(), c -> {});
    }
}
