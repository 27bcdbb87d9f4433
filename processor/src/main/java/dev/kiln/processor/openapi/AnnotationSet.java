package dev.kiln.processor.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The annotations found on one property or parameter, gathered from all the places javac puts
 * them (a record component's field, accessor and type; a bean's field, getter and setter), first
 * occurrence of each annotation type kept. Annotations are matched by name: Kiln never loads
 * Jackson or Jakarta classes.
 */
final class AnnotationSet {
    static final String JACKSON = "com.fasterxml.jackson.annotation.";
    private static final List<String> CONSTRAINT_PACKAGES =
            List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

    private final Map<String, AnnotationMirror> byName = new LinkedHashMap<>();

    /** The annotations of {@code constructs} (elements or types; {@code null}s skipped). */
    static AnnotationSet of(AnnotatedConstruct... constructs) {
        AnnotationSet set = new AnnotationSet();
        for (AnnotatedConstruct construct : constructs) {
            if (construct != null) {
                for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
                    set.byName.putIfAbsent(name(mirror), mirror);
                }
            }
        }
        return set;
    }

    private static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }

    /** The annotation of this qualified name. */
    Optional<AnnotationMirror> get(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }

    /** The Jackson annotation of this simple name ({@code JsonProperty}). */
    Optional<AnnotationMirror> jackson(String simpleName) {
        return get(JACKSON + simpleName);
    }

    /** Whether an annotation of this simple name is present, from any package ({@code @Nullable}). */
    boolean hasSimpleName(String simpleName) {
        return byName.keySet().stream().anyMatch(name -> name.equals(simpleName) || name.endsWith("." + simpleName));
    }

    /** The Jakarta (or javax) Bean Validation constraints, by simple name, in declaration order. */
    Map<String, AnnotationMirror> constraints() {
        Map<String, AnnotationMirror> found = new LinkedHashMap<>();
        byName.forEach((name, mirror) -> {
            for (String prefix : CONSTRAINT_PACKAGES) {
                if (name.startsWith(prefix)) {
                    found.putIfAbsent(name.substring(prefix.length()), mirror);
                }
            }
        });
        return found;
    }

    /** The value of {@code member} in {@code mirror}, its declared default when not written. */
    static Object value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return unwrap(entry.getValue());
            }
        }
        for (var element : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (element instanceof ExecutableElement method
                    && method.getSimpleName().contentEquals(member)
                    && method.getDefaultValue() != null) {
                return unwrap(method.getDefaultValue());
            }
        }
        return null;
    }

    /** A string member, or {@code ""}. */
    static String string(AnnotationMirror mirror, String member) {
        Object value = value(mirror, member);
        return value == null ? "" : value.toString();
    }

    /** A string-array member, as a list. */
    static List<String> strings(AnnotationMirror mirror, String member) {
        Object value = value(mirror, member);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> out.add(String.valueOf(item)));
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }

    private static Object unwrap(AnnotationValue value) {
        Object raw = value.getValue();
        if (raw instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(item instanceof AnnotationValue nested ? unwrap(nested) : item);
            }
            return out;
        }
        // enum constants (JsonInclude.Include.NON_NULL) come back as their element: use the name
        if (raw instanceof javax.lang.model.element.VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        return raw;
    }
}
