package dev.kiln.processor.read;

import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.StreamShape;
import dev.kiln.processor.model.TypeShape;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
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
        StreamShape.Source source = streamSource(value);
        if (source != null) {
            return stream(method, declared, async, value, source, produces);
        }
        String media = produces.toLowerCase(Locale.ROOT);
        ReturnShape.Kind kind = valueName.equals("java.lang.String")
                        && (media.startsWith("text/plain") || media.startsWith("text/html"))
                ? ReturnShape.Kind.TEXT
                : ReturnShape.Kind.JSON;
        return new ReturnShape(declared, async, kind, value, value, shapes.read(value, method));
    }

    /** The stream type {@code value} is, or {@code null} when it is not one Kiln streams. */
    private StreamShape.Source streamSource(TypeMirror value) {
        if (isA(value, KilnNames.STREAM)) {
            return StreamShape.Source.STREAM;
        }
        if (isA(value, KilnNames.ITERATOR)) {
            return StreamShape.Source.ITERATOR;
        }
        if (isA(value, KilnNames.READ_STREAM)) {
            return StreamShape.Source.READ_STREAM;
        }
        if (isA(value, KilnNames.FLOW_PUBLISHER)) {
            return StreamShape.Source.PUBLISHER;
        }
        return null;
    }

    /** A streaming operation: its items (through subtypes), whether they are events, the format, the data shape. */
    private ReturnShape stream(
            ExecutableElement method,
            TypeMirror declared,
            ReturnShape.Async async,
            TypeMirror value,
            StreamShape.Source source,
            String produces) {
        String name = switch (source) {
            case STREAM -> KilnNames.STREAM;
            case ITERATOR -> KilnNames.ITERATOR;
            case READ_STREAM -> KilnNames.READ_STREAM;
            case PUBLISHER -> KilnNames.FLOW_PUBLISHER;
        };
        TypeMirror item = upperBound(typeArgumentOf(value, name));
        boolean events = Mirrors.qualifiedName(item).equals(KilnNames.SERVER_SENT_EVENT);
        TypeMirror data = events ? upperBound(typeArgument(item)) : item;
        String unsupported = unsupportedItem(data);
        StreamShape shape = new StreamShape(source, item, data, events, format(produces), unsupported);
        TypeShape dataShape = unsupported == null ? shapes.read(data, method) : null;
        return new ReturnShape(declared, async, ReturnShape.Kind.STREAM, value, data, dataShape, shape);
    }

    /** {@code text/event-stream}, or JSON Lines for the default media type and {@code application/jsonl}. */
    private static StreamShape.Format format(String produces) {
        String media = produces.toLowerCase(Locale.ROOT);
        int semicolon = media.indexOf(';');
        media = (semicolon < 0 ? media : media.substring(0, semicolon)).strip();
        return switch (media) {
            case "text/event-stream" -> StreamShape.Format.EVENT_STREAM;
            case "application/json", "application/jsonl" -> StreamShape.Format.JSON_LINES;
            default -> null;
        };
    }

    /** Why items of type {@code data} cannot be written as JSON, or {@code null} when they can. */
    private String unsupportedItem(TypeMirror data) {
        String name = Mirrors.qualifiedName(data);
        if (name.equals(KilnNames.BUFFER) || data.toString().equals("byte[]")) {
            return "raw bytes (" + data + ")";
        }
        if (async(data) != ReturnShape.Async.NONE) {
            return "futures (" + data + ")";
        }
        if (streamSource(data) != null) {
            return "streams (" + data + ")";
        }
        if (name.equals(KilnNames.SERVER_SENT_EVENT)) {
            return "events inside events (" + data + ")";
        }
        if (name.equals(KilnNames.RESPONSE)) {
            return "responses (" + data + ")";
        }
        return null;
    }

    /**
     * The type argument of {@code qualifiedName} as {@code type} implements it ({@code T} of
     * {@code ReadStream<T>} for an {@code AsyncFile}: {@code Buffer}), or {@code Object} when raw.
     */
    private TypeMirror typeArgumentOf(TypeMirror type, String qualifiedName) {
        if (type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName)) {
            return typeArgument(type);
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (isA(supertype, qualifiedName)) {
                return typeArgumentOf(supertype, qualifiedName);
            }
        }
        return elements.getTypeElement("java.lang.Object").asType();
    }

    /** {@code ? extends T} is {@code T}; {@code ?} and {@code ? super T} are {@code Object}. */
    private TypeMirror upperBound(TypeMirror type) {
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null
                    ? wildcard.getExtendsBound()
                    : elements.getTypeElement("java.lang.Object").asType();
        }
        return type;
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
