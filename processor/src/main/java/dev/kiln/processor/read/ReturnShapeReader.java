package dev.kiln.processor.read;

import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.TypeShape;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads what an operation returns: async or not, and how the value becomes a response. */
public final class ReturnShapeReader {
    private final Elements elements;
    private final Types types;
    private final TypeShapeReader shapes;

    public ReturnShapeReader(Elements elements, Types types, TypeShapeReader shapes) {
        this.elements = elements;
        this.types = types;
        this.shapes = shapes;
    }

    /**
     * The return shape of {@code method} (returning {@code declared}, e.g. a provider's unwrapped type) that
     * produces {@code produces}.
     */
    public ReturnShape read(ExecutableElement method, TypeMirror declared, String produces) {
        ReturnShape.Async async = async(declared);
        TypeMirror value = async == ReturnShape.Async.NONE ? declared : typeArgument(declared);
        String valueName = Mirrors.qualifiedName(value);
        if (value.getKind() == TypeKind.VOID || valueName.equals("java.lang.Void")) {
            return new ReturnShape(declared, async, ReturnShape.Kind.EMPTY, value, null, null);
        }
        if (valueName.equals(KilnNames.RESPONSE)) {
            TypeMirror body = typeArgument(value);
            // Response<Void> (a redirect, a file) documents no JSON body
            TypeShape bodyShape =
                    Mirrors.qualifiedName(body).equals("java.lang.Void") ? null : shapes.read(body, method);
            return new ReturnShape(declared, async, ReturnShape.Kind.RESPONSE, value, body, bodyShape);
        }
        String media = produces.toLowerCase(Locale.ROOT);
        ReturnShape.Kind kind = valueName.equals("java.lang.String")
                        && (media.startsWith("text/plain") || media.startsWith("text/html"))
                ? ReturnShape.Kind.TEXT
                : ReturnShape.Kind.JSON;
        return new ReturnShape(declared, async, kind, value, value, shapes.read(value, method));
    }

    /** Whether {@code type} is a {@code Future}, a {@code CompletionStage}, or neither. */
    ReturnShape.Async async(TypeMirror type) {
        return isA(type, KilnNames.FUTURE)
                ? ReturnShape.Async.FUTURE
                : isA(type, KilnNames.COMPLETION_STAGE) ? ReturnShape.Async.COMPLETION_STAGE : ReturnShape.Async.NONE;
    }

    /** Whether {@code type} is (a subtype of) the named generic type. */
    boolean isA(TypeMirror type, String qualifiedName) {
        TypeElement element = elements.getTypeElement(qualifiedName);
        return element != null
                && type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
    }

    /** The single type argument of {@code type}, or {@code Object} when raw or not exactly one. */
    TypeMirror typeArgument(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            return declared.getTypeArguments().get(0);
        }
        return elements.getTypeElement("java.lang.Object").asType();
    }
}
