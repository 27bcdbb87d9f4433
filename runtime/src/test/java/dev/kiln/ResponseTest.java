package dev.kiln;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bodies a {@link Response} can carry besides JSON, and Starlette's {@code Content-Disposition} rule. */
class ResponseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "report.pdf        | attachment; filename=\"report.pdf\"",
                "dir/a-b_c~.txt    | attachment; filename=\"dir/a-b_c~.txt\"",
                "my report.pdf     | attachment; filename*=utf-8''my%20report.pdf",
                "résumé.pdf        | attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf",
                "a\"b.txt          | attachment; filename*=utf-8''a%22b.txt",
            })
    void aDownloadNamesItsFileAsStarletteDoes(String filename, String header) {
        Response<Void> download = Response.download(Path.of("x.bin"), filename);
        assertEquals(header, download.headers().get(0).getValue());
        assertEquals("Content-Disposition", download.headers().get(0).getKey());
    }

    @Test
    void aDownloadsTypeComesFromItsName() {
        assertEquals(
                "application/pdf", Response.download(Path.of("blob"), "a.pdf").mediaType());
        assertNull(Response.file(Path.of("a.pdf")).mediaType());
    }

    @Test
    void bytesKeepTheirMediaTypeAndStatus() {
        Response<Object> png = Response.status(201).header("X-A", "1").bytes(new byte[] {1, 2}, "image/png");
        assertEquals(201, png.status());
        assertEquals("image/png", png.mediaType());
        assertEquals(2, png.bytes().length);
        assertNull(png.body());
    }
}
