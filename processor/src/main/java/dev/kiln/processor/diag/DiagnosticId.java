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
    /** A Bean Validation constraint on a type it cannot apply to ({@code @Size} on an {@code int}). */
    ConstraintNotApplicable,
    /** A Bean Validation constraint whose values are wrong (a {@code @Pattern} that does not compile). */
    BadConstraint,
    /** A Bean Validation constraint Kiln does not check ({@code @Past}, {@code @AssertTrue}): a warning. */
    UnsupportedConstraint,
    /** A bug in Kiln itself: an exception escaped the processor. */
    InternalError
}
