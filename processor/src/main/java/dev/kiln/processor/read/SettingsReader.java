package dev.kiln.processor.read;

import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.Setting;
import dev.kiln.processor.model.SettingsRecord;
import dev.kiln.processor.model.Threading;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Settings} type: its prefix, and for each record component the variable and system
 * property it is read from, its shape, presence, default and constraints (read as a record's components
 * are read everywhere), and whether it is a secret. Reading never reports: what Kiln cannot bind is
 * recorded for {@code SettingsValidator}.
 */
public final class SettingsReader {
    /** Words in a component's name that make it a secret without {@code @Secret}. */
    private static final List<String> SECRET_WORDS =
            List.of("password", "passwd", "secret", "token", "key", "credential");

    private final Mirrors mirrors;
    private final TypeShapeReader shapes;
    private final DependencyKeys keys;

    public SettingsReader(Mirrors mirrors, TypeShapeReader shapes, DependencyKeys keys) {
        this.mirrors = mirrors;
        this.shapes = shapes;
        this.keys = keys;
    }

    /** The key the record is provided under: its type, unqualified. */
    public DependencyKey keyOf(TypeElement type) {
        return keys.of(type.asType(), "");
    }

    public SettingsRecord read(TypeElement type) {
        AnnotationMirror annotation = Mirrors.find(type, KilnNames.SETTINGS);
        String prefix = mirrors.string(annotation, "prefix").toUpperCase(Locale.ROOT);
        ExecutableElement constructor = canonicalConstructor(type);
        ProviderMethod provider = constructor == null ? null : provider(type, annotation, constructor);
        String problem = problem(type, prefix);
        if (problem != null) {
            return new SettingsRecord(type, annotation, prefix, List.of(), provider, problem);
        }
        List<Setting> settings = new ArrayList<>();
        TypeShape.RecordShape record = (TypeShape.RecordShape) shapes.read(type.asType());
        for (Member component : record.components()) {
            settings.add(setting(prefix, component));
        }
        return new SettingsRecord(type, annotation, prefix, settings, provider, null);
    }

    private Setting setting(String prefix, Member component) {
        String name = component.javaName();
        TypeShape shape = component.shape();
        // as for a repeated query parameter: absent is an empty list
        Presence presence = shape instanceof TypeShape.ListShape && component.presence() == Presence.REQUIRED
                ? Presence.OPTIONAL
                : component.presence();
        boolean secret = Mirrors.find(component.element(), KilnNames.SECRET) != null
                || SECRET_WORDS.stream()
                        .anyMatch(word -> name.toLowerCase(Locale.ROOT).contains(word));
        return new Setting(
                component.element(),
                name,
                prefix + words(name, "_").toUpperCase(Locale.ROOT),
                property(prefix, name),
                shape,
                presence,
                component.defaultValue(),
                component.constraints(),
                secret,
                unsupported(shape));
    }

    /** Why a component of {@code shape} cannot be a setting, or {@code null}. */
    private static String unsupported(TypeShape shape) {
        boolean ok = shape.isSimple()
                || shape instanceof TypeShape.OptionalShape optional
                        && optional.value().isSimple()
                || shape instanceof TypeShape.ListShape list && list.element().isSimple();
        return ok ? null : "a setting is a simple type, or an Optional, List or Set of one";
    }

    /** {@code app.database-url}: the prefix in lower case without its last {@code _}, the name in kebab case. */
    static String property(String prefix, String javaName) {
        String head = prefix.endsWith("_") ? prefix.substring(0, prefix.length() - 1) : prefix;
        String name = words(javaName, "-").toLowerCase(Locale.ROOT);
        return head.isEmpty() ? name : head.toLowerCase(Locale.ROOT).replace('_', '-') + "." + name;
    }

    /**
     * The words of a Java name joined by {@code separator}: {@code databaseUrl} → {@code database_Url},
     * {@code sentryDSN} → {@code sentry_DSN}, {@code httpServer2Port} → {@code http_Server2_Port},
     * {@code max_retries} → {@code max_retries}.
     */
    static String words(String javaName, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (c == '_') {
                out.append(separator);
                continue;
            }
            if (i > 0 && Character.isUpperCase(c)) {
                char before = javaName.charAt(i - 1);
                boolean after = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (Character.isLowerCase(before)
                        || Character.isDigit(before)
                        || (Character.isUpperCase(before) && after)) {
                    out.append(separator);
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Why the type cannot be bound as settings, or {@code null}. */
    private static String problem(TypeElement type, String prefix) {
        if (type.getKind() != ElementKind.RECORD) {
            return "it is not a record";
        }
        if (!type.getTypeParameters().isEmpty()) {
            return "it declares type parameters";
        }
        if (!prefix.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c) && c < 128)) {
            return "its prefix \"" + prefix + "\" has characters a variable name cannot hold";
        }
        return null;
    }

    /** The record's canonical constructor; any constructor of another kind of type; {@code null} for none. */
    private static ExecutableElement canonicalConstructor(TypeElement type) {
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        if (type.getKind() == ElementKind.RECORD) {
            List<? extends RecordComponentElement> components = type.getRecordComponents();
            for (ExecutableElement constructor : constructors) {
                if (constructor.getParameters().size() == components.size() && matches(constructor, components)) {
                    return constructor;
                }
            }
        }
        return constructors.isEmpty() ? null : constructors.get(0);
    }

    private static boolean matches(ExecutableElement constructor, List<? extends RecordComponentElement> components) {
        for (int i = 0; i < components.size(); i++) {
            if (!constructor
                    .getParameters()
                    .get(i)
                    .asType()
                    .toString()
                    .equals(components.get(i).asType().toString())) {
                return false;
            }
        }
        return true;
    }

    private ProviderMethod provider(TypeElement type, AnnotationMirror annotation, ExecutableElement constructor) {
        return new ProviderMethod(
                constructor,
                type,
                annotation,
                keyOf(type),
                ProviderScope.SINGLETON,
                ReturnShape.Async.NONE,
                false,
                false,
                type.asType(),
                List.of(),
                Threading.NONE,
                false,
                Threading.NONE,
                1);
    }
}
