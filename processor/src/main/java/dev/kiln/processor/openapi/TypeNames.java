package dev.kiln.processor.openapi;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Names of types for components. The id is the canonical Java type without type annotations
 * ({@code com.example.Page<com.example.Item>}); the title and name follow Pydantic's generic
 * models: {@code Page[Item]} titled, {@code Page_Item_} as the component name.
 */
final class TypeNames {
    private TypeNames() {}

    /** A canonical key for {@code type}, free of type annotations. */
    static String id(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String name =
                        ((TypeElement) declared.asElement()).getQualifiedName().toString();
                List<? extends TypeMirror> args = declared.getTypeArguments();
                yield args.isEmpty()
                        ? name
                        : name + args.stream().map(TypeNames::id).collect(Collectors.joining(",", "<", ">"));
            }
            case ARRAY -> id(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    yield "? extends " + id(wildcard.getExtendsBound());
                }
                yield wildcard.getSuperBound() != null ? "? super " + id(wildcard.getSuperBound()) : "?";
            }
            case TYPEVAR ->
                ((javax.lang.model.type.TypeVariable) type)
                        .asElement()
                        .getSimpleName()
                        .toString();
            default ->
                type.getKind().isPrimitive()
                        ? type.getKind().name().toLowerCase(java.util.Locale.ROOT)
                        : type.toString();
        };
    }

    /** Pydantic's title of a (generic) model: {@code Page[Item]}; qualified names when {@code qualified}. */
    static String title(TypeMirror type, boolean qualified) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                String name = (qualified ? element.getQualifiedName() : element.getSimpleName()).toString();
                List<? extends TypeMirror> args = declared.getTypeArguments();
                yield args.isEmpty()
                        ? name
                        : name
                                + args.stream()
                                        .map(arg -> title(arg, qualified))
                                        .collect(Collectors.joining(", ", "[", "]"));
            }
            case ARRAY -> title(((ArrayType) type).getComponentType(), qualified) + "[]";
            case WILDCARD -> {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                yield bound == null ? "Any" : title(bound, qualified);
            }
            case TYPEVAR ->
                ((javax.lang.model.type.TypeVariable) type)
                        .asElement()
                        .getSimpleName()
                        .toString();
            default ->
                type.getKind().isPrimitive()
                        ? type.getKind().name().toLowerCase(java.util.Locale.ROOT)
                        : type.toString();
        };
    }

    /** A component name from a title, as Pydantic normalises one: anything else than {@code [A-Za-z0-9.-_]} becomes {@code _}. */
    static String componentName(String title) {
        return title.replaceAll("[^a-zA-Z0-9.\\-_]", "_");
    }

    /** The qualified component name, used when two components share a simple name: dots as {@code __}. */
    static String qualifiedComponentName(TypeMirror type) {
        return componentName(title(type, true).replace(".", "__"));
    }
}
