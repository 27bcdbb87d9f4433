package dev.kiln.runtime.impl;

import dev.kiln.Upload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's form: its fields and its files by name (case-sensitive, in the order sent), read as
 * Starlette's {@code FormData} is read by FastAPI: a single value is the last one sent under its name,
 * and an empty field value counts as not sent.
 */
final class FormData {
    /** The form of a request that sent none (another content type, or no body): every value absent. */
    static final FormData NONE = new FormData(false, Map.of(), Map.of());

    private final boolean present;
    private final Map<String, List<String>> fields;
    private final Map<String, List<Upload>> files;

    private FormData(boolean present, Map<String, List<String>> fields, Map<String, List<Upload>> files) {
        this.present = present;
        this.fields = fields;
        this.files = files;
    }

    /** Whether the request carried a form at all. */
    boolean present() {
        return present;
    }

    /** The last value of {@code name}, or {@code null} when absent or empty. */
    String field(String name) {
        List<String> values = fields.get(name);
        if (values == null) {
            return null;
        }
        String last = values.get(values.size() - 1);
        return last.isEmpty() ? null : last;
    }

    List<String> fields(String name) {
        return fields.getOrDefault(name, List.of());
    }

    Upload upload(String name) {
        List<Upload> sent = files.get(name);
        return sent == null ? null : sent.get(sent.size() - 1);
    }

    List<Upload> uploads(String name) {
        return files.getOrDefault(name, List.of());
    }

    /** The fields by name, the last value of each (files left out): what a validation handler sees as the body. */
    Map<String, Object> lastValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, sent) -> values.put(name, sent.get(sent.size() - 1)));
        return values;
    }

    /** Collects a form; {@link #build()} freezes it. */
    static final class Builder {
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final Map<String, List<Upload>> files = new LinkedHashMap<>();
        private int fieldCount;

        Builder field(String name, String value) {
            fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            fieldCount++;
            return this;
        }

        Builder file(String name, Upload upload) {
            files.computeIfAbsent(name, n -> new ArrayList<>(1)).add(upload);
            return this;
        }

        int fieldCount() {
            return fieldCount;
        }

        FormData build() {
            return new FormData(true, frozen(fields), frozen(files));
        }

        private static <T> Map<String, List<T>> frozen(Map<String, List<T>> map) {
            if (map.isEmpty()) {
                return Map.of();
            }
            map.replaceAll((name, values) -> Collections.unmodifiableList(values));
            return Collections.unmodifiableMap(map);
        }
    }
}
