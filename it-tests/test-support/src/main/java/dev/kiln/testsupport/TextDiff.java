package dev.kiln.testsupport;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, for failure messages: what a reviewer would read in git. */
final class TextDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 200;
    /** Above this many cells the middle is shown as replaced rather than aligned line by line. */
    private static final long MAX_CELLS = 4_000_000;

    private TextDiff() {}

    /** {@code --- name (expected)}, {@code +++ name (actual)}, then {@code @@} hunks with three lines of context. */
    static String unified(String name, String expected, String actual) {
        List<Edit> edits = edits(lines(expected), lines(actual));
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).kind != ' ') {
                changes.add(k);
            }
        }
        StringBuilder out = new StringBuilder("--- " + name + " (expected)\n+++ " + name + " (actual)\n");
        int shown = 0;
        int c = 0;
        while (c < changes.size()) {
            int first = changes.get(c);
            int last = first;
            while (c + 1 < changes.size() && changes.get(c + 1) - last <= 2 * CONTEXT) {
                last = changes.get(++c);
            }
            c++;
            int from = Math.max(0, first - CONTEXT);
            int to = Math.min(edits.size(), last + CONTEXT + 1);
            int oldCount = 0;
            int newCount = 0;
            for (Edit edit : edits.subList(from, to)) {
                oldCount += edit.kind == '+' ? 0 : 1;
                newCount += edit.kind == '-' ? 0 : 1;
            }
            out.append("@@ -")
                    .append(edits.get(from).oldLine + 1)
                    .append(',')
                    .append(oldCount)
                    .append(" +")
                    .append(edits.get(from).newLine + 1)
                    .append(',')
                    .append(newCount)
                    .append(" @@\n");
            for (Edit edit : edits.subList(from, to)) {
                if (shown++ == MAX_LINES) {
                    return out.append("... (more differences)\n").toString();
                }
                out.append(edit.kind).append(edit.text).append('\n');
            }
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            out.append("(the final newline differs)\n");
        }
        return out.toString();
    }

    private record Edit(char kind, String text, int oldLine, int newLine) {}

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The edit script from {@code a} to {@code b}: common prefix and suffix, a longest common subsequence between. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            edits.add(new Edit(' ', a.get(k), k, k));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        middle(midA, midB, prefix, edits);
        for (int k = suffix; k > 0; k--) {
            edits.add(new Edit(' ', a.get(a.size() - k), a.size() - k, b.size() - k));
        }
        return edits;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            for (int k = 0; k < n; k++) {
                edits.add(new Edit('-', a.get(k), offset + k, offset));
            }
            for (int k = 0; k < m; k++) {
                edits.add(new Edit('+', b.get(k), offset + n, offset + k));
            }
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), offset + i, offset + j));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                // what was expected goes first, as in git's diffs
                edits.add(new Edit('-', a.get(i), offset + i, offset + j));
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), offset + i, offset + j));
                j++;
            }
        }
    }
}
