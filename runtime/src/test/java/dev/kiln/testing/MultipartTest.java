package dev.kiln.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartTest {
    @Test
    void writesTheFormAsABrowserDoes() {
        Multipart form = Multipart.create()
                .field("name", "Ada")
                .file("avatar", "a \"b\".png", "image/png", new byte[] {1, 2})
                .file("notes", "n.txt", null, "hi".getBytes(StandardCharsets.UTF_8));
        String b = form.boundary();
        assertEquals("multipart/form-data; boundary=" + b, form.contentType());
        assertEquals(
                "--" + b + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n"
                        + "--" + b
                        + "\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"a %22b%22.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n\u0001\u0002\r\n"
                        + "--" + b
                        + "\r\nContent-Disposition: form-data; name=\"notes\"; filename=\"n.txt\"\r\n\r\nhi\r\n"
                        + "--" + b + "--\r\n",
                new String(form.toBytes(), StandardCharsets.ISO_8859_1));
        assertTrue(b.startsWith("kiln-"));
        assertNotEquals(b, Multipart.create().boundary());
    }
}
