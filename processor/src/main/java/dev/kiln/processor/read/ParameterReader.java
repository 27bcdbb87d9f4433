package dev.kiln.processor.read;

import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.Dependency;
import dev.kiln.processor.model.FileKind;
import dev.kiln.processor.model.Injected;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.PathTemplate;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.SecurityUse;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Decides where each parameter comes from, in API.md's order: a {@code {name}} of the path, an
 * injected type, a simple type (query), anything else (JSON body); an annotation overrides.
 * Reading never fails: what Kiln cannot bind is recorded in {@link Parameter#unsupported()}.
 */
public final class ParameterReader {
    private static final List<String> SOURCE_ANNOTATIONS = List.of(
            KilnNames.PATH,
            KilnNames.QUERY,
            KilnNames.HEADER,
            KilnNames.COOKIE,
            KilnNames.BODY,
            KilnNames.FORM,
            KilnNames.FILE,
            KilnNames.DEPENDS);

    private final Elements elements;
    private final Mirrors mirrors;
    private final TypeShapeReader shapes;
    private final DependencyKeys keys;
    private final ConstraintReader constraints;
    private final SecurityReader security;

    public ParameterReader(Elements elements, Mirrors mirrors, TypeShapeReader shapes, DependencyKeys keys) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.shapes = shapes;
        this.keys = keys;
        this.constraints = new ConstraintReader(mirrors);
        this.security = new SecurityReader(mirrors);
    }

    /** The parameters of an operation whose path template is {@code path}, body embedding decided. */
    public List<Parameter> readAll(ExecutableElement method, PathTemplate path) {
        return readAll(method, path, false);
    }

    /**
     * The parameters of a {@code @Provides} method. They are read like an operation's, with no path:
     * an inferred query parameter that an operation's path names is a path parameter of that
     * operation (decided when it is planned). A parameter of a type Kiln would leave to Jackson as an
     * opaque body (an interface, a class without properties) is a dependency instead, so a missing
     * provider is reported rather than guessed to be JSON.
     */
    public List<Parameter> readProviderParameters(ExecutableElement method) {
        return readAll(method, PathTemplate.parse("/"), true);
    }

    /**
     * Every parameter of a static hook ({@code @HealthCheck}): the injected types as they are (only
     * {@code Vertx} is valid there, which the hook's validator says), anything else a singleton dependency.
     */
    public List<Parameter> readHookParameters(List<? extends VariableElement> elements) {
        List<Parameter> parameters = new ArrayList<>();
        for (VariableElement element : elements) {
            parameters.add(
                    Injected.ofClassName(Mirrors.qualifiedName(element.asType())) != null
                            ? read(element, PathTemplate.parse("/"), true, Javadoc.EMPTY)
                            : dependency(
                                    element,
                                    shapes.read(element.asType()),
                                    Mirrors.find(element, KilnNames.DEPENDS),
                                    true));
        }
        return parameters;
    }

    /** Every parameter of a route class's constructor: singleton dependencies. */
    public List<Parameter> readConstructorParameters(List<? extends VariableElement> elements) {
        List<Parameter> parameters = new ArrayList<>();
        for (VariableElement element : elements) {
            parameters.add(
                    dependency(element, shapes.read(element.asType()), Mirrors.find(element, KilnNames.DEPENDS), true));
        }
        return parameters;
    }

    private List<Parameter> readAll(ExecutableElement method, PathTemplate path, boolean provider) {
        Javadoc doc = Javadoc.of(elements, method);
        List<Parameter> parameters = new ArrayList<>();
        for (VariableElement element : method.getParameters()) {
            parameters.add(read(element, path, provider, doc));
        }
        long bodies = parameters.stream().filter(p -> p.source() == Source.BODY).count();
        if (bodies >= 2) {
            parameters.replaceAll(p -> p.source() == Source.BODY ? p.withEmbedded(true) : p);
        }
        return parameters;
    }

    private Parameter read(VariableElement element, PathTemplate path, boolean provider, Javadoc doc) {
        List<Constraint> found = constraints.read(element, element, element.asType());
        int sources = (int) SOURCE_ANNOTATIONS.stream()
                .filter(name -> Mirrors.find(element, name) != null)
                .count();
        SecurityUse use = security.read(element, sources);
        Parameter parameter = use != null && use.scheme() != null
                ? securityParameter(element, use.scheme())
                : readSource(element, path, provider, found, doc);
        return parameter
                .withConstraints(found)
                .withDescription(doc.param(element.getSimpleName().toString()))
                .withSecurity(use);
    }

    /** A credential its scheme reads: the {@code Authorization} header, or an API key's header, query or cookie. */
    private Parameter securityParameter(VariableElement element, SecurityScheme scheme) {
        TypeShape shape = shapes.read(element.asType(), element);
        String wireName = scheme.in() == Source.HEADER ? scheme.wireName().toLowerCase(Locale.ROOT) : scheme.wireName();
        return parameter(
                element,
                element.getSimpleName().toString(),
                Source.SECURITY,
                wireName,
                shape,
                shape instanceof TypeShape.OptionalShape ? Presence.OPTIONAL : Presence.REQUIRED,
                null,
                SecurityReader.schemeAnnotation(element),
                null,
                false,
                List.of(),
                null);
    }

    private Parameter readSource(
            VariableElement element, PathTemplate path, boolean provider, List<Constraint> constraints, Javadoc doc) {
        String javaName = element.getSimpleName().toString();
        TypeShape shape = shapes.read(element.asType(), element);
        AnnotationMirror defaultMirror = Mirrors.find(element, KilnNames.DEFAULT);
        DefaultValue defaultValue = defaultMirror == null
                ? null
                : new DefaultValue(
                        mirrors.string(defaultMirror, "value"), defaultMirror, mirrors.value(defaultMirror, "value"));
        boolean nullable = Mirrors.hasSimpleName(element, KilnNames.NULLABLE_SIMPLE_NAME)
                || Mirrors.hasSimpleName(element.asType(), KilnNames.NULLABLE_SIMPLE_NAME);
        Presence presence = TypeShapeReader.presence(shape, nullable, defaultValue, constraints);
        String unsupported = null;
        if (nullable && element.asType().getKind().isPrimitive()) {
            unsupported = "a primitive " + element.asType() + " cannot be null; declare its box instead";
        } else if (element.asType().getKind() == TypeKind.TYPEVAR) {
            unsupported = "a type variable cannot be bound; declare a concrete type";
        }

        List<AnnotationMirror> explicit = new ArrayList<>();
        for (String name : SOURCE_ANNOTATIONS) {
            AnnotationMirror mirror = Mirrors.find(element, name);
            if (mirror != null) {
                explicit.add(mirror);
            }
        }
        AnnotationMirror annotation = explicit.isEmpty() ? null : explicit.get(0);
        if (explicit.size() > 1) {
            unsupported = "a parameter takes at most one of @Path, @Query, @Header, @Cookie, @Body, @Form, @File and "
                    + "@Depends";
        }
        String annotationName = annotation == null ? "" : Mirrors.nameOf(annotation);
        String annotatedName = annotation == null || annotationName.equals(KilnNames.DEPENDS)
                ? ""
                : mirrors.string(annotation, "value");

        switch (annotationName) {
            case KilnNames.FORM -> {
                String wireName = annotatedOr(annotatedName, javaName);
                if (shape instanceof TypeShape.RecordShape record) {
                    return flattened(
                            element,
                            javaName,
                            Source.FORM,
                            wireName,
                            record,
                            presence,
                            defaultValue,
                            annotation,
                            unsupported,
                            doc);
                }
                return parameter(
                        element,
                        javaName,
                        Source.FORM,
                        wireName,
                        shape,
                        presence,
                        defaultValue,
                        annotation,
                        null,
                        false,
                        List.of(),
                        unsupported == null ? unsupportedFor(Source.FORM, shape) : unsupported);
            }
            case KilnNames.FILE -> {
                return parameter(
                        element,
                        javaName,
                        Source.FILE,
                        annotatedOr(annotatedName, javaName),
                        shape,
                        presence,
                        defaultValue,
                        annotation,
                        null,
                        false,
                        List.of(),
                        unsupported == null ? unsupportedFor(Source.FILE, shape) : unsupported);
            }
            case KilnNames.DEPENDS -> {
                return dependency(element, shape, annotation, true);
            }
            case KilnNames.PATH -> {
                return parameter(
                        element,
                        javaName,
                        Source.PATH,
                        annotatedOr(annotatedName, javaName),
                        shape,
                        presence,
                        defaultValue,
                        annotation,
                        null,
                        false,
                        List.of(),
                        unsupported);
            }
            case KilnNames.QUERY, KilnNames.HEADER, KilnNames.COOKIE -> {
                Source source = annotationName.equals(KilnNames.QUERY)
                        ? Source.QUERY
                        : annotationName.equals(KilnNames.HEADER) ? Source.HEADER : Source.COOKIE;
                String wireName = wireName(source, annotatedName, javaName);
                if (shape instanceof TypeShape.RecordShape record) {
                    return flattened(
                            element,
                            javaName,
                            source,
                            wireName,
                            record,
                            presence,
                            defaultValue,
                            annotation,
                            unsupported,
                            doc);
                }
                return parameter(
                        element,
                        javaName,
                        source,
                        wireName,
                        shape,
                        presence,
                        defaultValue,
                        annotation,
                        null,
                        false,
                        List.of(),
                        unsupported == null ? unsupportedFor(source, shape) : unsupported);
            }
            case KilnNames.BODY -> {
                boolean embed = mirrors.bool(annotation, "embed");
                boolean raw = !embed
                        && (FileKind.of(shape) == FileKind.BYTES
                                || shape instanceof TypeShape.Simple simple && simple.kind() == SimpleKind.STRING);
                return parameter(
                        element,
                        javaName,
                        raw ? Source.RAW_BODY : Source.BODY,
                        annotatedOr(annotatedName, javaName),
                        shape,
                        presence,
                        defaultValue,
                        annotation,
                        null,
                        embed,
                        List.of(),
                        unsupported);
            }
            default -> {
                // inferred, in API.md's order
            }
        }
        if (path.variables().contains(javaName)) {
            return parameter(
                    element,
                    javaName,
                    Source.PATH,
                    javaName,
                    shape,
                    presence,
                    defaultValue,
                    null,
                    null,
                    false,
                    List.of(),
                    unsupported);
        }
        Injected injected = Injected.ofClassName(Mirrors.qualifiedName(element.asType()));
        if (injected != null) {
            return parameter(
                    element,
                    javaName,
                    Source.INJECTED,
                    null,
                    shape,
                    Presence.REQUIRED,
                    null,
                    null,
                    injected,
                    false,
                    List.of(),
                    unsupported);
        }
        boolean named = Mirrors.find(element, KilnNames.NAMED) != null;
        if (named || keys.isProvided(keys.of(element.asType(), keys.qualifier(element)))) {
            return dependency(element, shape, null, named);
        }
        if (isQueryable(shape)) {
            return parameter(
                    element,
                    javaName,
                    Source.QUERY,
                    javaName,
                    shape,
                    listAware(shape, presence),
                    defaultValue,
                    null,
                    null,
                    false,
                    List.of(),
                    unsupported);
        }
        if (provider && shape instanceof TypeShape.Opaque) {
            return dependency(element, shape, null, true);
        }
        return parameter(
                element,
                javaName,
                Source.BODY,
                javaName,
                shape,
                presence,
                defaultValue,
                null,
                null,
                false,
                List.of(),
                unsupported);
    }

    /**
     * A dependency: its key is the type with the {@code @Named} qualifier, else {@code @Depends("x")}'s.
     *
     * @param explicit whether a missing provider is an error (not a JSON body)
     */
    private Parameter dependency(VariableElement element, TypeShape shape, AnnotationMirror depends, boolean explicit) {
        String qualifier = keys.qualifier(element);
        if (qualifier.isEmpty() && depends != null) {
            qualifier = mirrors.string(depends, "value");
        }
        boolean cached = depends == null || !Mirrors.isExplicit(depends, "cached") || mirrors.bool(depends, "cached");
        Dependency dependency = new Dependency(keys.of(element.asType(), qualifier), cached, explicit);
        return new Parameter(
                element,
                element.getSimpleName().toString(),
                Source.DEPENDENCY,
                null,
                shape,
                Presence.REQUIRED,
                null,
                depends,
                null,
                false,
                List.of(),
                null,
                dependency);
    }

    private Parameter flattened(
            VariableElement element,
            String javaName,
            Source source,
            String wireName,
            TypeShape.RecordShape record,
            Presence presence,
            DefaultValue defaultValue,
            AnnotationMirror annotation,
            String unsupported,
            Javadoc doc) {
        List<Parameter> members = new ArrayList<>();
        String why = unsupported;
        for (Member component : record.components()) {
            String problem = unsupportedFor(source, component.shape());
            if (problem != null && why == null) {
                why = "the component '" + component.javaName() + "' of "
                        + record.element().getSimpleName() + ": " + problem;
            }
            members.add(parameter(
                            component.element(),
                            component.javaName(),
                            source,
                            // a form record's field is named as JSON names the component (@JsonProperty), as
                            // FastAPI's form models use a field's alias
                            source == Source.FORM ? component.name() : wireName(source, "", component.javaName()),
                            component.shape(),
                            listAware(component.shape(), component.presence()),
                            component.defaultValue(),
                            null,
                            null,
                            false,
                            List.of(),
                            problem)
                    .withConstraints(SecurityReader.passwordFormConstraints(record, component))
                    .withDescription(
                            component.description() != null
                                    ? component.description()
                                    : doc.param(component.javaName())));
        }
        return parameter(
                element,
                javaName,
                source,
                wireName,
                record,
                presence,
                defaultValue,
                annotation,
                null,
                false,
                members,
                why);
    }

    /** Why a value of {@code shape} cannot come from {@code source}, or {@code null} when it can. */
    private static String unsupportedFor(Source source, TypeShape shape) {
        if (source == Source.FILE) {
            return FileKind.of(shape) == null
                    ? "a file parameter is an Upload, Optional<Upload>, List<Upload> or byte[]"
                    : null;
        }
        boolean ok = switch (source) {
            case QUERY, HEADER, FORM -> isQueryable(shape);
            case COOKIE ->
                shape.isSimple()
                        || shape instanceof TypeShape.OptionalShape optional
                                && optional.value().isSimple();
            default -> true;
        };
        if (ok) {
            return null;
        }
        String what = source.name().toLowerCase(Locale.ROOT);
        return source == Source.COOKIE
                ? "a " + what + " is a simple type or Optional of one, or a record of them"
                : "a " + what + " parameter is a simple type, an Optional, List or Set of one, or a record of them";
    }

    /** A simple type, {@code Optional<simple>}, {@code List<simple>} or {@code Set<simple>}. */
    private static boolean isQueryable(TypeShape shape) {
        return shape.isSimple()
                || shape instanceof TypeShape.OptionalShape optional
                        && optional.value().isSimple()
                || shape instanceof TypeShape.ListShape list && list.element().isSimple();
    }

    /** Repeated values are never missing: absent is an empty collection. */
    private static Presence listAware(TypeShape shape, Presence presence) {
        return shape instanceof TypeShape.ListShape && presence == Presence.REQUIRED ? Presence.OPTIONAL : presence;
    }

    private static String wireName(Source source, String annotated, String javaName) {
        if (source == Source.HEADER) {
            return annotated.isEmpty() ? kebab(javaName) : annotated.toLowerCase(Locale.ROOT);
        }
        return annotatedOr(annotated, javaName);
    }

    private static String annotatedOr(String annotated, String javaName) {
        return annotated.isEmpty() ? javaName : annotated;
    }

    /** {@code userAgent} → {@code user-agent}; {@code x_token} → {@code x-token}, as FastAPI converts. */
    static String kebab(String javaName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && javaName.charAt(i - 1) != '_') {
                out.append('-');
            }
            out.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static Parameter parameter(
            javax.lang.model.element.Element element,
            String javaName,
            Source source,
            String wireName,
            TypeShape shape,
            Presence presence,
            DefaultValue defaultValue,
            AnnotationMirror annotation,
            Injected injected,
            boolean embedded,
            List<Parameter> members,
            String unsupported) {
        Presence effective = source == Source.QUERY || source == Source.HEADER || source == Source.FORM
                ? listAware(shape, presence)
                : presence;
        return new Parameter(
                element,
                javaName,
                source,
                wireName,
                shape,
                effective,
                defaultValue,
                annotation,
                injected,
                embedded,
                members,
                unsupported);
    }
}
