package dev.kiln.runtime.bind;

/**
 * What a streaming read ({@link Binder#fromParser}) throws when the value in front of it does not bind
 * cleanly: a wrong type, a failed constraint, a missing member, an unknown member the app forbids. The
 * streaming read stops there; {@link Params#body(io.vertx.core.buffer.Buffer, String, Binder, boolean,
 * ValidationErrors)} then forgets what the read recorded and binds the body again from its tree, which
 * reports every error exactly (type, location, message, input, context, in order). A happy request never
 * builds a tree; a 422 costs a second pass, as rare as it is.
 *
 * <p>One shared instance without a stack trace: throwing it costs no allocation.
 */
public final class Unbound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // one instance on purpose: it carries no state (no message of its own, no stack trace, no cause), and a
    // failing streaming read must not allocate
    @SuppressWarnings("StaticAssignmentOfThrowable")
    static final Unbound INSTANCE = new Unbound();

    private Unbound() {
        super("the value does not bind cleanly; bind it from its tree to report why", null, false, false);
    }

    /** The shared instance, for {@code throw Unbound.value()} in binders outside this package. */
    public static Unbound value() {
        return INSTANCE;
    }
}
