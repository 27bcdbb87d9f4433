package dev.kiln.processor.read;

import dev.kiln.processor.model.DependencyKey;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Makes {@link DependencyKey}s from types and qualifiers, and remembers which keys have a provider in
 * this compilation so far: a parameter of such a type is a dependency (API.md's rule 3). The
 * pipeline adds a round's provider keys before it reads the round's parameters.
 */
public final class DependencyKeys {
    private final Types types;
    private final Mirrors mirrors;
    private final Set<DependencyKey> provided = new TreeSet<>();

    public DependencyKeys(Types types, Mirrors mirrors) {
        this.types = types;
        this.mirrors = mirrors;
    }

    /** The key of {@code type} with {@code qualifier} ({@code ""} for none); primitives are boxed. */
    public DependencyKey of(TypeMirror type, String qualifier) {
        TypeMirror boxed = type instanceof PrimitiveType primitive
                ? types.boxedClass(primitive).asType()
                : type;
        return new DependencyKey(withoutTypeAnnotations(boxed), qualifier);
    }

    /** The {@code @Named} value on {@code element}, or {@code ""}. */
    public String qualifier(Element element) {
        AnnotationMirror named = Mirrors.find(element, KilnNames.NAMED);
        return named == null ? "" : mirrors.string(named, "value");
    }

    /** Records that {@code key} has a provider. */
    public void provide(DependencyKey key) {
        provided.add(key);
    }

    /** Whether a provider of {@code key} is known. */
    public boolean isProvided(DependencyKey key) {
        return provided.contains(key);
    }

    /** The type as source would name it, without type-use annotations such as {@code @Nullable}. */
    private String withoutTypeAnnotations(TypeMirror type) {
        return type.toString().replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
    }
}
