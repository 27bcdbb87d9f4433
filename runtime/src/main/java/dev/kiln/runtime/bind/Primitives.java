package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The reads of a generated reader's primitive members ({@code int age} of a record or a bean): the value in
 * front of the parser as the member's {@code Binders} constant binds it, without a box. The common token
 * (a JSON number of the member's width, {@code true} or {@code false}) is read straight into the primitive;
 * every other token goes to the constant itself, exactly as it binds it (a string in lax mode, a float
 * for a whole number, {@code null}), and is unboxed. Like {@link Binder#fromParser}, a value that does not bind
 * is {@link Unbound}.
 *
 * <p>Generated code calls {@code int age = Primitives.readInt(p, errors);}.
 */
public final class Primitives {
    private Primitives() {}

    /** As {@link Binders#BOOLEAN}. */
    public static boolean readBoolean(JsonParser p, ValidationErrors errors) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return present(Binders.BOOLEAN.fromParser(p, errors));
    }

    /** As {@link Binders#BYTE}. */
    public static byte readByte(JsonParser p, ValidationErrors errors) throws IOException {
        return present(Binders.BYTE.fromParser(p, errors));
    }

    /** As {@link Binders#SHORT}. */
    public static short readShort(JsonParser p, ValidationErrors errors) throws IOException {
        return present(Binders.SHORT.fromParser(p, errors));
    }

    /** As {@link Binders#INT}: a JSON integer Jackson reads as an {@code int} is in range by its type. */
    public static int readInt(JsonParser p, ValidationErrors errors) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return present(Binders.INT.fromParser(p, errors));
    }

    /** As {@link Binders#LONG}: a JSON integer Jackson reads as an {@code int} or a {@code long} is in range. */
    public static long readLong(JsonParser p, ValidationErrors errors) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
        }
        return present(Binders.LONG.fromParser(p, errors));
    }

    /** As {@link Binders#FLOAT}. */
    public static float readFloat(JsonParser p, ValidationErrors errors) throws IOException {
        return present(Binders.FLOAT.fromParser(p, errors));
    }

    /**
     * As {@link Binders#DOUBLE}: any JSON number as Jackson reads it as a {@code double} (a finite double is
     * within the binder's {@code ±Double.MAX_VALUE}; one too large to be finite is infinite there too).
     */
    public static double readDouble(JsonParser p, ValidationErrors errors) throws IOException {
        if (p.currentToken().isNumeric()) {
            return p.getDoubleValue();
        }
        return present(Binders.DOUBLE.fromParser(p, errors));
    }

    /** As {@link Binders#CHAR}. */
    public static char readChar(JsonParser p, ValidationErrors errors) throws IOException {
        return present(Binders.CHAR.fromParser(p, errors));
    }

    /** {@code value}, or {@link Unbound} for {@code null}: a primitive member has no absent value to bind. */
    private static <T> T present(T value) {
        if (value == null) {
            throw Unbound.INSTANCE;
        }
        return value;
    }
}
