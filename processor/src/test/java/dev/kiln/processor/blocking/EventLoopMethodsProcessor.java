package dev.kiln.processor.blocking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * A test-only stand-in for the Kiln processor: every {@code @dev.kiln.Get} method that runs on the
 * event loop (by API.md's threading table) goes to the {@link BlockingCallChecker}. The tests will
 * move to the real processor once it exists.
 */
final class EventLoopMethodsProcessor extends AbstractProcessor {

    private final boolean generatesSource;
    private BlockingCallChecker checker;
    private boolean generated;

    /**
     * @param generatesSource write a class in the first round, as the real processor does, so that
     *                        javac runs a second round over the user's code
     */
    EventLoopMethodsProcessor(boolean generatesSource) {
        this.generatesSource = generatesSource;
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        checker = BlockingCallChecker.create(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.kiln.Get");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(BlockingCallChecker.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement get = processingEnv.getElementUtils().getTypeElement("dev.kiln.Get");
        for (Element element : round.getElementsAnnotatedWith(get)) {
            ExecutableElement method = (ExecutableElement) element;
            whyOnEventLoop(method).ifPresent(why -> checker.checkAfterAnalysis(method, why));
            if (generatesSource && !generated) {
                generate((TypeElement) method.getEnclosingElement());
            }
        }
        return false;
    }

    /** API.md's table: {@code @Blocking} wins, then a Future or CompletionStage return, then {@code @NonBlocking}. */
    private static Optional<String> whyOnEventLoop(ExecutableElement method) {
        if (annotatedHere(method, "dev.kiln.Blocking")) {
            return Optional.empty();
        }
        if (method.getReturnType().getKind() == TypeKind.DECLARED) {
            Element returned = ((DeclaredType) method.getReturnType()).asElement();
            String name = ((TypeElement) returned).getQualifiedName().toString();
            if (name.equals("io.vertx.core.Future")) {
                return Optional.of("returns Future");
            }
            if (name.equals("java.util.concurrent.CompletionStage")) {
                return Optional.of("returns CompletionStage");
            }
        }
        return annotatedHere(method, "dev.kiln.NonBlocking") ? Optional.of("@NonBlocking") : Optional.empty();
    }

    /** The annotation on the method or on its class. */
    private static boolean annotatedHere(ExecutableElement method, String annotation) {
        for (Element e = method; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
                if (((TypeElement) mirror.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A class that calls the route class, like a generated {@code _Routes} class, so that a second round runs. */
    private void generate(TypeElement routeClass) {
        generated = true;
        String name = routeClass.getSimpleName() + "_Generated";
        String pkg = processingEnv
                .getElementUtils()
                .getPackageOf(routeClass)
                .getQualifiedName()
                .toString();
        try (Writer out = processingEnv
                .getFiler()
                .createSourceFile(pkg + "." + name, routeClass)
                .openWriter()) {
            out.write("package " + pkg + ";\n"
                    + "final class " + name + " {\n"
                    + "    final java.util.function.Supplier<Object> target = () -> " + routeClass.getSimpleName()
                    + ".class;\n"
                    + "}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
