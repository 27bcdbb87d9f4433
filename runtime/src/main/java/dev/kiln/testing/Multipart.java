package dev.kiln.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body for {@link TestClient#multipart(String, Multipart)}: fields and
 * files in the order added, as a browser sends a form.
 *
 * <pre>{@code
 * client.multipart("/profile", Multipart.create()
 *         .field("name", "Ada")
 *         .file("avatar", "ada.png", "image/png", pngBytes));
 * }</pre>
 */
public final class Multipart {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final List<byte[]> parts = new ArrayList<>();

    private Multipart(String boundary) {
        this.boundary = boundary;
    }

    /** An empty form with a random boundary. */
    public static Multipart create() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return new Multipart("kiln-" + HexFormat.of().formatHex(random));
    }

    /** Adds a field; add the same name again to repeat it. */
    public Multipart field(String name, String value) {
        Objects.requireNonNull(value, "value");
        parts.add(part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Adds a file; add the same name again for several files under one name. */
    public Multipart file(String name, String filename, String contentType, byte[] content) {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
        parts.add(part(name, filename, contentType, content));
        return this;
    }

    /** {@code multipart/form-data; boundary=...}. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The boundary between the parts. */
    public String boundary() {
        return boundary;
    }

    /** The body: every part, then the closing boundary. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private byte[] part(String name, String filename, String contentType, byte[] content) {
        Objects.requireNonNull(name, "name");
        StringBuilder head = new StringBuilder("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(escape(name))
                .append('"');
        if (filename != null) {
            head.append("; filename=\"").append(escape(filename)).append('"');
        }
        head.append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** As browsers write names in a part header (the HTML standard): quote, CR and LF percent-encoded. */
    private static String escape(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
