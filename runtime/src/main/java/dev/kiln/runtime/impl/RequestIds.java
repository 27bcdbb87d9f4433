package dev.kiln.runtime.impl;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids for {@code X-Request-Id}: a client's own id when it is safe to log and echo (1 to 128
 * letters, digits and {@code . _ : -}), else a new one, unique within the process and cheap to make.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final int MAX_LENGTH = 128;
    private static final String PREFIX =
            Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
    private static final AtomicLong NEXT = new AtomicLong();

    private RequestIds() {}

    /** {@code incoming} when it is safe, else a new id. */
    static String of(String incoming) {
        return incoming != null && safe(incoming) ? incoming : PREFIX + "-" + Long.toHexString(NEXT.incrementAndGet());
    }

    static boolean safe(String id) {
        int n = id.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
