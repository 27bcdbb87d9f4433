package dev.kiln.processor.blocking;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.junit.jupiter.api.Test;

/**
 * The tables are edited by hand, and an entry naming a type or method that does not exist matches
 * nothing, silently. This test finds such typos.
 */
class KnownBlockingMethodsTest {

    /** Entries for Java 21 APIs: on an older JDK they are absent, and rightly skipped. */
    private static final Set<String> NEWER_THAN_17 =
            Set.of("java.lang.Thread.Builder", "java.lang.Thread.startVirtualThread");

    @Test
    void everyEntryNamesATypeAndMethodThatExist() {
        List<String> missing = new ArrayList<>();
        Compilation compilation = javac().withProcessors(new AbstractProcessor() {
                    @Override
                    public Set<String> getSupportedAnnotationTypes() {
                        return Set.of("*");
                    }

                    @Override
                    public SourceVersion getSupportedSourceVersion() {
                        return SourceVersion.latestSupported();
                    }

                    @Override
                    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                        if (!round.processingOver()) {
                            Stream.concat(
                                            KnownBlockingMethods.BLOCKING.stream(),
                                            KnownBlockingMethods.HAND_OFFS.stream())
                                    .filter(pattern -> !exists(
                                            pattern, processingEnv.getElementUtils(), processingEnv.getTypeUtils()))
                                    .map(pattern -> pattern.owner() + "." + pattern.name()
                                            + (pattern.parameterTypes() == null ? "" : pattern.parameterTypes()))
                                    .filter(name -> Runtime.version().feature() >= 21
                                            || NEWER_THAN_17.stream().noneMatch(name::startsWith))
                                    .forEach(missing::add);
                        }
                        return false;
                    }
                })
                .compile(JavaFileObjects.forSourceString("Empty", "final class Empty {}"));

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of(), missing);
    }

    @Test
    void everyBlockingEntryHasAHintAndNoEntryIsListedTwice() {
        for (MethodPattern pattern : KnownBlockingMethods.BLOCKING) {
            assertFalse(pattern.hint().isBlank(), pattern + " has no hint");
        }
        for (List<MethodPattern> table : List.of(KnownBlockingMethods.BLOCKING, KnownBlockingMethods.HAND_OFFS)) {
            List<String> keys = table.stream()
                    .map(pattern -> pattern.owner() + "." + pattern.name() + pattern.parameterTypes())
                    .collect(Collectors.toList());
            assertEquals(keys.size(), Set.copyOf(keys).size(), "duplicates in " + keys);
        }
    }

    private static boolean exists(MethodPattern pattern, Elements elements, Types types) {
        TypeElement owner = elements.getTypeElement(pattern.owner());
        if (owner == null) {
            return false;
        }
        List<? extends Element> members =
                pattern.isConstructor() ? owner.getEnclosedElements() : elements.getAllMembers(owner);
        for (Element member : members) {
            boolean kindFits =
                    member.getKind() == (pattern.isConstructor() ? ElementKind.CONSTRUCTOR : ElementKind.METHOD);
            String name = pattern.isConstructor()
                    ? MethodPattern.CONSTRUCTOR
                    : member.getSimpleName().toString();
            if (kindFits && pattern.matchesName(name) && parametersFit(pattern, (ExecutableElement) member, types)) {
                return true;
            }
        }
        return false;
    }

    private static boolean parametersFit(MethodPattern pattern, ExecutableElement method, Types types) {
        if (pattern.parameterTypes() == null) {
            return true;
        }
        List<String> actual = method.getParameters().stream()
                .map(parameter -> types.erasure(parameter.asType()).toString())
                .collect(Collectors.toList());
        return actual.equals(pattern.parameterTypes());
    }
}
