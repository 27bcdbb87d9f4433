package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Urlencoded forms decoded as Starlette decodes them (python-multipart's parser, then {@code unquote_plus}). */
class UrlEncodedFormTest {
    private static FormData parse(String body) {
        return UrlEncodedForm.parse(Buffer.buffer(body.getBytes(StandardCharsets.ISO_8859_1)), 1000);
    }

    @Test
    void fieldsRepeatedFieldsAndTheirOrder() {
        FormData form = parse("a=1&b=x+y&a=2&a=");
        assertEquals(List.of("1", "2", ""), form.fields("a"));
        assertEquals("x y", form.field("b"));
        // The last value is the field's value; an empty one counts as not sent.
        assertNull(form.field("a"));
        assertEquals("2", parse("a=1&a=2").field("a"));
        assertTrue(form.present());
        assertEquals(List.of(), form.fields("c"));
    }

    @Test
    void escapesAsPythonsUnquotePlus() {
        assertEquals("✓ é", parse("v=%E2%9C%93+%C3%A9").field("v"));
        assertEquals("100%", parse("v=100%").field("v"));
        assertEquals("%zz", parse("v=%zz").field("v"));
        assertEquals("\uFFFD", parse("v=%FF").field("v"));
        assertEquals("a=b", parse("v=a=b").field("v"));
        assertEquals("x", parse("na%6De=x").field("name"));
        // Raw bytes are Latin-1, as Starlette reads them.
        assertEquals("Ã©", UrlEncodedForm.parse(Buffer.buffer("v=é"), 10).field("v"));
    }

    @Test
    void separatorsAndPiecesWithoutEquals() {
        FormData form = parse("&&a=1&&flag&b;c=2&last");
        assertEquals("1", form.field("a"));
        assertEquals(List.of(""), form.fields("flag"));
        assertEquals("2", form.field("b;c"));
        // python-multipart drops a last piece without '=' (it never ends the field).
        assertEquals(List.of(), form.fields("last"));
        assertEquals(List.of(), parse("").fields(""));
        assertEquals("v", parse("=v").field(""));
    }

    @Test
    void moreFieldsThanTheLimitIsNull() {
        assertEquals(
                3,
                UrlEncodedForm.parse(Buffer.buffer("a=1&a=2&b&c=3"), 4)
                                .fields("a")
                                .size()
                        + 1);
        assertNull(UrlEncodedForm.parse(Buffer.buffer("a=1&a=2&b&c=3"), 3));
        assertEquals(List.of(), UrlEncodedForm.parse(Buffer.buffer(""), 0).fields("a"));
    }
}
