package dev.kiln.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket client over a plain socket that writes frames byte for byte, as no library would let a
 * test: any first byte (FIN, RSV bits, opcode), masked or not, any declared length. Reads the server's
 * frames back one at a time.
 */
final class RawWebSocket implements AutoCloseable {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;
    static final int FIN = 0x80;

    private static final byte[] MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};

    /** One frame from the server; {@code opcode} -1 when the connection ended instead; {@code rsv} its RSV bits. */
    record Frame(int opcode, boolean fin, int rsv, byte[] payload) {
        /** A close frame's status code, or -1. */
        int closeCode() {
            return opcode == CLOSE && payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    final Socket socket;
    /** The server's 101 answer, its head. */
    String handshake;

    private final InputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects and upgrades; fails unless the server answers 101. */
    static RawWebSocket open(int port, String path) throws IOException {
        return open(port, path, "");
    }

    /**
     * Connects and upgrades with more header lines ({@code "Name: value\r\n"} each); fails unless the
     * server answers 101.
     */
    static RawWebSocket open(int port, String path, String headers) throws IOException {
        return open(port, null, path, headers);
    }

    /**
     * Connects, sends a plain {@code GET plainPath} and reads its answer (whatever its status), then
     * upgrades on the same keep-alive connection as {@link #open(int, String, String)} does.
     */
    static RawWebSocket openAfterRequest(int port, String plainPath, String path, String headers) throws IOException {
        return open(port, plainPath, path, headers);
    }

    private static RawWebSocket open(int port, String plainPath, String path, String headers) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        // Longer than Vert.x's WebSocket closing timeout (10 s): after a close Kiln starts (1009, 1007) the
        // server waits that long for the client's close frame before it closes the connection.
        socket.setSoTimeout(20_000);
        socket.setTcpNoDelay(true);
        RawWebSocket ws = new RawWebSocket(socket);
        if (plainPath != null) {
            ws.out.write(
                    ("GET " + plainPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            ws.out.flush();
            String plain = ws.readHead();
            int length = 0;
            for (String line : plain.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            ws.in.readNBytes(length);
        }
        ws.out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + headers
                        + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        ws.out.flush();
        String answer = ws.readHead();
        if (!answer.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("not upgraded: " + answer);
        }
        ws.handshake = answer;
        return ws;
    }

    /** An answer's head, up to and with its blank line. */
    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** A frame with this first byte (FIN, RSV and opcode bits) and payload, masked unless told not to. */
    static byte[] frame(int firstByte, boolean masked, byte[] payload) {
        return frame(firstByte, masked, payload.length, payload);
    }

    /** A frame whose header declares {@code declaredLength}, followed by {@code payload} (which may be shorter). */
    static byte[] frame(int firstByte, boolean masked, long declaredLength, byte[] payload) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(firstByte);
        int maskBit = masked ? 0x80 : 0;
        if (declaredLength < 126) {
            frame.write(maskBit | (int) declaredLength);
        } else if (declaredLength <= 0xffff) {
            frame.write(maskBit | 126);
            frame.write((int) (declaredLength >> 8));
            frame.write((int) declaredLength);
        } else {
            frame.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) (declaredLength >> shift));
            }
        }
        if (masked) {
            frame.writeBytes(MASK);
        }
        for (int i = 0; i < payload.length; i++) {
            frame.write(masked ? payload[i] ^ MASK[i % 4] : payload[i]);
        }
        return frame.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends one masked frame. */
    void send(int firstByte, byte[] payload) throws IOException {
        send(frame(firstByte, true, payload));
    }

    /** Reads one frame; opcode -1 when the server closed or reset the connection. */
    Frame read() throws IOException {
        try {
            int first = readByte();
            int second = readByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = (readByte() << 8) | readByte();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | readByte();
                }
            }
            byte[] payload = in.readNBytes((int) length);
            return new Frame(first & 0x0f, (first & FIN) != 0, (first >> 4) & 0x7, payload);
        } catch (EOFException | SocketException ended) {
            return new Frame(-1, true, 0, new byte[0]);
        }
    }

    /** Reads frames until one with {@code opcode} (or the end of the connection), skipping the others. */
    Frame readUntil(int opcode) throws IOException {
        Frame frame = read();
        while (frame.opcode() != opcode && frame.opcode() != -1) {
            frame = read();
        }
        return frame;
    }

    /** Whether the server ended the connection (EOF or reset) within the socket's timeout. */
    boolean closedByServer() throws IOException {
        return readUntil(-2).opcode() == -1;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
