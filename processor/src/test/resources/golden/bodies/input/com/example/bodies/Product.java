package com.example.bodies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Nested records, lists, sets, maps, enums and a renamed member. */
public record Product(String name, @JsonProperty("unit_price") long unitPrice, Dimensions dimensions,
                      List<Dimensions> parts, Set<Tag> tags, Map<String, Integer> stock, Optional<Tag> badge,
                      @Nullable String note) {
}
