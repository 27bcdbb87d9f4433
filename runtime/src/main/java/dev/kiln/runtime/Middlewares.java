package dev.kiln.runtime;

import dev.kiln.Response;
import java.util.Optional;

/**
 * What generated code calls after a {@code @Middleware} that may answer: go on when it answered nothing,
 * else stop the request's plan with {@link Answered}, which the host answers with the middleware's
 * {@code Response} (no exception handler sees it).
 */
public final class Middlewares {
    private Middlewares() {}

    /**
     * {@code null} when {@code answer} is empty (go on); throws {@link Answered} when it holds a
     * response, so that neither the later steps nor the operation run.
     */
    public static Void proceed(Optional<? extends Response<?>> answer) {
        if (answer != null && answer.isPresent()) {
            throw new Answered(answer.get());
        }
        return null;
    }

    /**
     * A middleware's answer, travelling as the failure of the request's plan to the host, which writes
     * it as the response. Carries no stack trace: it is not an error.
     */
    public static final class Answered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Response<?> response;

        public Answered(Response<?> response) {
            super("answered by a @Middleware", null, false, false);
            this.response = response;
        }

        /** The response to send. */
        public Response<?> response() {
            return response;
        }
    }
}
