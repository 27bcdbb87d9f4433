package dev.kiln.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void javaNamesBecomeTitlesLikePythonNamesInFastApi() {
        assertEquals("Item Id", Titles.fromName("itemId"));
        assertEquals("Item Id", Titles.fromName("item_id"));
        assertEquals("Read Item", Titles.fromName("readItem"));
        assertEquals("User-Agent", Titles.fromName("user-agent"));
        assertEquals("Q", Titles.fromName("q"));
        assertEquals("Get URL", Titles.fromName("getURL"));
    }
}
