package dev.kiln.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Path templates: variables, the normalised form routes clash on, and what is malformed. */
class PathTemplateTest {
    @Test
    void variablesInOrderWithTheirIndex() {
        PathTemplate path = PathTemplate.parse("/users/{userId}/items/{itemId}");
        assertEquals(List.of("userId", "itemId"), path.variables());
        assertEquals(1, path.variableIndex("itemId"));
        assertEquals(-1, path.variableIndex("other"));
        assertTrue(path.problems().isEmpty());
    }

    @Test
    void variableNamesDoNotMatterForClashes() {
        assertEquals(
                PathTemplate.parse("/items/{id}").normalized(),
                PathTemplate.parse("/items/{itemId}").normalized());
        assertEquals("/", PathTemplate.parse("/").normalized());
        assertEquals("/items/", PathTemplate.parse("/items/").normalized(), "a trailing slash is a distinct route");
    }

    @Test
    void rootAndTrailingSlashAreWellFormed() {
        assertTrue(PathTemplate.parse("/").problems().isEmpty());
        assertTrue(PathTemplate.parse("/items/").problems().isEmpty());
    }
}
