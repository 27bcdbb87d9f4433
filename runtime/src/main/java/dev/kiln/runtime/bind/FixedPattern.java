package dev.kiln.runtime.bind;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @Pattern} simple enough to match without {@code java.util.regex}, as {@code Matcher.matches()}
 * would: a sequence of ASCII characters and character classes, each a fixed number of times, the last one
 * possibly a range of times, between optional {@code ^} and {@code $}. The kind of pattern constraints are
 * mostly written with ({@code \d{5}}, {@code ^[A-Z]{3}-[0-9]{4}$}, {@code [a-z0-9_-]{3,16}}): matching one
 * is a scan of the value, without a {@code Matcher} per value or the regex engine's steps (for {@code \d{5}}
 * on a valid value, about 8 ns where a {@code Matcher} took 34; BENCHMARKS.md).
 *
 * <p>What it accepts: literal ASCII characters other than the regex's own ({@code .|?*+()[]{}^$\}), a
 * backslash before ASCII punctuation, {@code \d}, {@code \w} and {@code \s} (ASCII, as Java has them without
 * {@code UNICODE_CHARACTER_CLASS}), and classes {@code [...]} of those and of ranges {@code a-z}, with
 * {@code -} as a literal only first or last; quantifiers {@code {n}} anywhere and {@code {n,m}}, {@code {n,}},
 * {@code ?}, {@code *}, {@code +} on the last element. Anything else ({@code .}, negated classes, groups,
 * alternation, lazy or possessive quantifiers, back-references, a range of times before the last element)
 * is left to {@code java.util.regex}: {@link #of} returns {@code null}. Every class holds only ASCII, so a
 * surrogate or any other non-ASCII character matches none, as in Java's engine, which reads code points.
 * {@code FixedPatternTest} matches generated patterns and values against {@code java.util.regex}.
 */
final class FixedPattern {
    /** For each element, the characters 0–63 and 64–127 it takes, one bit each. */
    private final long[] low;

    private final long[] high;
    /** How many times each element but the last comes: a fixed count. */
    private final int[] counts;
    /** Characters taken by all elements but the last. */
    private final int fixed;

    private final int lastMin;
    private final int lastMax;

    private FixedPattern(List<long[]> sets, List<int[]> ranges) {
        int n = sets.size();
        low = new long[n];
        high = new long[n];
        counts = new int[n - 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            low[i] = sets.get(i)[0];
            high[i] = sets.get(i)[1];
            if (i < n - 1) {
                counts[i] = ranges.get(i)[0];
                total += counts[i];
            }
        }
        fixed = total;
        lastMin = ranges.get(n - 1)[0];
        lastMax = ranges.get(n - 1)[1];
    }

    /** Whether all of {@code value} matches, as {@code Pattern.compile(regexp).matcher(value).matches()}. */
    boolean matches(CharSequence value) {
        int length = value.length();
        int rest = length - fixed;
        if (rest < lastMin || rest > lastMax) {
            return false;
        }
        int at = 0;
        for (int element = 0; element < counts.length; element++) {
            for (int end = at + counts[element]; at < end; at++) {
                if (!takes(element, value.charAt(at))) {
                    return false;
                }
            }
        }
        int last = counts.length;
        for (; at < length; at++) {
            if (!takes(last, value.charAt(at))) {
                return false;
            }
        }
        return true;
    }

    private boolean takes(int element, char c) {
        return c < 64 ? (low[element] & 1L << c) != 0 : c < 128 && (high[element] & 1L << (c - 64)) != 0;
    }

    private static final int MAX_COUNT = 10_000;

    /** The pattern, or {@code null} when {@code regexp} is not one this class matches (see above). */
    static FixedPattern of(String regexp) {
        List<long[]> sets = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int n = regexp.length();
        int i = regexp.startsWith("^") ? 1 : 0;
        while (i < n) {
            char c = regexp.charAt(i);
            if (c == '$' && i == n - 1) {
                break;
            }
            long[] set = {0, 0};
            if (c == '[') {
                i = parseClass(regexp, i + 1, set);
            } else if (c == '\\') {
                if (i + 1 >= n || !escape(regexp.charAt(i + 1), set)) {
                    return null;
                }
                i += 2;
            } else if (literal(c)) {
                add(set, c);
                i++;
            } else {
                return null;
            }
            if (i < 0) {
                return null;
            }
            int[] range = {1, 1};
            i = parseQuantifier(regexp, i, range);
            if (i < 0 || !ranges.isEmpty() && ranges.get(ranges.size() - 1)[0] != ranges.get(ranges.size() - 1)[1]) {
                return null; // a bad quantifier, or a range of times before this element
            }
            sets.add(set);
            ranges.add(range);
        }
        return sets.isEmpty() ? null : new FixedPattern(sets, ranges);
    }

    /** Reads the class whose first element is at {@code i} into {@code set}; the index after its {@code ]}, or -1. */
    private static int parseClass(String regexp, int i, long[] set) {
        int n = regexp.length();
        int start = i;
        while (i < n && regexp.charAt(i) != ']') {
            char c = regexp.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return -1;
                }
                char escaped = regexp.charAt(i + 1);
                if (punctuation(escaped) && rangeAt(regexp, i + 2)) {
                    int end = rangeEnd(regexp, i + 3);
                    if (end < 0 || !addRange(set, escaped, regexp.charAt(end - 1))) {
                        return -1;
                    }
                    i = end;
                } else if (escape(escaped, set)) {
                    i += 2;
                } else {
                    return -1;
                }
            } else if (c == '-') {
                // a literal only first or last: elsewhere Java reads it as a range or rejects it
                if (i != start && i + 1 < n && regexp.charAt(i + 1) != ']') {
                    return -1;
                }
                add(set, c);
                i++;
            } else if (c == '[' || c == '&' || c == '^' && i == start || c < ' ' || c > '~') {
                return -1; // nested or intersected classes, negation, controls, non-ASCII
            } else if (rangeAt(regexp, i + 1)) {
                int end = rangeEnd(regexp, i + 2);
                if (end < 0 || !addRange(set, c, regexp.charAt(end - 1))) {
                    return -1;
                }
                i = end;
            } else {
                add(set, c);
                i++;
            }
        }
        return i < n && i > start ? i + 1 : -1;
    }

    /** Whether a range's {@code -} is at {@code i}: followed by something other than the class's end. */
    private static boolean rangeAt(String regexp, int i) {
        return i + 1 < regexp.length() && regexp.charAt(i) == '-' && regexp.charAt(i + 1) != ']';
    }

    /** The index after a range's upper end starting at {@code i} (a plain or escaped punctuation character), or -1. */
    private static int rangeEnd(String regexp, int i) {
        char c = regexp.charAt(i);
        if (c == '\\') {
            return i + 1 < regexp.length() && punctuation(regexp.charAt(i + 1)) ? i + 2 : -1;
        }
        return c >= ' ' && c <= '~' && c != '[' && c != '&' && c != '-' ? i + 1 : -1;
    }

    /** Reads an optional quantifier at {@code i} into {@code range}; the index after it, or -1. */
    private static int parseQuantifier(String regexp, int i, int[] range) {
        int n = regexp.length();
        if (i >= n) {
            return i;
        }
        char c = regexp.charAt(i);
        int next;
        switch (c) {
            case '?' -> {
                range[0] = 0;
                next = i + 1;
            }
            case '*' -> {
                range[0] = 0;
                range[1] = Integer.MAX_VALUE;
                next = i + 1;
            }
            case '+' -> {
                range[1] = Integer.MAX_VALUE;
                next = i + 1;
            }
            case '{' -> {
                int close = regexp.indexOf('}', i);
                if (close < 0) {
                    return -1;
                }
                String inside = regexp.substring(i + 1, close);
                int comma = inside.indexOf(',');
                String min = comma < 0 ? inside : inside.substring(0, comma);
                String max = comma < 0 ? inside : inside.substring(comma + 1);
                if (!count(min) || !max.isEmpty() && !count(max)) {
                    return -1;
                }
                range[0] = Integer.parseInt(min);
                range[1] = max.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(max);
                if (range[1] < range[0]) {
                    return -1;
                }
                next = close + 1;
            }
            default -> {
                return i;
            }
        }
        // lazy and possessive forms are left to java.util.regex
        return next < n && (regexp.charAt(next) == '?' || regexp.charAt(next) == '+') ? -1 : next;
    }

    private static boolean count(String digits) {
        if (digits.isEmpty() || digits.length() > 5) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(digits) <= MAX_COUNT;
    }

    /** {@code \d}, {@code \w}, {@code \s} or an escaped punctuation character into {@code set}; false for others. */
    private static boolean escape(char c, long[] set) {
        switch (c) {
            case 'd' -> addRange(set, '0', '9');
            case 'w' -> {
                addRange(set, 'a', 'z');
                addRange(set, 'A', 'Z');
                addRange(set, '0', '9');
                add(set, '_');
            }
            case 's' -> {
                for (char space : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    add(set, space);
                }
            }
            default -> {
                if (!punctuation(c)) {
                    return false; // \n, \b, \1, \p{...}, ...: meanings of their own
                }
                add(set, c);
            }
        }
        return true;
    }

    /** ASCII that a backslash makes literal: printable, neither a letter nor a digit. */
    private static boolean punctuation(char c) {
        return c >= ' ' && c <= '~' && !Character.isLetterOrDigit(c);
    }

    /** A character that stands for itself outside a class. */
    private static boolean literal(char c) {
        return c >= ' ' && c <= '~' && ".|?*+()[]{}^$\\".indexOf(c) < 0;
    }

    private static boolean addRange(long[] set, char from, char to) {
        if (from > to) {
            return false;
        }
        for (char c = from; c <= to; c++) {
            add(set, c);
        }
        return true;
    }

    private static void add(long[] set, char c) {
        set[c >> 6] |= 1L << (c & 63);
    }
}
