package dev.kiln.runtime.bind;

import java.util.List;

/** Collects every validation error of one request, in the order found. Not thread-safe: one per request. */
public final class ValidationErrors {
    public ValidationErrors() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public void add(ValidationError error) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Records a {@code missing} error: {@code "Field required"}. */
    public void missing(Loc loc) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public boolean isEmpty() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public List<ValidationError> list() {
        throw new UnsupportedOperationException("runtime helper implements");
    }
}
