package dev.kiln.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs {@link KilnProcessor} and records the names of the files it creates, which compile-testing
 * does not expose for a failed compilation: the diagnostics tests check that nothing was generated
 * for a bad class.
 */
final class RecordingProcessor implements Processor {
    private final KilnProcessor delegate = new KilnProcessor();
    private final List<String> created = new ArrayList<>();

    /** The qualified names of the source files and the paths of the resources created. */
    List<String> created() {
        return List.copyOf(created);
    }

    @Override
    public void init(ProcessingEnvironment env) {
        Filer filer = env.getFiler();
        Filer recording = new Filer() {
            @Override
            public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
                    throws IOException {
                created.add(name.toString());
                return filer.createSourceFile(name, originatingElements);
            }

            @Override
            public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
                    throws IOException {
                created.add(name.toString());
                return filer.createClassFile(name, originatingElements);
            }

            @Override
            public FileObject createResource(
                    JavaFileManager.Location location,
                    CharSequence moduleAndPkg,
                    CharSequence relativeName,
                    Element... originatingElements)
                    throws IOException {
                created.add(relativeName.toString());
                return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
            }

            @Override
            public FileObject getResource(
                    JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
                    throws IOException {
                return filer.getResource(location, moduleAndPkg, relativeName);
            }
        };
        delegate.init(new ProcessingEnvironment() {
            @Override
            public Map<String, String> getOptions() {
                return env.getOptions();
            }

            @Override
            public Messager getMessager() {
                return env.getMessager();
            }

            @Override
            public Filer getFiler() {
                return recording;
            }

            @Override
            public Elements getElementUtils() {
                return env.getElementUtils();
            }

            @Override
            public Types getTypeUtils() {
                return env.getTypeUtils();
            }

            @Override
            public SourceVersion getSourceVersion() {
                return env.getSourceVersion();
            }

            @Override
            public Locale getLocale() {
                return env.getLocale();
            }
        });
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        return delegate.process(annotations, roundEnv);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
            Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
    }
}
