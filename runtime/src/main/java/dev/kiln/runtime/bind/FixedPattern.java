package dev.kiln.runtime.bind;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @Pattern} simple enough to match without {@code java.util.regex}, as {@code Matcher.matches()}
 * would: a sequence of ASCII characters and character classes between optional {@code ^} and {@code $}, each
 * a fixed number of times, or a range of times when it is the last or the next one takes none of its
 * characters. The kind of pattern constraints are mostly written with ({@code \d{5}},
 * {@code ^[A-Z]{3}-[0-9]{4}$}, {@code [a-z0-9_-]{3,16}}, {@code ^\+?[1-9]\d{1,14}$}): matching one
 * is a scan of the value, without a {@code Matcher} per value or the regex engine's steps (for {@code \d{5}}
 * on a valid value, 10–15 ns where a {@code Matcher} took 34; BENCHMARKS.md).
 *
 * <p>What it accepts: literal ASCII characters other than the regex's own ({@code .|?*+()[]{}^$\}), a
 * backslash before ASCII punctuation, {@code \d}, {@code \w} and {@code \s} (ASCII, as Java has them without
 * {@code UNICODE_CHARACTER_CLASS}), and classes {@code [...]} of those and of ranges {@code a-z}, with
 * {@code -} as a literal only first or last; quantifiers {@code {n}}, and {@code {n,m}}, {@code {n,}},
 * {@code ?}, {@code *}, {@code +} on the last element or on one followed by an element that needs at least
 * one character and shares none with it. Anything else ({@code .}, negated classes, groups, alternation,
 * lazy or possessive quantifiers, back-references, {@code \d+\w}) is left to {@code java.util.regex}:
 * {@link #of} returns {@code null}. Every class holds only ASCII, so a
 * surrogate or any other non-ASCII character matches none, as in Java's engine, which reads code points.
 * {@code FixedPatternTest} matches generated patterns and values against {@code java.util.regex}.
 */
final class FixedPattern {
    /** For each element, the characters 0–63 and 64–127 it takes, one bit each. */
    private final long[] low;

    private final long[] high;
    /** How many times each element comes, at least and at most. */
    private final int[] min;

    private final int[] max;

    private FixedPattern(List<long[]> sets, List<int[]> ranges) {
        int n = sets.size();
        low = new long[n];
        high = new long[n];
        min = new int[n];
        max = new int[n];
        for (int i = 0; i < n; i++) {
            low[i] = sets.get(i)[0];
            high[i] = sets.get(i)[1];
            min[i] = ranges.get(i)[0];
            max[i] = ranges.get(i)[1];
        }
    }

    /**
     * Whether all of {@code value} matches, as {@code Pattern.compile(regexp).matcher(value).matches()}: each
     * element takes as many characters as it can, up to its most. No element has a choice to undo: a fixed
     * count has none, and an element with a range of times is the last or is followed by one that needs at
     * least one character and takes none of this one's ({@link #of} sees to it), so stopping early would
     * leave that one a character it cannot take.
     */
    boolean matches(CharSequence value) {
        int length = value.length();
        int at = 0;
        for (int element = 0; element < min.length; element++) {
            int start = at;
            int limit = (int) Math.min(length, (long) at + max[element]);
            while (at < limit && takes(element, value.charAt(at))) {
                at++;
            }
            if (at - start < min[element]) {
                return false;
            }
        }
        return at == length;
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
            if (i < 0
                    || !sets.isEmpty()
                            && !followable(sets.get(sets.size() - 1), ranges.get(ranges.size() - 1), set, range)) {
                return null; // a bad quantifier, or an element whose count would depend on this one
            }
            sets.add(set);
            ranges.add(range);
        }
        return sets.isEmpty() ? null : new FixedPattern(sets, ranges);
    }

    /**
     * Whether an element can be followed by the next without a choice to undo (see {@link #matches}): it comes
     * a fixed number of times, or the next one needs a character and takes none of this one's.
     */
    private static boolean followable(long[] set, int[] range, long[] next, int[] nextRange) {
        return range[0] == range[1] || nextRange[0] >= 1 && (set[0] & next[0]) == 0 && (set[1] & next[1]) == 0;
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
