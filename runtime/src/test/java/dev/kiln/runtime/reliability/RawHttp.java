package dev.kiln.runtime.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 client over one socket: sends exactly the bytes it is given and reads one answer
 * back, so tests can say things no well-behaved client would (a {@code Host} of their choosing, too).
 */
public final class RawHttp implements AutoCloseable {
    /** One answer: {@code status} -1 when the connection ended without one. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RawHttp(int port, int timeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends one request on a fresh connection and reads its answer. */
    public static Answer once(int port, String request) throws IOException {
        try (RawHttp http = new RawHttp(port, 10_000)) {
            http.send(request);
            return http.read();
        }
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    public void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /**
     * Reads one answer: the status line, the headers, a {@code Content-Length} body. A connection that
     * ends (or is reset) before a status line gives status -1; a read timeout is thrown.
     */
    public Answer read() throws IOException {
        String head;
        try {
            head = readHead();
        } catch (SocketTimeoutException timeout) {
            throw timeout;
        } catch (IOException reset) {
            return new Answer(-1, Map.of(), "");
        }
        if (head == null) {
            return new Answer(-1, Map.of(), "");
        }
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        // Not only "HTTP/1.x": an answer in another version is what a broken server sends; the tests say so.
        if (statusLine.length < 2 || !statusLine[0].contains("/") || !statusLine[1].matches("\\d{3}")) {
            throw new IOException("not a status line (a HEAD answer's body length?): " + lines[0]);
        }
        int status = Integer.parseInt(statusLine[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        String length = headers.get("content-length");
        byte[] body = new byte[length == null ? 0 : Integer.parseInt(length)];
        int read = 0;
        while (read < body.length) {
            int n = in.read(body, read, body.length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return new Answer(status, headers, new String(body, 0, read, StandardCharsets.UTF_8));
    }

    /** Whether the server closed the connection (EOF or reset) within the socket's timeout. */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return head.size() == 0 ? null : head.toString(StandardCharsets.ISO_8859_1);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        byte[] bytes = head.toByteArray();
        return new String(bytes, 0, bytes.length - 4, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
