package dev.kiln.runtime.bind;

/**
 * One constraint on a bound value, as {@link Binder#check} attaches it: records Pydantic's error for
 * the equivalent FastAPI constraint and returns whether the value passed. Made by the factories of
 * {@link Checks} ({@code Checks.min(0)}, {@code Checks.maxLength(20)}, ...); stateless and shared.
 *
 * @param <T> the values it checks
 */
@FunctionalInterface
public interface Check<T> {
    /**
     * Checks {@code value} (never {@code null}: a check sees only values that bound cleanly).
     *
     * @param input  what the client sent, reported as the error's {@code input}: the raw string of a
     *               path, query, header or cookie value, or the JSON value of a body member
     * @param loc    where the value came from
     * @param errors where a failure is recorded
     */
    boolean test(T value, Object input, Loc loc, ValidationErrors errors);
}
