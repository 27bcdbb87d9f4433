package dev.kiln.processor.model;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What a {@code @File} parameter takes: FastAPI's {@code UploadFile}, {@code list[UploadFile]}, ... */
public enum FileKind {
    /** {@code Upload}: one file, required. */
    UPLOAD,
    /** {@code Optional<Upload>}: one file or none. */
    OPTIONAL,
    /** {@code List<Upload>}: one or more files (at least one, as FastAPI's {@code list[UploadFile]}). */
    LIST,
    /** {@code byte[]}: one file's contents, read off the event loop before the operation runs. */
    BYTES;

    /** The qualified name of {@code dev.kiln.Upload}. */
    public static final String UPLOAD_CLASS = "dev.kiln.Upload";

    /** The kind of a {@code @File} parameter's declared type, or {@code null} when it is none of them. */
    public static FileKind of(TypeShape shape) {
        TypeMirror type = shape.type();
        if (type.getKind() == TypeKind.ARRAY
                && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return BYTES;
        }
        if (isUpload(type)) {
            return UPLOAD;
        }
        if (type instanceof DeclaredType declared
                && declared.getTypeArguments().size() == 1
                && isUpload(declared.getTypeArguments().get(0))) {
            return switch (declared.asElement().toString()) {
                case "java.util.Optional" -> OPTIONAL;
                case "java.util.List" -> LIST;
                default -> null;
            };
        }
        return null;
    }

    /** Whether {@code type} is {@code dev.kiln.Upload}. */
    public static boolean isUpload(TypeMirror type) {
        return type instanceof DeclaredType declared
                && declared.asElement().toString().equals(UPLOAD_CLASS);
    }
}
