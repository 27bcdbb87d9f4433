package dev.kiln.it.streams;

/** One streamed item. */
public record StreamItem(int n, String name) {
    /** StreamItem {@code n}, its name padded to {@code size} characters (for streams that must fill buffers). */
    public static StreamItem numbered(int n, int size) {
        String name = "item " + n;
        return new StreamItem(n, size > name.length() ? name + ".".repeat(size - name.length()) : name);
    }
}
