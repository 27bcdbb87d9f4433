package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One operation parameter, or one component of a flattened {@code @Query}/{@code @Header}/
 * {@code @Cookie} record.
 *
 * @param element          the parameter (or record component) element
 * @param javaName         its Java name
 * @param source           where the value comes from
 * @param wireName         the name on the wire: path variable, query name, lower-case header name, cookie
 *                         name, or the member name of an embedded body; {@code null} when injected
 * @param shape            the declared type ({@code Optional<T>} included)
 * @param presence         what an absent value means
 * @param defaultValue     the {@code @Default}, or {@code null}
 * @param sourceAnnotation the annotation that chose the source ({@code @Query}, ...), or {@code null} when inferred
 * @param injected         what is injected, when {@code source} is {@link Source#INJECTED}
 * @param embedded         whether a body parameter is read from a member of the body object: set on every
 *                         body parameter of an operation with two or more, or by {@code @Body(embed = true)}
 * @param members          the components of a flattened record parameter, each bound like a parameter;
 *                         empty for every other parameter
 * @param unsupported      why Kiln cannot bind this parameter, or {@code null} when it can
 * @param dependency       what a {@link Source#DEPENDENCY} parameter asks for; {@code null} for every other source
 * @param constraints      the Bean Validation constraints on the parameter, in {@link Constraint#CHECK_ORDER};
 *                         for an {@code Optional} they apply to its value
 * @param description      its documentation: the {@code @param} text of the method that declares it (of the
 *                         record, for a component of a flattened record), or {@code null}
 * @param security         its security scheme ({@link Source#SECURITY}) and {@code @Scopes}, or {@code null}
 */
public record Parameter(
        Element element,
        String javaName,
        Source source,
        String wireName,
        TypeShape shape,
        Presence presence,
        DefaultValue defaultValue,
        AnnotationMirror sourceAnnotation,
        Injected injected,
        boolean embedded,
        List<Parameter> members,
        String unsupported,
        Dependency dependency,
        List<Constraint> constraints,
        String description,
        SecurityUse security) {
    public Parameter {
        members = List.copyOf(members);
        constraints = List.copyOf(constraints);
    }

    /** A parameter that is not a dependency and has no constraints (yet: see {@link #withConstraints}). */
    public Parameter(
            Element element,
            String javaName,
            Source source,
            String wireName,
            TypeShape shape,
            Presence presence,
            DefaultValue defaultValue,
            AnnotationMirror sourceAnnotation,
            Injected injected,
            boolean embedded,
            List<Parameter> members,
            String unsupported) {
        this(
                element,
                javaName,
                source,
                wireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embedded,
                members,
                unsupported,
                null,
                List.of(),
                null,
                null);
    }

    /** A dependency parameter, or one of another source, without constraints. */
    public Parameter(
            Element element,
            String javaName,
            Source source,
            String wireName,
            TypeShape shape,
            Presence presence,
            DefaultValue defaultValue,
            AnnotationMirror sourceAnnotation,
            Injected injected,
            boolean embedded,
            List<Parameter> members,
            String unsupported,
            Dependency dependency) {
        this(
                element,
                javaName,
                source,
                wireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embedded,
                members,
                unsupported,
                dependency,
                List.of(),
                null,
                null);
    }

    /** Whether this is a record whose components are bound one by one (FastAPI's parameter models). */
    public boolean flattened() {
        return !members.isEmpty();
    }

    /**
     * The constraints that check one present value: for {@code Optional<T>} those on the declaration and
     * those on {@code T} ({@code Optional<@Size(max = 5) String>}), in {@link Constraint#CHECK_ORDER}.
     */
    public List<Constraint> valueConstraints() {
        return PresentValue.constraints(shape, presence, constraints);
    }

    /** The shape that binds one present value: {@code T} for {@code Optional<T>}, else {@link #shape()}. */
    public TypeShape valueShape() {
        return PresentValue.shape(shape, presence);
    }

    /** This parameter with these constraints. */
    public Parameter withConstraints(List<Constraint> found) {
        return new Parameter(
                element,
                javaName,
                source,
                wireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embedded,
                members,
                unsupported,
                dependency,
                found,
                description,
                security);
    }

    /** This parameter with {@link #embedded()} set. */
    public Parameter withEmbedded(boolean embed) {
        return new Parameter(
                element,
                javaName,
                source,
                wireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embed,
                members,
                unsupported,
                dependency,
                constraints,
                description,
                security);
    }

    /** This parameter read from {@code newSource} as {@code newWireName} (a provider's query parameter that an
     *  operation's path names). */
    public Parameter withSource(Source newSource, String newWireName) {
        return new Parameter(
                element,
                javaName,
                newSource,
                newWireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embedded,
                members,
                unsupported,
                dependency,
                constraints,
                description,
                security);
    }

    /** This parameter with its documentation. */
    public Parameter withDescription(String text) {
        return new Parameter(
                element,
                javaName,
                source,
                wireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embedded,
                members,
                unsupported,
                dependency,
                constraints,
                text,
                security);
    }

    /** This parameter with what it says about security. */
    public Parameter withSecurity(SecurityUse use) {
        return new Parameter(
                element,
                javaName,
                source,
                wireName,
                shape,
                presence,
                defaultValue,
                sourceAnnotation,
                injected,
                embedded,
                members,
                unsupported,
                dependency,
                constraints,
                description,
                use);
    }

    /** The scopes its {@code @Scopes} requires, or none. */
    public java.util.List<String> requiredScopes() {
        return security == null || security.scopes() == null
                ? List.of()
                : security.scopes().scopes();
    }
}
