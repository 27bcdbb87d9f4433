package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A binder with constraints: binds with the inner binder, then runs the checks in order on a value
 * that bound cleanly, up to the first that fails: Pydantic reports one error per value (a string too
 * short is not also reported as not matching its pattern). Chained {@link Binder#check} calls fold into
 * one instance, so a value with three constraints costs one extra call, not three.
 */
final class CheckedBinder<T> implements Binder<T> {
    private final Binder<T> inner;
    private final Check<? super T>[] checks;

    @SuppressWarnings("unchecked")
    CheckedBinder(Binder<T> inner, Check<? super T> check) {
        Objects.requireNonNull(check, "check");
        List<Check<? super T>> all = new ArrayList<>();
        Binder<T> base = Objects.requireNonNull(inner, "inner");
        if (base instanceof CheckedBinder<T> checked) {
            base = checked.inner;
            all.addAll(List.of(checked.checks));
        }
        all.add(check);
        this.inner = base;
        @SuppressWarnings("unchecked") // an array of a generic type: filled from the list of that type
        Check<? super T>[] checks = (Check<? super T>[]) all.toArray(new Check<?>[0]);
        this.checks = checks;
    }

    @Override
    public T fromString(String raw, Loc loc, ValidationErrors errors) {
        int before = errors.size();
        return checked(inner.fromString(raw, loc, errors), raw, loc, errors, before);
    }

    @Override
    public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
        int before = errors.size();
        return checked(inner.fromJson(node, loc, errors), node, loc, errors, before);
    }

    /** The value read, then each check with no input (a failure throws {@link Unbound}; see {@link Binder#fromParser}). */
    @Override
    public T fromParser(JsonParser p, ValidationErrors errors) throws IOException {
        T value = inner.fromParser(p, errors);
        if (value != null) {
            for (Check<? super T> check : checks) {
                if (!check.test(value, null, Loc.body(), errors)) {
                    throw Unbound.INSTANCE;
                }
            }
        }
        return value;
    }

    @Override
    public Binder<T> check(Check<? super T> check) {
        return new CheckedBinder<>(this, check);
    }

    private T checked(T value, Object input, Loc loc, ValidationErrors errors, int before) {
        if (value == null || errors.size() != before) {
            return value;
        }
        for (Check<? super T> check : checks) {
            if (!check.test(value, input, loc, errors)) {
                return null;
            }
        }
        return value;
    }
}
