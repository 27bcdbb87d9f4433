package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A class with operations; one generated {@code <Class>_Routes} each.
 *
 * @param element          the class
 * @param packageName      its package ({@code ""} for the unnamed package)
 * @param simpleNames      its simple name and those of its enclosing classes, outermost first
 * @param routerAnnotation {@code @Router}, or {@code null}
 * @param prefix           the router prefix ({@code ""} without one)
 * @param tags             the router tags
 * @param threading        the class-level {@code @Blocking}/{@code @NonBlocking} default
 * @param operations       the operations in source order
 * @param constructorDependencies the parameters of its one public constructor (singleton dependencies);
 *                         empty without one
 * @param routerDependencies {@code @Router(dependencies = {...})}: run for every operation, value unused
 * @param usableConstructors the constructors generated code in the class's package can call (the non-private
 *                         ones); exactly one is needed for instance operations
 */
public record RouteClass(
        TypeElement element,
        String packageName,
        List<String> simpleNames,
        AnnotationMirror routerAnnotation,
        String prefix,
        List<String> tags,
        Threading threading,
        List<Operation> operations,
        List<Parameter> constructorDependencies,
        List<Dependency> routerDependencies,
        int usableConstructors) {
    public RouteClass {
        simpleNames = List.copyOf(simpleNames);
        tags = List.copyOf(tags);
        operations = List.copyOf(operations);
        constructorDependencies = List.copyOf(constructorDependencies);
        routerDependencies = List.copyOf(routerDependencies);
    }

    /** A route class without dependencies. */
    public RouteClass(
            TypeElement element,
            String packageName,
            List<String> simpleNames,
            AnnotationMirror routerAnnotation,
            String prefix,
            List<String> tags,
            Threading threading,
            List<Operation> operations) {
        this(
                element,
                packageName,
                simpleNames,
                routerAnnotation,
                prefix,
                tags,
                threading,
                operations,
                List.of(),
                List.of(),
                1);
    }

    /** The class's qualified name. */
    public String qualifiedName() {
        return element.getQualifiedName().toString();
    }

    /** The name the route table shows for a method: {@code Outer.Inner.method}. */
    public String javaMethodName(Operation operation) {
        return String.join(".", simpleNames) + "." + operation.javaName();
    }

    /** The simple name of the generated class: {@code Items_Routes}, {@code Outer_Inner_Routes}. */
    public String routesSimpleName() {
        return String.join("_", simpleNames) + "_Routes";
    }

    /** Whether {@code operation} (one of this class's) needs any provider: a dependency, or a router dependency. */
    public boolean needsProviders(Operation operation) {
        return !routerDependencies.isEmpty()
                || operation.parameters().stream().anyMatch(p -> p.source() == Source.DEPENDENCY);
    }

    /** Whether any operation needs an instance of the class. */
    public boolean hasInstanceOperations() {
        return operations.stream().anyMatch(o -> !o.isStatic());
    }
}
