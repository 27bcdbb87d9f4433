package dev.kiln.processor.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTextTest {

    @Test
    void firstSentenceIsTheSummaryAndTheRestTheDescription() {
        Probe probe = Probe.compile("com.example.Api", """
                package com.example;
                public class Api {
                    /**
                     * Reads one item. Looks it up by id, e.g. {@code 42},
                     * in the {@link Store store}.
                     *
                     * <p>Answers 404 when it is missing.
                     *
                     * @param itemId the id of the
                     *        item to read
                     * @param q      an optional filter
                     * @return the item
                     * @throws IllegalStateException never
                     */
                    public void paramRead(int itemId, String q) {}

                    public void paramUndocumented(int x) {}
                    interface Store {}
                }
                """);
        JavadocText doc = probe.recorded.docs.get("paramRead");
        assertEquals("Reads one item.", doc.summary());
        assertEquals(
                "Looks it up by id, e.g. `42`,\nin the `store`.\n\nAnswers 404 when it is missing.", doc.description());
        assertEquals(Map.of("itemId", "the id of the item to read", "q", "an optional filter"), doc.params());
        assertEquals("the item", doc.returns());
        assertEquals(
                "the id of the item to read",
                probe.parameters("paramRead").get(0).get("description").asText());
        assertSame(JavadocText.EMPTY, probe.recorded.docs.get("paramUndocumented"));
    }

    @Test
    void aOneSentenceCommentHasNoDescription() {
        JavadocText doc = JavadocText.parse(" Deletes everything\n");
        assertEquals("Deletes everything", doc.summary());
        assertNull(doc.description());
        assertEquals("Deletes everything", doc.fullText());
    }

    @Test
    void aParagraphBreakEndsTheFirstSentenceToo() {
        JavadocText doc = JavadocText.parse(" Lists items\n\n Sorted by name.\n");
        assertEquals("Lists items", doc.summary());
        assertEquals("Sorted by name.", doc.description());
    }

    @Test
    void onlyBlockTagsMeansNoSummary() {
        JavadocText doc = JavadocText.parse(" @param a the {@literal <a>} value\n @deprecated use b\n");
        assertNull(doc.summary());
        assertNull(doc.fullText());
        assertEquals("the <a> value", doc.param("a"));
        assertNull(doc.param("b"));
    }

    @Test
    void linksShowTheirLabelOrTarget() {
        JavadocText doc = JavadocText.parse(" See {@link java.util.List#of() the factory} and {@link #read}. More.");
        assertEquals("See `the factory` and `read`.", doc.summary());
        assertEquals("More.", doc.description());
    }
}
