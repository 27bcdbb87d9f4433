package dev.kiln.processor.read;

import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads a class with operations into a {@link RouteClass}. */
public final class RouteClassReader {
    private final Elements elements;
    private final Mirrors mirrors;
    private final OperationReader operations;

    public RouteClassReader(Elements elements, Mirrors mirrors, OperationReader operations) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.operations = operations;
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
        return new RouteClass(type, elements.getPackageOf(type).getQualifiedName().toString(),
                new ArrayList<>(simpleNames), router, prefix, tags, operations.threading(type), read);
    }
}
