package dev.kiln.runtime.impl;

/**
 * Reads a {@code Range} request header (RFC 9110, section 14) for a representation of {@code size}
 * bytes. One range is served ({@code 206}); a header that is not a valid {@code bytes} range, or asks
 * for several ranges, is ignored and the whole file is sent ({@code 200}), which the RFC allows and
 * which keeps a header of thousands of overlapping ranges (the Apache "Range DoS") as cheap as any
 * other; a range that starts past the end is unsatisfiable ({@code 416}).
 *
 * <p>Starlette answers a malformed header {@code 400} and serves several ranges as
 * {@code multipart/byteranges}; both are allowed, and Kiln takes the cheaper path of the RFC.
 */
final class ByteRanges {
    /** What a {@code Range} header asks for. */
    sealed interface Result permits Whole, Unsatisfiable, Part {}

    /** Send the whole representation: no header, a malformed one, or several ranges. */
    record Whole() implements Result {}

    /** {@code 416}: no byte of the requested range exists. */
    record Unsatisfiable() implements Result {}

    /**
     * {@code 206}: the bytes {@code first..last}, both included.
     *
     * @param first the first byte
     * @param last  the last byte
     */
    record Part(long first, long last) implements Result {
        long length() {
            return last - first + 1;
        }
    }

    static final Result WHOLE = new Whole();
    static final Result UNSATISFIABLE = new Unsatisfiable();

    private ByteRanges() {}

    /** What {@code header} asks of {@code size} bytes. */
    static Result parse(String header, long size) {
        if (header == null) {
            return WHOLE;
        }
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0 || !value.substring(0, equals).strip().equalsIgnoreCase("bytes")) {
            return WHOLE;
        }
        String spec = value.substring(equals + 1).strip();
        if (spec.indexOf(',') >= 0) {
            return WHOLE;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return WHOLE;
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        if (from.isEmpty()) {
            // A suffix: the last n bytes.
            long n = number(to);
            if (n < 0) {
                return WHOLE;
            }
            if (n == 0 || size == 0) {
                return UNSATISFIABLE;
            }
            return new Part(Math.max(0, size - n), size - 1);
        }
        long first = number(from);
        long last = to.isEmpty() ? Long.MAX_VALUE : number(to);
        if (first < 0 || last < 0 || last < first) {
            return WHOLE;
        }
        if (first >= size) {
            return UNSATISFIABLE;
        }
        return new Part(first, Math.min(last, size - 1));
    }

    /** A non-negative decimal, or -1 when it is not one (or overflows). */
    private static long number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
