package dev.kiln.processor.read;

import dev.kiln.processor.model.JacksonUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * The Jackson annotations ({@code com.fasterxml.jackson.annotation} and
 * {@code com.fasterxml.jackson.databind.annotation}) on the places javac puts them for one property or
 * type, each kept once with where it was found: an annotation on a record component shows up on its
 * field, accessor and constructor parameter too; an app's bundle of them ({@code @JacksonAnnotationsInside}) is
 * kept as one, for Kiln does not read inside it. Read by name, as everything else: Kiln never loads Jackson's
 * classes.
 */
final class JacksonAnnotations {
    static final String ANNOTATION = "com.fasterxml.jackson.annotation.";
    static final String DATABIND = "com.fasterxml.jackson.databind.annotation.";

    /**
     * What marks an app's annotation as a bundle of Jackson annotations, which Jackson applies where the bundle
     * is written. Kiln does not read inside bundles: a bundle is reported as an annotation it does not honour.
     */
    static final String BUNDLE = ANNOTATION + "JacksonAnnotationsInside";

    /** One annotation and the element it was found on. */
    record Found(Element element, AnnotationMirror mirror) {}

    private final Map<String, Found> bySimpleName = new LinkedHashMap<>();

    private JacksonAnnotations() {}

    /** The Jackson annotations of {@code carriers} ({@code null}s skipped), first of each type. */
    static JacksonAnnotations of(Element... carriers) {
        JacksonAnnotations found = new JacksonAnnotations();
        for (Element carrier : carriers) {
            if (carrier == null) {
                continue;
            }
            for (AnnotationMirror mirror : carrier.getAnnotationMirrors()) {
                String name = Mirrors.nameOf(mirror);
                if (name.startsWith(ANNOTATION) || name.startsWith(DATABIND)) {
                    found.bySimpleName.putIfAbsent(
                            name.substring(name.lastIndexOf('.') + 1), new Found(carrier, mirror));
                } else if (Mirrors.find(mirror.getAnnotationType().asElement(), BUNDLE) != null) {
                    // kept under its qualified name, which no honoured set holds: reported as not honoured
                    found.bySimpleName.putIfAbsent(name, new Found(carrier, mirror));
                }
            }
        }
        return found;
    }

    /** The annotation of this simple name ({@code JsonProperty}), or {@code null}. */
    Found get(String simpleName) {
        return bySimpleName.get(simpleName);
    }

    /** The annotation of this simple name, or {@code null}. */
    AnnotationMirror mirror(String simpleName) {
        Found found = bySimpleName.get(simpleName);
        return found == null ? null : found.mirror();
    }

    boolean has(String simpleName) {
        return bySimpleName.containsKey(simpleName);
    }

    /** Every annotation whose simple name is not in {@code honoured}, as a use of {@code kind}. */
    List<JacksonUse> except(Set<String> honoured, JacksonUse.Kind kind, String detail) {
        List<JacksonUse> uses = new ArrayList<>();
        bySimpleName.forEach((name, found) -> {
            if (!honoured.contains(name)) {
                uses.add(new JacksonUse(found.element(), found.mirror(), kind, detail));
            }
        });
        return uses;
    }

    /** The simple name of an enum constant value ({@code JsonInclude.Include.NON_NULL} → {@code NON_NULL}). */
    static String constant(Mirrors mirrors, AnnotationMirror mirror, String member) {
        Object value = mirrors.value(mirror, member) == null
                ? null
                : mirrors.value(mirror, member).getValue();
        return value instanceof VariableElement constant
                ? constant.getSimpleName().toString()
                : String.valueOf(value);
    }
}
