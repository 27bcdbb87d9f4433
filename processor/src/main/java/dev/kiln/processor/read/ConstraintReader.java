package dev.kiln.processor.read;

import dev.kiln.processor.model.Constraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads the Bean Validation constraints ({@code jakarta.validation.constraints}, or the older
 * {@code javax.validation.constraints}) by name from every place javac puts them: a record
 * component's field, accessor and type, a bean's setter and parameter, a parameter and its type.
 * Each rule is kept once (an annotation with both declaration and {@code TYPE_USE} targets
 * shows up in both places); a constraint written more than once on one element (two {@code @Pattern}s, in
 * javac's {@code @Pattern.List}) is read as each one. Constraints Kiln does not check ({@code @Past},
 * {@code @AssertTrue}, ..., and any other annotation meta-annotated {@code @Constraint}: Hibernate Validator's
 * {@code @Length}, the app's own) are read as {@link Constraint.Kind#UNSUPPORTED}, so that the user is told; the
 * processor never loads the annotation classes.
 */
public final class ConstraintReader {
    private static final List<String> PACKAGES =
            List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

    /** What makes an annotation a constraint (Hibernate Validator's {@code @Length}, an app's own {@code @Sku}). */
    private static final List<String> CONSTRAINT_MARKS =
            List.of("jakarta.validation.Constraint", "javax.validation.Constraint");

    /** The nested container type every Bean Validation constraint declares for its repetitions. */
    private static final String CONTAINER = "List";

    private final Mirrors mirrors;

    public ConstraintReader(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    /**
     * The constraints on {@code carriers} (elements or types; {@code null}s skipped), of {@code owner}: all of
     * them, one rule written twice (javac copies a record component's annotations) once, each
     * recorded on the element it is written on (a bean's setter parameter, a {@code @JsonCreator} parameter), so
     * that its diagnostics point there, and on {@code owner} when it is written on a type.
     */
    public List<Constraint> read(Element owner, AnnotatedConstruct... carriers) {
        List<Constraint> found = new ArrayList<>();
        for (AnnotatedConstruct carrier : carriers) {
            if (carrier == null) {
                continue;
            }
            for (AnnotationMirror written : carrier.getAnnotationMirrors()) {
                for (AnnotationMirror mirror : repeated(written)) {
                    Constraint.Kind kind = kindOf(annotationType(mirror));
                    if (kind == null) {
                        continue;
                    }
                    Element on = carrier instanceof Element element ? element : owner;
                    for (Constraint constraint : constraints(kind, on, mirror)) {
                        // one rule written on several declarations is checked once; different rules all hold
                        if (found.stream().noneMatch(constraint::sameRule)) {
                            found.add(constraint);
                        }
                    }
                }
            }
        }
        found.sort(Constraint.CHECK_ORDER);
        return found;
    }

    /**
     * The constraints in {@code mirror} if it is a constraint's container ({@code @Pattern.List}: javac writes
     * {@code @Pattern(...) @Pattern(...)} on one element as that), else {@code mirror} itself.
     */
    private List<AnnotationMirror> repeated(AnnotationMirror mirror) {
        TypeElement type = annotationType(mirror);
        if (!type.getSimpleName().contentEquals(CONTAINER)
                || !(type.getEnclosingElement() instanceof TypeElement repeatable)
                || repeatable.getKind() != ElementKind.ANNOTATION_TYPE
                || kindOf(repeatable) == null) {
            return List.of(mirror);
        }
        List<AnnotationMirror> inside = new ArrayList<>();
        AnnotationValue value = mirrors.value(mirror, "value");
        if (value != null && value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                if (((AnnotationValue) item).getValue() instanceof AnnotationMirror constraint) {
                    inside.add(constraint);
                }
            }
        }
        return inside;
    }

    private static TypeElement annotationType(AnnotationMirror mirror) {
        return (TypeElement) mirror.getAnnotationType().asElement();
    }

    /**
     * The kind of constraint {@code annotation} is: one of Bean Validation's own by its name, {@link
     * Constraint.Kind#UNSUPPORTED} for any other constraint (one meta-annotated {@code @Constraint}: Hibernate
     * Validator's, the app's own), so that the user is told it is not checked; {@code null} if it is none.
     */
    private static Constraint.Kind kindOf(TypeElement annotation) {
        String qualifiedName = annotation.getQualifiedName().toString();
        for (String prefix : PACKAGES) {
            if (qualifiedName.startsWith(prefix) && qualifiedName.indexOf('.', prefix.length()) < 0) {
                return Constraint.Kind.ofSimpleName(qualifiedName.substring(prefix.length()));
            }
        }
        for (String mark : CONSTRAINT_MARKS) {
            if (Mirrors.find(annotation, mark) != null) {
                return Constraint.Kind.UNSUPPORTED;
            }
        }
        return null;
    }

    /**
     * The rules one annotation makes: itself, and for an {@code @Email} with a {@code regexp} (Bean Validation:
     * "an additional regular expression the annotated element must match") a pattern rule too, written on it.
     */
    private List<Constraint> constraints(Constraint.Kind kind, Element owner, AnnotationMirror mirror) {
        Constraint constraint = constraint(kind, owner, mirror);
        if (kind != Constraint.Kind.EMAIL
                || !Mirrors.isExplicit(mirror, "regexp") && !Mirrors.isExplicit(mirror, "flags")) {
            return List.of(constraint);
        }
        // @Email names its expression as @Pattern does: regexp and flags
        return List.of(constraint, constraint(Constraint.Kind.PATTERN, owner, mirror));
    }

    private Constraint constraint(Constraint.Kind kind, Element owner, AnnotationMirror mirror) {
        return switch (kind) {
            case MIN, MAX -> new Constraint(kind, owner, mirror, raw(mirror, "value"), true, 0, 0, null, List.of());
            case DECIMAL_MIN, DECIMAL_MAX ->
                new Constraint(
                        kind,
                        owner,
                        mirror,
                        mirrors.string(mirror, "value"),
                        mirrors.bool(mirror, "inclusive"),
                        0,
                        0,
                        null,
                        List.of());
            case SIZE ->
                new Constraint(
                        kind,
                        owner,
                        mirror,
                        null,
                        true,
                        mirrors.integer(mirror, "min", 0),
                        mirrors.integer(mirror, "max", Integer.MAX_VALUE),
                        null,
                        List.of());
            case DIGITS ->
                new Constraint(
                        kind,
                        owner,
                        mirror,
                        null,
                        true,
                        mirrors.integer(mirror, "integer", 0),
                        mirrors.integer(mirror, "fraction", 0),
                        null,
                        List.of());
            case PATTERN ->
                new Constraint(
                        kind,
                        owner,
                        mirror,
                        null,
                        true,
                        0,
                        0,
                        mirrors.string(mirror, "regexp"),
                        mirrors.strings(mirror, "flags"));
            default -> new Constraint(kind, owner, mirror, null, true, 0, 0, null, List.of());
        };
    }

    private String raw(AnnotationMirror mirror, String name) {
        AnnotationValue value = mirrors.value(mirror, name);
        return value == null ? null : String.valueOf(value.getValue());
    }
}
