package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.blocking.BlockingCallChecker;
import dev.kiln.processor.blocking.BlockingCheckStage;
import dev.kiln.processor.diag.Diagnostics;
import dev.kiln.processor.model.HttpMethod;
import dev.kiln.processor.openapi.OpenApiStage;
import dev.kiln.processor.read.KilnNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Kiln's annotation processor: finds the classes that declare operations ({@code @Get}, ...),
 * {@code @ExceptionHandler}s or hooks, the {@code @Provides} methods and the {@code @Settings} records, and
 * hands them to the {@link Pipeline}. Options:
 * {@code -Akiln.module=com.example.Api} names the generated route module (default:
 * {@code Kiln_RouteModule} in the common package of the route classes).
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
    /** The processor option that names the generated route module. */
    public static final String MODULE_OPTION = "kiln.module";

    private final List<Function<ProcessingEnvironment, PipelineExtension>> extensions;
    private Diagnostics diagnostics;
    private Pipeline pipeline;

    /**
     * The processor javac loads. The stages that run on the planned route classes are listed here:
     * this is where the OpenAPI writer and the blocking-call check are wired in.
     */
    public KilnProcessor() {
        this(List.of(BlockingCheckStage::new, OpenApiStage::new));
    }

    /** A processor with other stages (tests use it to look at the model); each is made in {@link #init}. */
    KilnProcessor(List<Function<ProcessingEnvironment, PipelineExtension>> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        diagnostics = new Diagnostics(env.getMessager());
        List<PipelineExtension> stages =
                extensions.stream().map(make -> make.apply(env)).toList();
        pipeline = new Pipeline(env, diagnostics, stages, env.getOptions().get(MODULE_OPTION));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.kiln.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(MODULE_OPTION, BlockingCallChecker.OPTION);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Element current = null;
        try {
            Set<TypeElement> classes = new LinkedHashSet<>();
            Set<ExecutableElement> providers = new LinkedHashSet<>();
            Set<TypeElement> settings = new LinkedHashSet<>();
            for (TypeElement annotation : annotations) {
                if (annotation.getQualifiedName().contentEquals(KilnNames.PROVIDES)) {
                    providers.addAll(ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation)));
                    continue;
                }
                if (annotation.getQualifiedName().contentEquals(KilnNames.SETTINGS)) {
                    settings.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
                    continue;
                }
                if (!isEntryAnnotation(annotation.getQualifiedName().toString())) {
                    continue;
                }
                for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation))) {
                    current = method;
                    if (method.getEnclosingElement() instanceof TypeElement type) {
                        classes.add(type);
                    }
                }
            }
            current = null;
            pipeline.round(classes, providers, settings, round.processingOver());
        } catch (Throwable t) {
            diagnostics.internalError(current, t);
        }
        // Other processors may read Kiln's annotations too.
        return false;
    }

    /**
     * The annotations that make a class interesting: the HTTP verbs, {@code @ExceptionHandler} and the
     * static hooks ({@code @HealthCheck}, {@code @OnStartup}, {@code @OnShutdown}).
     */
    private static boolean isEntryAnnotation(String name) {
        return HttpMethod.ofAnnotation(name) != null
                || name.equals(KilnNames.EXCEPTION_HANDLER)
                || name.equals(KilnNames.HEALTH_CHECK)
                || name.equals(KilnNames.ON_STARTUP)
                || name.equals(KilnNames.ON_SHUTDOWN)
                || name.equals(KilnNames.MIDDLEWARE);
    }
}
