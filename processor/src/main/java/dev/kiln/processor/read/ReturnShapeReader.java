package dev.kiln.processor.read;

import dev.kiln.processor.model.ReturnShape;
import java.util.Locale;
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

    public ReturnShapeReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The return shape of a method returning {@code declared} that produces {@code produces}. */
    public ReturnShape read(TypeMirror declared, String produces) {
        ReturnShape.Async async = async(declared);
        TypeMirror value = async == ReturnShape.Async.NONE ? declared : typeArgument(declared);
        String valueName = Mirrors.qualifiedName(value);
        if (value.getKind() == TypeKind.VOID || valueName.equals("java.lang.Void")) {
            return new ReturnShape(declared, async, ReturnShape.Kind.EMPTY, value, null);
        }
        if (valueName.equals(KilnNames.RESPONSE)) {
            return new ReturnShape(declared, async, ReturnShape.Kind.RESPONSE, value, typeArgument(value));
        }
        String media = produces.toLowerCase(Locale.ROOT);
        if (valueName.equals("java.lang.String") && (media.startsWith("text/plain") || media.startsWith("text/html"))) {
            return new ReturnShape(declared, async, ReturnShape.Kind.TEXT, value, value);
        }
        return new ReturnShape(declared, async, ReturnShape.Kind.JSON, value, value);
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
