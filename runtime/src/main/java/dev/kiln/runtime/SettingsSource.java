package dev.kiln.runtime;

import dev.kiln.runtime.bind.ValidationError;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.impl.Logs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where the generated binder of a {@code @Settings} record ({@code Config_Settings.load()}) reads its
 * variables, in pydantic-settings' order with Java's system properties after the environment: the
 * environment variable, else the system property, else the {@code .env} file of the working directory
 * (see {@link DotEnv} for what it understands). It remembers where each variable was found; once the
 * binder has bound every one, {@link #check} either throws a {@link SettingsException} naming every bad or
 * missing variable, or logs which variables were set and where, never a value. Not a user API.
 */
public final class SettingsSource {
    private static final System.Logger LOG = Logs.get("dev.kiln");
    private static final String DOT_ENV = ".env";

    private final String record;
    private final Map<String, String> environment;
    private final UnaryOperator<String> properties;
    private final Path dotEnvFile;
    private final Map<String, String> dotEnv;
    private final Set<String> secrets;
    /** Every variable asked for, in order, with where it was found ({@code null}: not set). */
    private final Map<String, String> found = new LinkedHashMap<>();

    SettingsSource(
            String record,
            Map<String, String> environment,
            UnaryOperator<String> properties,
            Path dotEnvFile,
            Set<String> secrets) {
        this.record = Objects.requireNonNull(record, "record");
        this.environment = environment;
        this.properties = properties;
        this.dotEnvFile = dotEnvFile;
        this.dotEnv = read(dotEnvFile);
        this.secrets = Set.copyOf(secrets);
    }

    /**
     * The variables of the record {@code record} ({@code Config}) from this process: its environment, its
     * system properties, and {@code .env} in its working directory.
     *
     * @param secrets the variables whose values must never be shown, even in an error
     */
    public static SettingsSource load(String record, String... secrets) {
        return new SettingsSource(
                record,
                System.getenv(),
                System::getProperty,
                Path.of("").toAbsolutePath().resolve(DOT_ENV),
                Set.of(secrets));
    }

    private static Map<String, String> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            DotEnv.Parsed parsed = DotEnv.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.badLines().isEmpty()) {
                LOG.log(
                        Level.WARNING,
                        file + ": lines " + parsed.badLines() + " are not KEY=value statements; they were skipped");
            }
            return parsed.values();
        } catch (IOException e) {
            throw new UncheckedIOException("the settings file " + file + " cannot be read", e);
        }
    }

    /** The raw value of a variable (environment {@code variable}, else system property {@code property}, else .env). */
    public String value(String variable, String property) {
        String value = environment.get(variable);
        String where = "environment";
        if (value == null) {
            value = properties.apply(property);
            where = "system property " + property;
        }
        if (value == null) {
            value = dotEnv.get(variable);
            where = DOT_ENV;
        }
        found.put(variable, value == null ? null : where);
        return value;
    }

    /**
     * The items of a list variable: its value split at commas, each item trimmed, blank items left out;
     * empty when the variable is not set.
     */
    public List<String> values(String variable, String property) {
        String value = value(variable, property);
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",", -1)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /**
     * Throws a {@link SettingsException} listing every error, each under the variable it came from, or
     * logs the variables read and where: called by the binder once every variable is bound.
     */
    public void check(ValidationErrors errors) {
        if (!errors.isEmpty()) {
            throw new SettingsException(describe(errors));
        }
        StringBuilder table = new StringBuilder("@Settings ")
                .append(record)
                .append(", from ")
                .append(sources())
                .append(" (values are not logged):");
        int width = found.keySet().stream().mapToInt(String::length).max().orElse(0);
        found.forEach((variable, where) -> table.append("\n  ")
                .append(variable)
                .append(" ".repeat(width - variable.length() + 2))
                .append(where == null ? "not set" : where)
                .append(secrets.contains(variable) ? " (secret)" : ""));
        LOG.log(Level.INFO, table.toString());
    }

    private String sources() {
        return "the environment, then system properties, then " + dotEnvFile;
    }

    /** Pydantic's wording, one error a line, under the variable's name and where its value came from. */
    private String describe(ValidationErrors errors) {
        StringBuilder message = new StringBuilder("@Settings ")
                .append(record)
                .append(": ")
                .append(errors.size())
                .append(errors.size() == 1 ? " variable is" : " variables are")
                .append(" missing or invalid (read from ")
                .append(sources())
                .append(')');
        for (ValidationError error : errors.list()) {
            List<Object> loc = error.loc().parts();
            String variable = String.valueOf(loc.get(0));
            StringBuilder at = new StringBuilder(variable);
            loc.subList(1, loc.size()).forEach(part -> at.append('.').append(part));
            String where = found.get(variable);
            message.append("\n  ")
                    .append(at)
                    .append(where == null ? "" : " (" + where + ")")
                    .append(": ")
                    .append(error.msg())
                    .append(" [type=")
                    .append(error.type());
            if (where != null) {
                message.append(
                        secrets.contains(variable)
                                ? ", input hidden: a secret"
                                : ", input_value=" + pythonRepr(error.input()));
            }
            message.append(']');
        }
        return message.toString();
    }

    /** {@code 'abc'} for a string, as Pydantic shows an input. */
    private static String pythonRepr(Object input) {
        if (input instanceof String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return String.valueOf(input);
    }

    /**
     * Settings that cannot be bound: the message names every bad or missing variable. It has no stack
     * trace: where it was thrown says nothing the message does not.
     */
    public static final class SettingsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SettingsException(String message) {
            super(message, null, false, false);
        }
    }
}
