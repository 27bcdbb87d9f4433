package dev.kiln.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link FixedPattern} against {@code java.util.regex}: the same answer for every pattern it takes. */
class FixedPatternTest {
    @Test
    void theUsualConstraintPatternsAreTakenAndMatchAsJavaDoes() {
        for (String regexp : List.of(
                "\\d{5}",
                "^[A-Z]{3}-[0-9]{4}$",
                "[a-z0-9_-]{3,16}",
                "^\\w+$",
                "[-+]\\d{1,9}",
                "[-+]?\\d+",
                "^\\+?[1-9]\\d{1,14}$",
                "a+b{2}a",
                "\\d{3}\\.\\d+",
                "[\\]]",
                "[\\--/]x*",
                "a$",
                "^ab?",
                "\\s{2}")) {
            FixedPattern fixed = FixedPattern.of(regexp);
            assertNotNull(fixed, regexp);
            for (String value : List.of(
                    "",
                    "12345",
                    "1234",
                    "123456",
                    "ABC-1234",
                    "ABC-12345",
                    "abc_-9",
                    "ab",
                    "a\n",
                    "a",
                    "ab",
                    "-12",
                    "+123456789",
                    "123.4",
                    "123.",
                    "]",
                    "-x",
                    "/xxx",
                    " \t",
                    "\u00e9",
                    "12\uD83D\uDE00")) {
                assertEquals(
                        Pattern.compile(regexp).matcher(value).matches(), fixed.matches(value), regexp + " " + value);
            }
        }
    }

    @Test
    void patternsItCannotMatchAreLeftToTheRegexEngine() {
        for (String regexp : List.of(
                "",
                "^$",
                ".",
                "a.b",
                "a|b",
                "(ab)",
                "[^a]",
                "a+a",
                "\\d+\\w",
                "a*b?c",
                "[a-z]{2,}[x-z]",
                "a*?",
                "a{2}+",
                "(a)\\1",
                "\\p{L}",
                "[a-z&&[^x]]",
                "\\bfoo",
                "\\n",
                "[a-\\d]",
                "[a-c-e]",
                "a{2}{3}",
                "\u00e9",
                "[\u00e9]",
                "a$b")) {
            assertNull(FixedPattern.of(regexp), regexp);
        }
    }

    private static final String[] LITERALS = {"a", "Z", "0", "-", "_", " ", "@", ":", "\\.", "\\-", "\\+", "\\$", "\\\\"
    };
    private static final String[] CLASSES = {
        "\\d", "\\w", "\\s", "[a-z]", "[A-Z0-9]", "[a-z0-9_-]", "[-+]", "[\\.\\-]", "[ -/]", "[xyz]", "[0-9a-fA-F]"
    };

    @Test
    void generatedPatternsMatchAsJavaDoes() {
        SplittableRandom random = new SplittableRandom(20261203);
        int matched = 0;
        int values = 0;
        int taken = 0;
        for (int p = 0; p < 3_000; p++) {
            List<String> elements = new ArrayList<>();
            List<Integer> times = new ArrayList<>();
            StringBuilder regexp = new StringBuilder(random.nextBoolean() ? "^" : "");
            boolean rangeBeforeLast = false;
            int size = 1 + random.nextInt(4);
            for (int e = 0; e < size; e++) {
                String element = random.nextBoolean()
                        ? LITERALS[random.nextInt(LITERALS.length)]
                        : CLASSES[random.nextInt(CLASSES.length)];
                int[] range = random.nextInt(e == size - 1 ? 2 : 4) == 0
                        ? new int[] {random.nextInt(3), random.nextBoolean() ? 3 + random.nextInt(3) : -1}
                        : new int[] {random.nextInt(4), -2};
                regexp.append(element).append(quantifier(range));
                rangeBeforeLast |= e < size - 1 && range[1] != -2;
                elements.add(element);
                times.add(range[0] + (range[1] == -2 ? 0 : random.nextInt(3)));
            }
            if (random.nextBoolean()) {
                regexp.append('$');
            }
            Pattern pattern = Pattern.compile(regexp.toString());
            FixedPattern fixed = FixedPattern.of(regexp.toString());
            if (fixed == null) {
                // only a range of times before the last element can be refused (when the next one may take
                // its characters, or none): java.util.regex's
                assertTrue(rangeBeforeLast, regexp::toString);
                continue;
            }
            taken++;
            for (int v = 0; v < 40; v++) {
                String value = v % 2 == 0 ? nearMatch(random, elements, times) : noise(random);
                boolean expected = pattern.matcher(value).matches();
                assertEquals(expected, fixed.matches(value), () -> regexp + " on " + value);
                matched += expected ? 1 : 0;
                values++;
            }
        }
        assertTrue(taken > 2_000, "too few generated patterns taken: " + taken);
        assertTrue(matched > values / 5, "too few values match to tell anything: " + matched + " of " + values);
    }

    /** {min, -2}: exactly min times; {min, -1}: at least; {min, max}. Written in one of its spellings. */
    private static String quantifier(int[] range) {
        if (range[1] == -2) {
            return range[0] == 1 ? "" : "{" + range[0] + "}";
        }
        if (range[1] == -1) {
            return range[0] == 0 ? "*" : range[0] == 1 ? "+" : "{" + range[0] + ",}";
        }
        return range[0] == 0 && range[1] == 1 ? "?" : "{" + range[0] + "," + range[1] + "}";
    }

    private static final String ALPHABET = "aZz0959_- @:.+$\\/\t\n\r\u000Bx\u00e9\uD83D\uDE00";

    /** As many characters as each element takes, each one it takes; sometimes one changed: close calls. */
    private static String nearMatch(SplittableRandom random, List<String> elements, List<Integer> times) {
        StringBuilder value = new StringBuilder();
        for (int e = 0; e < elements.size(); e++) {
            Pattern one = Pattern.compile(elements.get(e));
            for (int k = times.get(e); k > 0; k--) {
                for (int tries = 0; tries < 50; tries++) {
                    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                    if (one.matcher(String.valueOf(c)).matches()) {
                        value.append(c);
                        break;
                    }
                }
            }
        }
        if (value.length() > 0 && random.nextInt(4) == 0) {
            value.setCharAt(random.nextInt(value.length()), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }

    private static String noise(SplittableRandom random) {
        StringBuilder value = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
            value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }
}
