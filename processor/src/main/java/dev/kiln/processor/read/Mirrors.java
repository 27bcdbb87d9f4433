package dev.kiln.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotations by name, with their defaults, without loading annotation classes. */
public final class Mirrors {
    private final Elements elements;

    public Mirrors(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of that qualified name on {@code construct}, or {@code null}. */
    public static AnnotationMirror find(AnnotatedConstruct construct, String qualifiedName) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** Whether {@code construct} has an annotation of that simple name (e.g. any {@code @Nullable}). */
    public static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The qualified name of an annotation's type. */
    public static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }

    /** The qualified name of a declared type, or {@code ""} for any other type. */
    public static String qualifiedName(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement())
                    .getQualifiedName()
                    .toString();
        }
        return "";
    }

    /** The value of an element of {@code mirror}, its default included, or {@code null}. */
    public AnnotationValue value(AnnotationMirror mirror, String name) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Whether {@code name} was written explicitly on {@code mirror} (not a default). */
    public static boolean isExplicit(AnnotationMirror mirror, String name) {
        return mirror.getElementValues().keySet().stream()
                .anyMatch(k -> k.getSimpleName().contentEquals(name));
    }

    public String string(AnnotationMirror mirror, String name) {
        AnnotationValue value = value(mirror, name);
        return value == null ? "" : String.valueOf(value.getValue());
    }

    public int integer(AnnotationMirror mirror, String name, int otherwise) {
        AnnotationValue value = value(mirror, name);
        return value != null && value.getValue() instanceof Integer i ? i : otherwise;
    }

    public boolean bool(AnnotationMirror mirror, String name) {
        AnnotationValue value = value(mirror, name);
        return value != null && Boolean.TRUE.equals(value.getValue());
    }

    /** A {@code String[]} element as a list. */
    public List<String> strings(AnnotationMirror mirror, String name) {
        List<String> out = new ArrayList<>();
        AnnotationValue value = value(mirror, name);
        if (value != null && value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
        }
        return out;
    }
}
