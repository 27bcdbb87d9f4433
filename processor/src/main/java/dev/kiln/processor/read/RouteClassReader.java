package dev.kiln.processor.read;

import dev.kiln.processor.model.Dependency;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads a class with operations into a {@link RouteClass}. */
public final class RouteClassReader {
    private final Elements elements;
    private final Mirrors mirrors;
    private final OperationReader operations;
    private final ParameterReader parameters;
    private final DependencyKeys keys;

    public RouteClassReader(
            Elements elements,
            Mirrors mirrors,
            OperationReader operations,
            ParameterReader parameters,
            DependencyKeys keys) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.operations = operations;
        this.parameters = parameters;
        this.keys = keys;
    }

    public RouteClass read(TypeElement type) {
        Deque<String> simpleNames = new ArrayDeque<>();
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            simpleNames.addFirst(t.getSimpleName().toString());
        }
        AnnotationMirror router = Mirrors.find(type, KilnNames.ROUTER);
        String prefix = router == null ? "" : mirrors.string(router, "prefix");
        List<String> tags = router == null ? List.of() : mirrors.strings(router, "tags");
        List<Operation> read = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!OperationReader.verbAnnotations(method).isEmpty()) {
                read.add(operations.read(method, prefix, tags));
            }
        }
        List<Dependency> routerDependencies = new ArrayList<>();
        if (router != null) {
            AnnotationValue value = mirrors.value(router, "dependencies");
            if (value != null && value.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (((AnnotationValue) item).getValue() instanceof TypeMirror dependency) {
                        routerDependencies.add(new Dependency(keys.of(dependency, ""), true, true));
                    }
                }
            }
        }
        // The constructor is called only for instance operations; a class of static operations is never built.
        boolean built = read.stream().anyMatch(o -> !o.isStatic());
        List<ExecutableElement> constructors = usableConstructors(type);
        return new RouteClass(
                type,
                elements.getPackageOf(type).getQualifiedName().toString(),
                new ArrayList<>(simpleNames),
                router,
                prefix,
                tags,
                operations.threading(type),
                read,
                built && constructors.size() == 1
                        ? parameters.readConstructorParameters(
                                constructors.get(0).getParameters())
                        : List.of(),
                routerDependencies,
                constructors.size());
    }

    /** The constructors of {@code type} that generated code in its package can call: the non-private ones. */
    static List<ExecutableElement> usableConstructors(TypeElement type) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
                .toList();
    }
}
