package dev.kiln.runtime.impl;

import dev.kiln.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The host's {@link Upload}: a file the request streamed to the upload directory, deleted after the response. */
record StoredUpload(String filename, String contentType, long size, Map<String, String> headers, Path path)
        implements Upload {
    @Override
    public byte[] bytes() throws IOException {
        return Files.readAllBytes(path);
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public String toString() {
        return "Upload[" + filename + ", " + contentType + ", " + size + " bytes]";
    }
}
