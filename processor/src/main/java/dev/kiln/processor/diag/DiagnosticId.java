package dev.kiln.processor.diag;

/**
 * The stable ids of Kiln's compile-time messages. The names are part of the user-visible contract
 * (they are printed as {@code [kiln/Name]} and searched for), so they are never renamed.
 */
public enum DiagnosticId {
    /** A {@code {var}} of the path template has no parameter. */
    UnboundPathVariable,
    /** {@code @Path("x")} names a variable that is not in the template. */
    UnknownPathVariable,
    /** A path parameter whose type is not a simple, always-present type. */
    PathParameterNotSimple,
    /** Two operations with the same HTTP method and path in one compilation. */
    DuplicateRoute,
    /** A parameter Kiln cannot bind. */
    UnsupportedParameterType,
    /** An operation the generated code cannot call. */
    OperationNotPublic,
    /** {@code @Blocking} and {@code @NonBlocking} on one element. */
    ConflictingThreading,
    /** A path template that is not well formed. */
    MalformedPathTemplate,
    /** A {@code @Default} that does not parse as its type, or is not allowed there. */
    BadDefault,
    /** A class with instance operations that Kiln cannot build. */
    RouteClassNotInstantiable,
    /** Two HTTP method annotations on one method. */
    MultipleHttpMethods,
    /** An {@code @ExceptionHandler} with a signature Kiln cannot register. */
    BadExceptionHandler,
    /** A type the generated code must name but cannot see (private, or package-private elsewhere). */
    InaccessibleType,
    /** Two operations with the same OpenAPI operationId. */
    DuplicateOperationId,
    /** A dependency ({@code @Depends}, {@code @Named}, a constructor or provider parameter, a router dependency)
     *  that no {@code @Provides} method provides. */
    MissingProvider,
    /** Two {@code @Provides} methods for one type and qualifier. */
    DuplicateProvider,
    /** Providers that need each other in a circle. */
    DependencyCycle,
    /** A singleton (or a route class constructor) that needs a request-scoped value or a request parameter. */
    ScopeMismatch,
    /** A {@code @Provides} method that returns {@code void} or {@code Void}. */
    VoidProvider,
    /** A {@code @Provides} method the generated code cannot call (not public, or its class cannot be built). */
    BadProvider,
    /** A Bean Validation constraint on a type it cannot apply to ({@code @Size} on an {@code int}). */
    ConstraintNotApplicable,
    /** A Bean Validation constraint whose values are wrong (a {@code @Pattern} that does not compile). */
    BadConstraint,
    /** A Bean Validation constraint Kiln does not check ({@code @Past}, {@code @AssertTrue}): a warning. */
    UnsupportedConstraint,
    /**
     * A Jackson annotation Kiln does not honour where it is written ({@code @JsonUnwrapped},
     * {@code @JsonTypeInfo}, ...): binding, the written response and the OpenAPI document could disagree. A warning.
     */
    UnsupportedJackson,
    /** An enum whose {@code @JsonValue} values only running code can tell: the document cannot list them. A warning. */
    UnknownEnumValues,
    /** A bug in Kiln itself: an exception escaped the processor. */
    InternalError
}
