package dev.kiln.processor.diag;

import static dev.kiln.processor.diag.Severity.ERROR;
import static dev.kiln.processor.diag.Severity.NOTE;
import static dev.kiln.processor.diag.Severity.WARNING;

import java.util.List;

/**
 * Every message Kiln prints at compile time, and the catalogue that goes with each: its severity, a
 * one-line summary (what it means), and the fix. The names are part of the user-visible contract
 * (printed as {@code [kiln/Name]}, searched for, and named in {@code @SuppressWarnings("kiln:Name")}),
 * so they are never renamed; {@code docs/processor.md} lists every one (a test checks it).
 *
 * <p>A printed message is {@code [kiln/Id] what is wrong here. How to fix it.}: the fix is this
 * catalogue's, unless the place that finds the problem knows a more specific one (the variable to
 * add, the provider to change).
 *
 * <p>Warnings (and {@link #BlockingCallOnEventLoop}, a guess about code Kiln does not run, though an
 * error by default) are {@linkplain #suppressible() suppressible}; errors are not: code generated
 * from an input with an error would not compile or would misbehave.
 */
public enum DiagnosticId {
    UnboundPathVariable(
            ERROR,
            "a {var} of the path has no parameter",
            "Add a parameter of that name, or annotate one with @Path(\"name\")."),
    UnknownPathVariable(
            ERROR,
            "@Path(\"x\"), or a provider's path parameter, reads a variable that is not in the path",
            "Add the variable to the path, or read one that is in it."),
    PathParameterNotSimple(
            ERROR,
            "a path parameter that is not a simple, always-present type",
            "Use a simple type (a primitive, String, UUID, an enum, a number or date-time class), not an "
                    + "Optional, @Nullable, collection or object."),
    DuplicateRoute(
            ERROR,
            "two operations with one HTTP method and path (variable names aside) in the compilation; reported on both",
            "Change the path or the HTTP method of one of them."),
    SecurityParameterType(
            ERROR,
            "a security scheme annotation (@OAuth2Password, @Bearer, @ApiKey, @OpenIdConnect, @BasicAuth) on a "
                    + "parameter of another type than String (Credentials for @BasicAuth) or an Optional of it, or "
                    + "together with another scheme or a source annotation",
            "Declare it as String or Optional<String> (Credentials or Optional<Credentials> for @BasicAuth), with "
                    + "one scheme annotation and no @Header, @Query, @Cookie, @Body or @Depends."),
    UnknownScope(
            ERROR,
            "a scope in @Scopes that no @OAuth2Password(scopes = ...) of the compilation declares",
            "Declare it in an @OAuth2Password's scopes, or correct its spelling."),
    SecuritySchemeConflict(
            ERROR,
            "two different security schemes under one name in the compilation (the document can hold only one)",
            "Give one of them another schemeName, or write both annotations alike."),
    UnsupportedParameterType(
            ERROR,
            "a parameter Kiln cannot bind (a collection cookie, a @Nullable primitive, a @Form that is not a simple "
                    + "type, Optional, List or record of them, a @File that is not Upload, Optional<Upload>, "
                    + "List<Upload> or byte[], two source annotations), or an operation with type parameters",
            "Change its type or annotation (see \"Parameters\" in the Kiln docs)."),
    MixedBodies(
            ERROR,
            "an operation that, with its providers, reads the request body in two ways: a JSON body and @Form or "
                    + "@File fields, or a raw @Body byte[]/String with any other body value",
            "Read the body one way: form fields and files together (one form), or one JSON body, or the raw body "
                    + "alone."),
    OperationNotPublic(
            ERROR, "a non-public or abstract operation, or one in a private or local class", "Make the method public."),
    ConflictingThreading(
            ERROR,
            "@Blocking and @NonBlocking on one method or class, or an empty pool name",
            "Keep @Blocking to run it on a worker thread, or @NonBlocking to run it on the event loop."),
    MalformedPathTemplate(
            ERROR,
            "a path with no leading '/' (after the prefix), '//', unbalanced braces, '{}', a bad or repeated "
                    + "variable name, or a variable that is not a whole segment",
            "Write paths like \"/items/{itemId}\": a leading '/', and each variable a whole segment."),
    BadDefault(
            ERROR,
            "a @Default that does not parse as its type, or on a path parameter, an Optional, a list, a record "
                    + "parameter or a whole body",
            "Write the default as it would appear in a request, or remove it."),
    RouteClassNotInstantiable(
            ERROR,
            "instance operations in a class Kiln cannot build: abstract, inner, generic, or without exactly one "
                    + "non-private constructor",
            "Give it one public constructor (its parameters are singleton dependencies) in a static nested or "
                    + "top-level class, or make its operations static."),
    MultipleHttpMethods(
            ERROR,
            "two HTTP method annotations on one method",
            "An operation has one HTTP method: keep one annotation, and declare another method for the other HTTP "
                    + "method."),
    BadExceptionHandler(
            ERROR,
            "an @ExceptionHandler with a signature Kiln cannot register, or a second handler for one exception type",
            "Declare it as public static Response<?> handler(SomeException e, Request request) (or returning "
                    + "Future<Response<?>>) in a public class, one per exception type."),
    BadHookMethod(
            ERROR,
            "a @HealthCheck, @OnStartup or @OnShutdown method that Kiln cannot call: not public static, in a class "
                    + "that is not public, generic, or returning something other than boolean or Future<Boolean> (a "
                    + "health check), void or a Future (a lifespan hook)",
            "Declare it as public static boolean check(...) (or returning Future<Boolean>), or public static void "
                    + "hook(...) (or returning Future<Void>), in a public class; its parameters are singletons or Vertx."),
    DuplicateHealthCheck(
            ERROR,
            "two @HealthCheck methods with one name in the compilation; reported on both",
            "Name one of them apart with @HealthCheck(\"name\")."),
    BadMiddleware(
            ERROR,
            "a @Middleware method that generated code cannot call: not public static, in a class that is not "
                    + "public, generic, or reading a @Path variable",
            "Declare it as public static void name(...) (or returning Optional<Response<?>> or a Future of either) "
                    + "in a public class; read path values in the operation."),
    MiddlewareReturnType(
            ERROR,
            "a @Middleware method returning something other than void, Future<Void>, Optional<Response<?>> or "
                    + "Future<Optional<Response<?>>> (or a CompletionStage of those)",
            "Return void (or Future<Void>) to go on, or Optional<Response<?>> (or a Future of it) to answer "
                    + "at once when present."),
    BadSettings(
            ERROR,
            "a @Settings type Kiln cannot bind: not a public record, a prefix with characters a variable name cannot "
                    + "hold, a component of a type a setting cannot have, or two components read from one variable",
            "Declare a public record whose components are simple types, or Optional, List or Set of them; the prefix "
                    + "is letters, digits and _ (\"APP_\")."),
    InaccessibleType(
            ERROR,
            "a parameter, member or result type the generated code cannot name (private, or package-private in "
                    + "another package)",
            "Make the type public (and the classes it is nested in)."),
    DuplicateOperationId(
            ERROR,
            "two operations with one OpenAPI operationId; reported on both",
            "Set a unique operationId on each."),
    MissingProvider(
            ERROR,
            "a dependency (@Depends, @Named, a constructor or provider parameter, a @Router(dependencies) entry) "
                    + "that no @Provides method provides",
            "Add a public static @Provides method that returns it, or change the parameter."),
    DuplicateProvider(
            ERROR,
            "two @Provides methods for one type and qualifier; reported on both",
            "Remove one, or tell them apart with @Named(\"...\") on each and at the use site."),
    DependencyCycle(
            ERROR,
            "providers that need each other; the message lists the cycle, A -> B -> A",
            "Break the cycle: one of them must not ask for the next."),
    ScopeMismatch(
            ERROR,
            "a singleton (a singleton provider, a route class constructor, an instance provider's class) that "
                    + "needs a request-scoped value or a request parameter",
            "Make the needed provider a singleton (@Provides(scope = Scope.SINGLETON)), or ask for the value in an "
                    + "operation."),
    VoidProvider(
            ERROR,
            "a @Provides method that returns void or Void",
            "Return the value it makes; for a dependency run only for its effect (a token check), return a small "
                    + "value and list its type in @Router(dependencies = ...)."),
    BadProvider(
            ERROR,
            "a provider the generated code cannot call: not public, generic, in a class that is not public, or an "
                    + "instance provider whose class Kiln cannot build",
            "Make it a public method without type parameters in a public class, or make it static."),
    ConstraintNotApplicable(
            ERROR,
            "a Bean Validation constraint on a type it does not apply to (@Size on an int, @Min on a String, "
                    + "@NotNull on an Optional), on a parameter, a member at any depth or a type argument",
            "Remove it, or change the type to one it applies to."),
    BadConstraint(
            ERROR,
            "a constraint whose values are wrong: a @Pattern that does not compile or has flags, @Size with "
                    + "min > max or a negative min, a @DecimalMin/@DecimalMax that is not a number, negative @Digits",
            "Fix its values: 0 <= min <= max, digits >= 0, decimal bounds like \"2.5\", a valid regular expression "
                    + "with flags written inline, (?i)."),
    UnsupportedConstraint(
            WARNING,
            "a jakarta.validation constraint Kiln does not check (@Past, @Future, @AssertTrue, @Null, ...), any other "
                    + "constraint (Hibernate Validator's @Length, the app's own @Constraint), or one inside a class Kiln "
                    + "leaves to Jackson (a @JsonCreator class); code is still generated",
            "Check the value in the operation (throw an HttpException), or remove the annotation."),
    UnsupportedJackson(
            WARNING,
            "a Jackson annotation Kiln does not honour where it is written (@JsonUnwrapped, @JsonTypeInfo, "
                    + "@JsonAnySetter, @JsonView, a @JacksonAnnotationsInside bundle, ...): binding, the written "
                    + "response and the document could disagree",
            "Remove it, or model the JSON with plain members (records, @JsonProperty, @JsonAlias, @JsonIgnore)."),
    UnknownEnumValues(
            WARNING,
            "an enum whose @JsonValue values only running code can tell: requests are bound by the values its "
                    + "accessor returns at startup, but the document cannot list them",
            "Pass each constant's value as a string literal to a field that the @JsonValue accessor returns, "
                    + "or use @JsonProperty on the constants."),
    EventStreamWithoutStream(
            ERROR,
            "produces = \"text/event-stream\" on an operation that does not return a stream",
            "Return a Stream, Iterator, ReadStream or Flow.Publisher of the events' data (or of ServerSentEvent), "
                    + "or produce another media type."),
    ServerSentEventWithoutEventStream(
            ERROR,
            "a stream of ServerSentEvent items from an operation that does not produce text/event-stream",
            "Add produces = \"text/event-stream\" to the operation, or stream the data itself as JSON Lines."),
    StreamMediaType(
            ERROR,
            "a stream operation whose produces is neither JSON Lines (application/jsonl, the default) nor "
                    + "text/event-stream",
            "Remove produces for JSON Lines, or write produces = \"text/event-stream\"; for raw bytes return "
                    + "Response.stream(readStream, mediaType)."),
    UnsupportedStreamItem(
            ERROR,
            "a stream whose items Kiln cannot write as JSON: raw bytes (Buffer, byte[]), futures, streams, "
                    + "responses, or events inside events",
            "Stream values Jackson writes (records, beans, maps, simple values); for raw bytes return "
                    + "Response.stream(readStream, mediaType)."),
    WebSocketOnHttpOperation(
            ERROR,
            "a WebSocket parameter on an HTTP operation: only a @WebSocketRoute has a socket",
            "Declare the method with @WebSocketRoute instead of an HTTP verb, or remove the WebSocket parameter "
                    + "(an HTTP operation may take Rooms to broadcast)."),
    BodyOnWebSocketRoute(
            ERROR,
            "a body parameter (@Body, @Form, @File, or a record read as the body) on a @WebSocketRoute: a "
                    + "handshake has no body",
            "Read it from each message with ws.onJson(Type.class, ...), or take it from the path, query, "
                    + "headers or cookies."),
    WebSocketRouteReturn(
            ERROR,
            "a @WebSocketRoute that returns something other than void or Future<Void>: the socket is its answer",
            "Return void (or Future<Void> to run on the event loop) and send with ws.sendText/sendJson."),
    WebSocketRouteWithoutSocket(
            ERROR,
            "a @WebSocketRoute without a WebSocket parameter: nothing could handle its messages",
            "Add a dev.kiln.WebSocket parameter and set its handlers (onText, onJson, onBinary)."),
    UnsupportedStreamReturn(
            ERROR,
            "a Future or CompletionStage of a Stream or Iterator, which is pulled on a worker",
            "Return the Stream or Iterator itself (the operation then runs on a worker), or a Future of a "
                    + "ReadStream or Flow.Publisher."),
    BlockingCallOnEventLoop(
            ERROR,
            "a call that blocks, reachable from an operation or provider that runs on the event loop "
                    + "(-Akiln.blockingCheck=warn makes it a warning, =off turns the check off)",
            "Mark the method @Blocking, or do the work the non-blocking way.",
            "kiln:blocking"),
    BlockingCheckFailed(
            WARNING,
            "the blocking-call check failed on one method (a bug in Kiln); code is still generated",
            "This is a bug in Kiln: please report it."),
    BadOption(ERROR, "-Akiln.blockingCheck has a value other than error, warn or off", "Use error, warn or off."),
    BlockingCheckUnavailable(
            NOTE,
            "the compiler has no javac tree API, so the blocking-call check is skipped",
            "Compile with javac to have the check."),
    InternalError(
            ERROR,
            "a bug in Kiln: an exception escaped the processor, or it wrote an inconsistent document",
            "This is a bug in Kiln: please report it, with the trace below when there is one.");

    private final Severity severity;
    private final String summary;
    private final String fix;
    private final String alias;

    DiagnosticId(Severity severity, String summary, String fix) {
        this(severity, summary, fix, null);
    }

    DiagnosticId(Severity severity, String summary, String fix, String alias) {
        this.severity = severity;
        this.summary = summary;
        this.fix = fix;
        this.alias = alias;
    }

    /** How bad it is (for {@link #BlockingCallOnEventLoop}, by default: the option can make it a warning). */
    public Severity severity() {
        return severity;
    }

    /** What it means, in one line (the "when" of docs/processor.md). */
    public String summary() {
        return summary;
    }

    /** How to fix it, when the place that found it knows nothing more specific. */
    public String fix() {
        return fix;
    }

    /** Whether {@code @SuppressWarnings} can silence it: warnings and notes can, errors cannot (but see the class). */
    public boolean suppressible() {
        return severity != ERROR || this == BlockingCallOnEventLoop;
    }

    /**
     * The {@code @SuppressWarnings} values that silence it: {@code kiln:Name}, and for
     * {@link #BlockingCallOnEventLoop} also its older name {@code kiln:blocking}. Empty when it cannot be
     * suppressed.
     */
    public List<String> suppressionKeys() {
        if (!suppressible()) {
            return List.of();
        }
        return alias == null ? List.of("kiln:" + name()) : List.of("kiln:" + name(), alias);
    }

    /**
     * The text javac prints: {@code [kiln/DuplicateRoute] GET /items is also declared by ... Change the path
     * ...}.
     *
     * @param message what is wrong here, one or more sentences
     * @param fix     how to fix it here, or {@code null} for this catalogue's fix
     */
    public String format(String message, String fix) {
        String what = message.strip();
        char last = what.isEmpty() ? '.' : what.charAt(what.length() - 1);
        String stop = last == '.' || last == '!' || last == '?' ? "" : ".";
        return "[kiln/" + name() + "] " + what + stop + " " + (fix == null ? this.fix : fix);
    }
}
