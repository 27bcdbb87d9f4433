package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One HTTP operation: a method annotated with {@code @Get}, {@code @Post}, ...
 *
 * @param element         the Java method
 * @param method          the HTTP method (of the first verb annotation)
 * @param verbAnnotation  that annotation
 * @param verbAnnotations every verb annotation on the method (more than one is an error)
 * @param path            the full path template: router prefix + value
 * @param status          the status of a successful answer, as annotated (default 200)
 * @param statusDeclared  whether {@code status} is written on the annotation
 * @param produces        the response media type, as annotated (default {@code application/json})
 * @param tags            the router's tags, then the operation's, without repeats
 * @param summary         the annotated summary, else the first sentence of the Javadoc; {@code null} if neither
 * @param description     the annotated description, else the rest of the Javadoc; {@code null} if neither
 * @param operationId     the annotated operationId, or {@code null}
 * @param deprecated      as annotated
 * @param parameters      the parameters in declaration order
 * @param returns         the return shape
 * @param threading       {@code @Blocking}/{@code @NonBlocking} on the method
 * @param scopes          the {@code @Scopes} of its class and of the method, in that order
 * @param messages        a WebSocket route's JSON message types ({@code ws.onJson(Type.class, ...)} in its
 *                        body), in source order without repeats; empty for other operations
 */
public record Operation(
        ExecutableElement element,
        HttpMethod method,
        AnnotationMirror verbAnnotation,
        List<AnnotationMirror> verbAnnotations,
        PathTemplate path,
        int status,
        boolean statusDeclared,
        String produces,
        List<String> tags,
        String summary,
        String description,
        String operationId,
        boolean deprecated,
        List<Parameter> parameters,
        ReturnShape returns,
        Threading threading,
        List<ScopeUse> scopes,
        List<TypeShape> messages) {
    public Operation {
        scopes = List.copyOf(scopes);
        verbAnnotations = List.copyOf(verbAnnotations);
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        messages = List.copyOf(messages);
    }

    /** Whether this is a {@code @WebSocketRoute}: a handshake, then a socket; no OpenAPI operation. */
    public boolean isWebSocket() {
        return method == HttpMethod.WEBSOCKET;
    }

    /** The scopes its own and its class's {@code @Scopes} require, in order, without repeats. */
    public List<String> requiredScopes() {
        return scopes.stream().flatMap(s -> s.scopes().stream()).distinct().toList();
    }

    /** The Java method's name. */
    public String javaName() {
        return element.getSimpleName().toString();
    }

    public boolean isStatic() {
        return element.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
    }

    /**
     * The status of a successful answer: the declared one, else 200, except that an operation without a
     * body ({@code void}, {@code Void}) that declares no status answers 204 No Content.
     */
    public int successStatus() {
        return returns.kind() == ReturnShape.Kind.EMPTY && !statusDeclared ? 204 : status;
    }

    /** The parameters read from the JSON body, in declaration order. */
    public List<Parameter> bodyParameters() {
        return parameters.stream().filter(p -> p.source() == Source.BODY).toList();
    }

    /** Whether the runtime must read the request body before calling the endpoint (JSON, raw, form or files). */
    public boolean readsBody() {
        return parameters.stream()
                .anyMatch(p -> p.source() == Source.BODY
                        || p.source() == Source.RAW_BODY
                        || p.source() == Source.FORM
                        || p.source() == Source.FILE);
    }
}
