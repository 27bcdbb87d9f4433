package dev.kiln.processor.read;

import dev.kiln.processor.model.HttpMethod;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.PathTemplate;
import dev.kiln.processor.model.ScopeUse;
import dev.kiln.processor.model.Threading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** Reads one annotated method into an {@link Operation}. */
public final class OperationReader {
    private final Elements elements;
    private final Mirrors mirrors;
    private final ParameterReader parameters;
    private final ReturnShapeReader returns;
    private final WebSocketMessageReader messages;

    OperationReader(
            Elements elements,
            Mirrors mirrors,
            ParameterReader parameters,
            ReturnShapeReader returns,
            WebSocketMessageReader messages) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.parameters = parameters;
        this.returns = returns;
        this.messages = messages;
    }

    /** The verb annotations ({@code @Get}, ...) on {@code method}, in source order. */
    public static List<AnnotationMirror> verbAnnotations(Element method) {
        List<AnnotationMirror> verbs = new ArrayList<>();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (HttpMethod.ofAnnotation(Mirrors.nameOf(mirror)) != null) {
                verbs.add(mirror);
            }
        }
        return verbs;
    }

    /** The operation declared by {@code method}, which has at least one verb annotation. */
    public Operation read(ExecutableElement method, String prefix, List<String> routerTags) {
        List<AnnotationMirror> verbs = verbAnnotations(method);
        AnnotationMirror verb = verbs.get(0);
        PathTemplate path = PathTemplate.parse(prefix + mirrors.string(verb, "value"));
        String produces = mirrors.string(verb, "produces");
        Set<String> tags = new LinkedHashSet<>(routerTags);
        tags.addAll(mirrors.strings(verb, "tags"));
        Javadoc doc = Javadoc.of(elements, method);
        String summary = mirrors.string(verb, "summary");
        String description = mirrors.string(verb, "description");
        String operationId = mirrors.string(verb, "operationId");
        boolean deprecated = mirrors.bool(verb, "deprecated") || elements.isDeprecated(method);
        HttpMethod httpMethod = HttpMethod.ofAnnotation(Mirrors.nameOf(verb));
        return new Operation(
                method,
                httpMethod,
                verb,
                verbs,
                path,
                mirrors.integer(verb, "status", 200),
                Mirrors.isExplicit(verb, "status"),
                produces,
                new ArrayList<>(tags),
                summary.isEmpty() ? doc.summary() : summary,
                description.isEmpty() ? doc.description() : description,
                operationId.isEmpty() ? null : operationId,
                deprecated,
                parameters.readAll(method, path),
                returns.read(method, method.getReturnType(), produces),
                threading(method),
                scopes(method),
                httpMethod == HttpMethod.WEBSOCKET ? messages.read(method) : List.of());
    }

    /** The {@code @Scopes} of the method's class, then of the method. */
    private List<ScopeUse> scopes(ExecutableElement method) {
        List<ScopeUse> uses = new ArrayList<>();
        ScopeUse router = scopes(mirrors, method.getEnclosingElement());
        if (router != null) {
            uses.add(router);
        }
        ScopeUse own = scopes(mirrors, method);
        if (own != null) {
            uses.add(own);
        }
        return uses;
    }

    /** The {@code @Scopes} on {@code element}, or {@code null}. */
    static ScopeUse scopes(Mirrors mirrors, Element element) {
        AnnotationMirror annotation = Mirrors.find(element, KilnNames.SCOPES);
        return annotation == null ? null : new ScopeUse(mirrors.strings(annotation, "value"), element, annotation);
    }

    /** {@code @Blocking}/{@code @NonBlocking} on a method or class. */
    public Threading threading(Element element) {
        AnnotationMirror blocking = Mirrors.find(element, KilnNames.BLOCKING);
        AnnotationMirror nonBlocking = Mirrors.find(element, KilnNames.NON_BLOCKING);
        return new Threading(blocking, nonBlocking, blocking == null ? null : mirrors.string(blocking, "pool"));
    }
}
