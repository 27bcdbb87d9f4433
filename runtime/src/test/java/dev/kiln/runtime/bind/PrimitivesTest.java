package dev.kiln.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each {@link Primitives} read gives what its {@code Binders} constant's streaming read gives, unboxed, or
 * refuses ({@link Unbound}) what that refuses: for every JSON value a member is commonly sent as, at the edges
 * of each type and beyond them, and in every lax form.
 */
class PrimitivesTest {
    @FunctionalInterface
    interface Read {
        Object from(JsonParser p, ValidationErrors errors) throws IOException;
    }

    private static final List<String> VALUES = List.of(
            "0",
            "-0",
            "-0.0",
            "1",
            "-1",
            "127",
            "128",
            "-129",
            "32767",
            "32768",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999",
            "1.5",
            "2.0",
            "1e3",
            "1e400",
            "-1e400",
            "3.4028236e38",
            "4.9e-324",
            "true",
            "false",
            "null",
            "\"5\"",
            "\" 7 \"",
            "\"x\"",
            "\"\"",
            "\"ab\"",
            "\"true\"",
            "\"NaN\"",
            "\"inf\"",
            "[]",
            "{}");

    @Test
    void everyReadBindsAsItsBinderBinds() throws IOException {
        Map<Binder<?>, Read> reads = Map.of(
                Binders.BOOLEAN, Primitives::readBoolean,
                Binders.BYTE, Primitives::readByte,
                Binders.SHORT, Primitives::readShort,
                Binders.INT, Primitives::readInt,
                Binders.LONG, Primitives::readLong,
                Binders.FLOAT, Primitives::readFloat,
                Binders.DOUBLE, Primitives::readDouble,
                Binders.CHAR, Primitives::readChar);
        int bound = 0;
        int refused = 0;
        for (Map.Entry<Binder<?>, Read> read : reads.entrySet()) {
            for (String value : VALUES) {
                Object expected = outcome(read.getKey()::fromParser, value);
                assertEquals(expected, outcome(read.getValue(), value), () -> read.getKey() + " of " + value);
                if (expected == Unbound.INSTANCE) {
                    refused++;
                } else {
                    bound++;
                }
            }
        }
        assertTrue(bound > 60 && refused > 60, "bound " + bound + ", refused " + refused);
    }

    /** What {@code read} gives for the JSON {@code value}, or {@link Unbound#INSTANCE} when it refuses it. */
    private static Object outcome(Read read, String value) throws IOException {
        try (JsonParser p = Json.mapper().getFactory().createParser(value)) {
            p.nextToken();
            Object result = read.from(p, new ValidationErrors(false));
            return result == null ? Unbound.INSTANCE : result;
        } catch (Unbound e) {
            return e;
        }
    }
}
