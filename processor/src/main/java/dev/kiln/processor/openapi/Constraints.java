package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiConstraints;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.ApiSchema.Kind;
import java.math.BigDecimal;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jakarta Bean Validation constraints as JSON Schema keywords, the ones Pydantic writes for its
 * equivalents ({@code Field(ge=..., max_length=..., pattern=...)}, {@code EmailStr}). A constraint
 * that does not apply to the schema's kind (a {@code @Size} on a number) is left out: javac or the
 * validation checks report it, the document just does not claim it.
 */
final class Constraints {
    private Constraints() {}

    /** {@code schema} with the constraints in {@code annotations} applied to its non-null part. */
    static ApiSchema apply(ApiSchema schema, AnnotationSet annotations) {
        Map<String, AnnotationMirror> found = annotations.constraints();
        if (found.isEmpty()) {
            return schema;
        }
        ApiConstraints c = schema.constraints();
        String format = schema.format();
        Kind kind = schema.kind();
        boolean numeric = kind == Kind.INTEGER || kind == Kind.NUMBER;
        for (Map.Entry<String, AnnotationMirror> entry : found.entrySet()) {
            AnnotationMirror mirror = entry.getValue();
            switch (entry.getKey()) {
                case "Min", "Max", "DecimalMin", "DecimalMax" -> c = numeric ? bound(c, entry.getKey(), mirror) : c;
                case "Positive" -> c = numeric ? c.withExclusiveMinimum(BigDecimal.ZERO) : c;
                case "PositiveOrZero" -> c = numeric ? c.withMinimum(BigDecimal.ZERO) : c;
                case "Negative" -> c = numeric ? c.withExclusiveMaximum(BigDecimal.ZERO) : c;
                case "NegativeOrZero" -> c = numeric ? c.withMaximum(BigDecimal.ZERO) : c;
                case "Size" ->
                    c = size(c, kind, (Integer) AnnotationSet.value(mirror, "min"), (Integer)
                            AnnotationSet.value(mirror, "max"));
                case "NotEmpty" -> c = size(c, kind, 1, null);
                case "NotBlank" -> {
                    if (kind == Kind.STRING) {
                        // contains a non-white-space character: JSON Schema patterns are not anchored
                        c = size(c, kind, 1, null);
                        c = c.pattern() == null ? c.withPattern("\\S") : c;
                    }
                }
                case "Pattern" -> c = kind == Kind.STRING ? c.withPattern(AnnotationSet.string(mirror, "regexp")) : c;
                case "Email" -> format = kind == Kind.STRING ? "email" : format;
                default -> {
                    // @NotNull, @Null, @Valid, @AssertTrue, ...: no JSON Schema keyword (NotNull shows as `required`)
                }
            }
        }
        return schema.withConstraints(c).withFormat(format);
    }

    /** Whether {@code annotations} demand a value ({@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}). */
    static boolean demandsValue(AnnotationSet annotations) {
        Map<String, AnnotationMirror> found = annotations.constraints();
        return found.containsKey("NotNull") || found.containsKey("NotEmpty") || found.containsKey("NotBlank");
    }

    private static ApiConstraints bound(ApiConstraints c, String constraint, AnnotationMirror mirror) {
        BigDecimal value = number(mirror);
        if (value == null) {
            return c;
        }
        return switch (constraint) {
            case "Min" -> c.withMinimum(value);
            case "Max" -> c.withMaximum(value);
            case "DecimalMin" -> inclusive(mirror) ? c.withMinimum(value) : c.withExclusiveMinimum(value);
            default -> inclusive(mirror) ? c.withMaximum(value) : c.withExclusiveMaximum(value);
        };
    }

    /** The bound of {@code @Min}/{@code @DecimalMin}-like constraints; {@code null} (no keyword) if it is not a number. */
    private static BigDecimal number(AnnotationMirror mirror) {
        Object value = AnnotationSet.value(mirror, "value");
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        try {
            return value == null ? null : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            // Hibernate Validator rejects such a bound at run time; the document just does not claim it.
            return null;
        }
    }

    private static boolean inclusive(AnnotationMirror mirror) {
        return !Boolean.FALSE.equals(AnnotationSet.value(mirror, "inclusive"));
    }

    /** A size bound on whatever {@code kind} counts: characters, items or entries; 0 and MAX mean unbounded. */
    private static ApiConstraints size(ApiConstraints c, Kind kind, Integer min, Integer max) {
        Integer lower = min == null || min <= 0 ? null : min;
        Integer upper = max == null || max == Integer.MAX_VALUE ? null : max;
        return switch (kind) {
            case STRING -> c.withLength(larger(c.minLength(), lower), upper != null ? upper : c.maxLength());
            case ARRAY -> c.withItems(larger(c.minItems(), lower), upper != null ? upper : c.maxItems());
            case MAP -> c.withProperties(larger(c.minProperties(), lower), upper != null ? upper : c.maxProperties());
            default -> c;
        };
    }

    private static Integer larger(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
