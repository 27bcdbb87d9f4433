package dev.kiln.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The one place where generated files get what every one of them has: {@code @Generated}, the
 * originating elements, the Javadoc link back to user code, the import and indent style. Writes
 * through the {@link Filer}.
 */
public final class GeneratedFiles {
    static final String GENERATOR = "dev.kiln.processor.KilnProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final Filer filer;

    public GeneratedFiles(Filer filer) {
        this.filer = filer;
    }

    /** Marks {@code type} as generated from {@code origins} ({@code from} names the source in the annotation). */
    static TypeSpec.Builder generated(TypeSpec.Builder type, String from, List<? extends Element> origins) {
        type.addAnnotation(AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", GENERATOR)
                .addMember("comments", "$S", "from " + from)
                .build());
        origins.forEach(type::addOriginatingElement);
        return type;
    }

    /** A Javadoc link such as <code>{&#64;link Items#read(int, Optional, String)}</code>: the source method of generated code. */
    static CodeBlock linkTo(ExecutableElement method) {
        List<CodeBlock> parameters = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(CodeBlock.of("$T", erasure(TypeName.get(parameter.asType()))));
        }
        return CodeBlock.of(
                "{@link $T#$N($L)}",
                ClassName.get((TypeElement) method.getEnclosingElement()),
                method.getSimpleName().toString(),
                CodeBlock.join(parameters, ", "));
    }

    private static TypeName erasure(TypeName type) {
        if (type instanceof com.palantir.javapoet.ParameterizedTypeName parameterized) {
            return parameterized.rawType();
        }
        if (type instanceof com.palantir.javapoet.ArrayTypeName array) {
            return com.palantir.javapoet.ArrayTypeName.of(erasure(array.componentType()));
        }
        if (type instanceof com.palantir.javapoet.TypeVariableName) {
            return ClassName.OBJECT;
        }
        return type.withoutAnnotations();
    }

    /** The file of a generated type, in Kiln's style. */
    static JavaFile javaFile(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** Writes a generated source file. */
    public void write(JavaFile file) {
        try {
            file.writeTo(filer);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not write " + file.packageName() + "."
                            + file.typeSpec().name(),
                    e);
        }
    }

    /** Writes a resource of the class output, such as a {@code META-INF/services} file. */
    public void writeResource(String path, String content, List<? extends Element> origins) {
        try {
            FileObject resource =
                    filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(new Element[0]));
            try (Writer writer = resource.openWriter()) {
                writer.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path, e);
        }
    }
}
