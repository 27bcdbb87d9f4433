package dev.kiln;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * A file uploaded in a {@code multipart/form-data} request, bound by {@link File @File} (FastAPI's
 * {@code UploadFile}).
 *
 * <p>Kiln streams every file to a temporary file on disk while the request is read, before the
 * operation runs, so memory stays flat whatever the file's size. The file lives in the app's upload
 * directory ({@code App.uploadDirectory}) until the response was sent (or the request failed); then it
 * is deleted. To keep it, move {@link #path()} elsewhere during the operation.
 *
 * <p>{@link #bytes()} and {@link #open()} read the disk: they block, so call them from an operation
 * that runs on a worker (or move the work there); Kiln's blocking check reports them in event-loop
 * code.
 */
public interface Upload {
    /** The file name the client sent ({@code filename} of the part's {@code Content-Disposition}). */
    String filename();

    /**
     * The part's {@code Content-Type}; {@code application/octet-stream} when the client sent none
     * (Netty's multipart decoder fills it in).
     */
    String contentType();

    /** The size of the file in bytes. */
    long size();

    /**
     * The part's headers, looked up case-insensitively: {@code content-disposition},
     * {@code content-type} and, when sent, {@code content-transfer-encoding} (the decoder keeps no
     * other part header).
     */
    Map<String, String> headers();

    /** The absolute path of the temporary file holding the contents; deleted after the response. */
    Path path();

    /** Reads the whole file into memory (at most {@code App.maxUploadSize} bytes). Blocks. */
    byte[] bytes() throws IOException;

    /** Opens the file for reading; the caller closes the stream. Blocks. */
    InputStream open() throws IOException;
}
