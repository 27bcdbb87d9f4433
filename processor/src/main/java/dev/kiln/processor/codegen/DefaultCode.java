package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.DefaultLiterals;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.TypeShape;

/**
 * A {@code @Default} as a Java expression: {@code 10}, {@code "x"}, {@code Color.RED},
 * {@code LocalDate.parse("...")}.
 */
final class DefaultCode {
    private DefaultCode() {}

    /** The expression of a default that passed validation. */
    static CodeBlock of(DefaultValue value, TypeShape shape) {
        DefaultLiterals.Result result = DefaultLiterals.parse(value.text(), shape);
        if (!result.ok()) {
            throw new IllegalStateException("an invalid default reached code generation: " + value.text());
        }
        Object parsed = result.parsed().value();
        if (shape instanceof TypeShape.EnumShape enumShape) {
            return CodeBlock.of("$T.$N", ClassName.get(enumShape.element()), (String) parsed);
        }
        TypeShape.Simple simple = (TypeShape.Simple) shape;
        ClassName type = ClassName.bestGuess(simple.kind().className());
        return switch (simple.kind()) {
            case BOOLEAN, INT -> CodeBlock.of("$L", parsed);
            case BYTE -> CodeBlock.of("(byte) $L", parsed);
            case SHORT -> CodeBlock.of("(short) $L", parsed);
            case LONG -> CodeBlock.of("$LL", parsed);
            case FLOAT -> CodeBlock.of("$Lf", parsed);
            case DOUBLE -> CodeBlock.of("$L", parsed);
            case CHAR -> CodeBlock.of("$L", charLiteral((Character) parsed));
            case STRING -> CodeBlock.of("$S", parsed);
            case UUID -> CodeBlock.of("$T.fromString($S)", type, parsed.toString());
            case BIG_DECIMAL, BIG_INTEGER -> CodeBlock.of("new $T($S)", type, parsed.toString());
            case LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT ->
                CodeBlock.of("$T.parse($S)", type, parsed.toString());
        };
    }

    private static String charLiteral(char c) {
        return switch (c) {
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            case '\n' -> "'\\n'";
            case '\r' -> "'\\r'";
            case '\t' -> "'\\t'";
            default -> c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("'\\u%04x'", (int) c);
        };
    }
}
