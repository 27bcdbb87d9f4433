package com.example.params;

import dev.kiln.Default;
import java.util.List;
import java.util.Optional;

/** A query parameter model: each component is a query parameter. */
public record Paging(@Default("0") int offset, @Default("20") int limit, Optional<String> sort, List<String> fields) {
}
