package dev.kiln.processor;

import com.palantir.javapoet.ClassName;
import dev.kiln.processor.codegen.GeneratedFiles;
import dev.kiln.processor.codegen.RouteModuleGenerator;
import dev.kiln.processor.codegen.RoutesGenerator;
import dev.kiln.processor.codegen.SettingsGenerator;
import dev.kiln.processor.diag.Diagnostics;
import dev.kiln.processor.diag.Problem;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.DependencyGraph;
import dev.kiln.processor.graph.ExceptionHandlerTable;
import dev.kiln.processor.graph.ExecutionPlanner;
import dev.kiln.processor.graph.HookTable;
import dev.kiln.processor.graph.MiddlewareTable;
import dev.kiln.processor.graph.RouteClassDependencies;
import dev.kiln.processor.graph.RouteGraph;
import dev.kiln.processor.graph.RouteTable;
import dev.kiln.processor.graph.SecurityCatalog;
import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.ExceptionHandlerMethod;
import dev.kiln.processor.model.HookMethod;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.SettingsRecord;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.read.KilnNames;
import dev.kiln.processor.read.Mirrors;
import dev.kiln.processor.read.Readers;
import dev.kiln.processor.validate.ExceptionHandlerValidator;
import dev.kiln.processor.validate.HookValidator;
import dev.kiln.processor.validate.MiddlewareValidator;
import dev.kiln.processor.validate.ProviderValidator;
import dev.kiln.processor.validate.SettingsValidator;
import dev.kiln.processor.validate.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The stages in order, with what must outlive one round: the route table, the classes generated so
 * far, the exception handlers, and the classes deferred until their types exist. Per class:
 * read → validate; then, app-wide: the route table, planning, extensions, code generation; once at
 * the end: the route module.
 */
final class Pipeline {
    private final ProcessingEnvironment env;
    private final Diagnostics diagnostics;
    private final Readers readers;
    private final ExceptionHandlerValidator handlerValidator;
    private final DependencyGraph dependencies = new DependencyGraph();
    private final MiddlewareTable middleware = new MiddlewareTable();
    private final ExecutionPlanner planner = new ExecutionPlanner(dependencies, middleware);
    private final MiddlewareValidator middlewareValidator = new MiddlewareValidator();
    private final ProviderValidator providerValidator = new ProviderValidator();
    private final RouteClassDependencies dependencyValidator = new RouteClassDependencies();
    private final RouteTable routeTable = new RouteTable();
    private final ExceptionHandlerTable handlerTable = new ExceptionHandlerTable();
    private final HookValidator hookValidator = new HookValidator();
    private final HookTable hooks = new HookTable();
    private final SecurityCatalog security = new SecurityCatalog();
    private final GeneratedFiles files;
    private final List<PipelineExtension> extensions;
    private final String moduleOption;

    private final Set<String> deferred = new TreeSet<>();
    private final List<RouteGraph> rounds = new ArrayList<>();
    private final List<ExceptionHandlerMethod> handlers = new ArrayList<>();
    /** The valid exception handlers and hooks read in the current round, for its graph. */
    private final List<ExceptionHandlerMethod> roundHandlers = new ArrayList<>();

    private final List<HookMethod> roundHooks = new ArrayList<>();
    private final List<Element> origins = new ArrayList<>();
    /** The classes of {@code @Provides} methods: the route module makes their singletons. */
    private final List<Element> providerOrigins = new ArrayList<>();
    /** The valid {@code @Settings} records: the route module makes their singletons. */
    private final List<TypeElement> settingsRecords = new ArrayList<>();

    private final SettingsValidator settingsValidator = new SettingsValidator();

    private boolean moduleWritten;

    Pipeline(
            ProcessingEnvironment env,
            Diagnostics diagnostics,
            List<PipelineExtension> extensions,
            String moduleOption) {
        this.env = env;
        this.diagnostics = diagnostics;
        this.readers = new Readers(env);
        this.handlerValidator = new ExceptionHandlerValidator();
        this.files = new GeneratedFiles(env.getFiler());
        this.extensions = List.copyOf(extensions);
        this.moduleOption = moduleOption;
    }

    /**
     * Reads and checks a round's {@code @Provides} methods, before any parameter is read: a parameter
     * whose type they provide is a dependency.
     */
    private void readProviders(Set<ExecutableElement> methods) {
        List<ExecutableElement> sorted = methods.stream()
                .sorted(Comparator.comparing((ExecutableElement m) -> ((TypeElement) m.getEnclosingElement())
                                .getQualifiedName()
                                .toString())
                        .thenComparing(m -> m.getSimpleName().toString()))
                .toList();
        for (ExecutableElement method : sorted) {
            readers.keys().provide(readers.providers().keyOf(method));
        }
        List<ProviderMethod> read = new ArrayList<>();
        List<DependencyGraph.Owner> owners = new ArrayList<>();
        Set<DependencyKey> invalid = new HashSet<>();
        for (ExecutableElement method : sorted) {
            try {
                ProviderMethod provider = readers.providers().read(method);
                Report report = providerValidator.validate(provider);
                diagnostics.print(report);
                if (!report.isClean()) {
                    invalid.add(provider.key());
                } else if (!provider.isStatic()) {
                    owners.add(new DependencyGraph.Owner(
                            provider.owner(), readers.providers().ownerDependencies(provider.owner())));
                }
                read.add(provider);
                providerOrigins.add(provider.owner());
            } catch (Throwable t) {
                diagnostics.internalError(method, t);
            }
        }
        diagnostics.print(dependencies.add(read, owners, invalid));
    }

    /**
     * Reads and checks a round's {@code @Settings} records, writes the binder of each valid one, and adds them
     * to the dependency graph as singleton providers; their keys are registered first, so a parameter of a
     * settings type is a dependency even when the record is broken (reported once, no cascade).
     */
    private void readSettings(Set<TypeElement> types) {
        List<TypeElement> sorted = types.stream()
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
                .toList();
        sorted.forEach(type -> readers.keys().provide(readers.settings().keyOf(type)));
        List<ProviderMethod> providers = new ArrayList<>();
        Set<DependencyKey> invalid = new HashSet<>();
        for (TypeElement type : sorted) {
            try {
                SettingsRecord settings = readers.settings().read(type);
                Report report = settingsValidator.validate(settings);
                diagnostics.print(report);
                if (settings.provider() != null) {
                    providers.add(settings.provider());
                }
                if (!report.isClean() || settings.provider() == null) {
                    invalid.add(readers.settings().keyOf(type));
                    continue;
                }
                files.write(new SettingsGenerator().generate(settings));
                settingsRecords.add(type);
            } catch (Throwable t) {
                diagnostics.internalError(type, t);
            }
        }
        diagnostics.print(dependencies.add(providers, List.of(), invalid));
    }

    /**
     * One round over the classes that declare operations, exception handlers or hooks, the {@code @Provides}
     * methods and the {@code @Settings} records.
     */
    void round(
            Set<TypeElement> found,
            Set<ExecutableElement> providerMethods,
            Set<TypeElement> settingsTypes,
            boolean processingOver) {
        readSettings(settingsTypes);
        readProviders(providerMethods);
        Map<String, TypeElement> candidates = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement type = env.getElementUtils().getTypeElement(name);
            if (type != null) {
                candidates.put(name, type);
            }
        }
        deferred.clear();
        found.stream()
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
                .forEach(t -> candidates.putIfAbsent(t.getQualifiedName().toString(), t));
        if (moduleWritten && !candidates.isEmpty()) {
            candidates
                    .values()
                    .forEach(
                            t -> diagnostics.internalError(
                                    t,
                                    new IllegalStateException(
                                            "this class was generated after Kiln wrote the route module, so its routes would be lost")));
            return;
        }

        roundHandlers.clear();
        roundHooks.clear();
        Validation validation = new Validation();
        List<RouteClass> read = new ArrayList<>();
        Map<RouteClass, Report> reports = new LinkedHashMap<>();
        for (TypeElement type : candidates.values()) {
            try {
                if (Unresolved.in(type)) {
                    deferred.add(type.getQualifiedName().toString());
                    continue;
                }
                readHandlers(type);
                readHooks(type);
                RouteClass routeClass = readers.routeClasses().read(type);
                readMiddleware(type, !routeClass.operations().isEmpty());
                if (!routeClass.operations().isEmpty()) {
                    read.add(routeClass);
                    reports.put(
                            routeClass,
                            validation
                                    .validate(routeClass)
                                    .addAll(dependencyValidator.validate(routeClass, dependencies)));
                }
            } catch (Throwable t) {
                diagnostics.internalError(type, t);
            }
        }
        security.learn(read, dependencies);
        reports.forEach((routeClass, report) -> report.addAll(security.check(routeClass)));
        diagnostics.print(security.checkProviders(dependencies));
        Set<Element> clashing = new HashSet<>();
        Report duplicates = routeTable.add(read);
        for (Problem problem : duplicates.problems()) {
            clashing.add(problem.element().getEnclosingElement());
        }
        diagnostics.print(duplicates);
        List<RouteClass> clean = new ArrayList<>();
        reports.forEach((routeClass, report) -> {
            diagnostics.print(report);
            if (report.isClean() && !clashing.contains(routeClass.element()) && !dependencies.usesBroken(routeClass)) {
                clean.add(routeClass);
            }
        });

        RouteGraph graph = RouteGraph.plan(clean, planner).withStaticMethods(roundHandlers, roundHooks);
        for (PipelineExtension extension : extensions) {
            diagnostics.print(extension.roundPlanned(graph));
        }
        int generated = 0;
        for (RouteClass routeClass : graph.routeClasses()) {
            try {
                files.write(new RoutesGenerator().generate(routeClass, graph.operationsOf(routeClass)));
                origins.add(routeClass.element());
                generated++;
            } catch (Throwable t) {
                diagnostics.internalError(routeClass.element(), t);
            }
        }
        rounds.add(graph);

        // The module lists every route class of the compilation, so it is written once no more can
        // appear: in the first round that found nothing new (or generated nothing that a later round
        // could add to), never in the last round, where a new source file would not be compiled.
        boolean quiet = candidates.isEmpty() || generated == 0;
        if (!moduleWritten
                && deferred.isEmpty()
                && quiet
                && !processingOver
                && !diagnostics.reportedErrors()
                && (!origins.isEmpty() || !handlers.isEmpty() || !hooks.isEmpty() || !settingsRecords.isEmpty())) {
            writeModule();
        }
    }

    private void readHandlers(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (Mirrors.find(method, KilnNames.EXCEPTION_HANDLER) != null) {
                ExceptionHandlerMethod handler = readers.exceptionHandlers().read(method);
                Report report = handlerValidator.validate(handler);
                diagnostics.print(report);
                if (report.isClean()) {
                    Report clashes = handlerTable.add(handler);
                    diagnostics.print(clashes);
                    handlers.add(handler);
                    roundHandlers.add(handler);
                    origins.add(type);
                }
            }
        }
    }

    /**
     * Reads and checks the {@code @Middleware} methods of {@code type}; the valid ones apply to its operations
     * when it has some ({@code routeClass}), else to every operation of the compilation. Read before the
     * round's route classes are planned.
     */
    private void readMiddleware(TypeElement type, boolean routeClass) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (Mirrors.find(method, KilnNames.MIDDLEWARE) == null) {
                continue;
            }
            MiddlewareMethod read = readers.middleware().read(method);
            Report report = middlewareValidator.validate(read);
            for (Parameter parameter : read.parameters()) {
                if (parameter.source() == Source.DEPENDENCY
                        && dependencies.provider(parameter.dependency().key()) == null) {
                    DependencyGraph.missing(parameter, "the @Middleware " + read.describe(), report);
                }
            }
            diagnostics.print(report);
            if (!report.isClean() || dependencies.usesBroken(read.parameters())) {
                continue;
            }
            if (routeClass) {
                middleware.addForClass(read);
            } else {
                middleware.addEverywhere(read);
            }
            origins.add(type);
        }
    }

    /**
     * Reads and checks the static hooks of {@code type} ({@code @HealthCheck}, {@code @OnStartup},
     * {@code @OnShutdown}); the valid ones join the route module.
     */
    private void readHooks(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (Mirrors.find(method, KilnNames.HEALTH_CHECK) != null) {
                HookMethod check = readers.hooks().read(method, KilnNames.HEALTH_CHECK);
                if (checkHook(check, hookValidator.validateHealthCheck(check), "The health check ")) {
                    diagnostics.print(hooks.addHealthCheck(check));
                }
            }
            if (Mirrors.find(method, KilnNames.ON_STARTUP) != null) {
                HookMethod hook = readers.hooks().read(method, KilnNames.ON_STARTUP);
                if (checkHook(hook, hookValidator.validateLifespanHook(hook, "@OnStartup"), "The @OnStartup hook ")) {
                    hooks.addStartup(hook);
                }
            }
            if (Mirrors.find(method, KilnNames.ON_SHUTDOWN) != null) {
                HookMethod hook = readers.hooks().read(method, KilnNames.ON_SHUTDOWN);
                if (checkHook(hook, hookValidator.validateLifespanHook(hook, "@OnShutdown"), "The @OnShutdown hook ")) {
                    hooks.addShutdown(hook);
                }
            }
        }
    }

    /**
     * Prints what is wrong with {@code hook} (its own {@code report}, then its singletons) and whether it is
     * clean; a clean hook joins the round's graph and the route module's origins.
     */
    private boolean checkHook(HookMethod hook, Report report, String who) {
        report.addAll(dependencies.checkStartupParameters(hook.parameters(), who + hook.describe()));
        diagnostics.print(report);
        if (!report.isClean() || dependencies.usesBroken(hook.parameters())) {
            return false;
        }
        roundHooks.add(hook);
        origins.add(hook.owner());
        return true;
    }

    private void writeModule() {
        moduleWritten = true;
        List<ClassName> routeClasses = rounds.stream()
                .flatMap(g -> g.routeClasses().stream())
                .map(RoutesGenerator::routesClassName)
                .sorted(Comparator.comparing(ClassName::canonicalName))
                .toList();
        List<ExceptionHandlerMethod> sortedHandlers = handlers.stream()
                .sorted(Comparator.comparing((ExceptionHandlerMethod h) ->
                                h.owner().getQualifiedName().toString())
                        .thenComparing(h -> h.element().getSimpleName().toString()))
                .toList();
        ClassName module = moduleName(routeClasses, sortedHandlers);
        List<Element> sortedOrigins = Stream.of(origins, providerOrigins, settingsRecords)
                .flatMap(List::stream)
                .map(Element.class::cast)
                .distinct()
                .sorted(Comparator.comparing(
                        e -> ((TypeElement) e).getQualifiedName().toString()))
                .toList();
        try {
            files.write(new RouteModuleGenerator()
                    .generate(
                            module, routeClasses, sortedHandlers, sortedOrigins, dependencies.singletonOrder(), hooks));
            files.writeResource(
                    RouteModuleGenerator.SERVICES_FILE, RouteModuleGenerator.servicesFile(module), sortedOrigins);
            for (PipelineExtension extension : extensions) {
                diagnostics.print(extension.compilationFinished(module, List.copyOf(rounds), files::writeResource));
            }
        } catch (Throwable t) {
            diagnostics.internalError(sortedOrigins.isEmpty() ? null : sortedOrigins.get(0), t);
        }
    }

    /** {@code -Akiln.module=com.example.Api}, else {@code Kiln_RouteModule} in the common package. */
    private ClassName moduleName(List<ClassName> routeClasses, List<ExceptionHandlerMethod> sortedHandlers) {
        if (moduleOption != null && !moduleOption.isBlank()) {
            return ClassName.bestGuess(moduleOption.strip());
        }
        List<String> packages = new ArrayList<>();
        routeClasses.forEach(c -> packages.add(c.packageName()));
        sortedHandlers.forEach(h -> packages.add(
                env.getElementUtils().getPackageOf(h.owner()).getQualifiedName().toString()));
        settingsRecords.forEach(r -> packages.add(
                env.getElementUtils().getPackageOf(r).getQualifiedName().toString()));
        hooks.all()
                .forEach(c -> packages.add(env.getElementUtils()
                        .getPackageOf(c.owner())
                        .getQualifiedName()
                        .toString()));
        return ClassName.get(RouteModuleGenerator.commonPackage(packages), "Kiln_RouteModule");
    }
}
