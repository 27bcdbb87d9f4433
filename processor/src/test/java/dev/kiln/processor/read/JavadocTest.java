package dev.kiln.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one Javadoc splitter: summaries, descriptions, {@code @param} texts. */
class JavadocTest {

    @Test
    void firstSentenceIsTheSummaryAndTheRestTheDescription() {
        Javadoc doc = Javadoc.parse("""
                 Reads one item. Looks it up by id, e.g. {@code 42},
                 in the {@link Store store}.

                 <p>Answers 404 when it is missing.

                 @param itemId the id of the
                        item to read
                 @param q      an optional filter
                 @return the item
                 @throws IllegalStateException never
                """);
        assertEquals("Reads one item.", doc.summary());
        assertEquals(
                "Looks it up by id, e.g. `42`,\nin the `store`.\n\nAnswers 404 when it is missing.", doc.description());
        assertEquals(Map.of("itemId", "the id of the item to read", "q", "an optional filter"), doc.params());
        assertEquals("the item", doc.returns());
    }

    @Test
    void theSummaryIsPlainTextAndTheWholeTextMarkdown() {
        Javadoc doc = Javadoc.parse(" Uses {@code cached = false} and {@link #read}. Then {@code more}.\n");
        assertEquals("Uses cached = false and read.", doc.summary());
        assertEquals("Uses `cached = false` and `read`.\n\nThen `more`.", doc.fullText());
    }

    @Test
    void aOneSentenceCommentHasNoDescription() {
        Javadoc doc = Javadoc.parse(" Deletes everything\n");
        assertEquals("Deletes everything", doc.summary());
        assertNull(doc.description());
        assertEquals("Deletes everything", doc.fullText());
    }

    @Test
    void aParagraphBreakEndsTheFirstSentenceToo() {
        Javadoc doc = Javadoc.parse(" Lists items\n\n Sorted by name.\n");
        assertEquals("Lists items", doc.summary());
        assertEquals("Sorted by name.", doc.description());
    }

    @Test
    void onlyBlockTagsMeansNoSummary() {
        Javadoc doc = Javadoc.parse(" @param a the {@literal <a>} value\n @deprecated use b\n");
        assertNull(doc.summary());
        assertNull(doc.fullText());
        assertEquals("the <a> value", doc.param("a"));
        assertNull(doc.param("b"));
    }

    @Test
    void linksShowTheirLabelOrTarget() {
        Javadoc doc = Javadoc.parse(" See {@link java.util.List#of() the factory} and {@link #read}. More.");
        assertEquals("See the factory and read.", doc.summary());
        assertEquals("See `the factory` and `read`.", doc.markdownSummary());
        assertEquals("More.", doc.description());
    }

    @Test
    void noCommentIsEmpty() {
        assertSame(Javadoc.EMPTY, Javadoc.parse(null));
        assertSame(Javadoc.EMPTY, Javadoc.parse("  \n"));
    }
}
