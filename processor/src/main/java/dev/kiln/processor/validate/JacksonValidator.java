package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.JacksonUse;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Warns about Jackson annotations Kiln reads but does not honour ({@code [kiln/UnsupportedJackson]}),
 * once per use, wherever the types of an operation's parameters and result lead: binding, the response
 * Jackson writes and the OpenAPI document could disagree about them. Also warns about an enum whose
 * {@code @JsonValue} values the document cannot list ({@code [kiln/UnknownEnumValues]}). Warnings only:
 * code is still generated. One instance per round, so that a type used by several operations is
 * reported once.
 */
final class JacksonValidator {
    private final Set<JacksonUse> reported = new HashSet<>();
    private final Set<Element> enumsReported = new HashSet<>();
    private final Set<Element> componentsReported = new HashSet<>();

    Report validate(Operation operation) {
        Report report = new Report();
        Set<String> visited = new HashSet<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.source() == Source.INJECTED || parameter.source() == Source.DEPENDENCY) {
                continue;
            }
            if (parameter.flattened()) {
                flattened(parameter, report);
            } else {
                walk(parameter.shape(), visited, report);
            }
        }
        if (operation.returns().bodyShape() != null) {
            walk(operation.returns().bodyShape(), visited, report);
        }
        return report;
    }

    /** Jackson reads JSON only: on a {@code @Query}/{@code @Header}/{@code @Cookie} record its annotations do nothing. */
    private void flattened(Parameter parameter, Report report) {
        if (!(parameter.shape() instanceof TypeShape.RecordShape record)) {
            return;
        }
        // a form record's field is named as JSON names the component (@JsonProperty: FastAPI's form-model alias)
        boolean named = parameter.source() == Source.FORM;
        for (Member component : record.components()) {
            boolean jackson = !named && !component.name().equals(component.javaName())
                    || !component.isRead()
                    || !component.input().aliases().isEmpty()
                    || !component.jackson().isEmpty();
            if (jackson && componentsReported.add(component.element())) {
                warn(
                        DiagnosticId.UnsupportedJackson,
                        component.element(),
                        null,
                        "Jackson annotations on " + component.javaName() + " of " + record.type()
                                + " have no effect: Kiln reads a "
                                + parameter.source().name().toLowerCase(java.util.Locale.ROOT)
                                + (named
                                        ? " record's components by their names (@JsonProperty, else the Java name) only,"
                                                + " and Jackson reads only JSON."
                                        : " record's components by their Java names, and Jackson reads only JSON."),
                        "Remove them, or rename the component.",
                        report);
            }
        }
    }

    private void walk(TypeShape shape, Set<String> visited, Report report) {
        if (shape == null || shape instanceof TypeShape.Recursive) {
            return;
        }
        if (shape instanceof TypeShape.Opaque opaque) {
            walk(opaque.view(), visited, report);
            return;
        }
        if (shape instanceof TypeShape.EnumShape enumShape) {
            enumValues(enumShape, report);
        }
        boolean described = shape instanceof TypeShape.EnumShape || shape instanceof TypeShape.ObjectShape;
        if (described && !visited.add(shape.type().toString())) {
            return;
        }
        shape.jackson().forEach(use -> warn(use, report));
        for (Member member : shape.properties()) {
            member.jackson().forEach(use -> warn(use, report));
            walk(member.shape(), visited, report);
            if (member.output() != null && member.output().shape() != member.shape()) {
                walk(member.output().shape(), visited, report);
            }
        }
        if (shape instanceof TypeShape.ListShape list) {
            walk(list.element(), visited, report);
        } else if (shape instanceof TypeShape.OptionalShape optional) {
            walk(optional.value(), visited, report);
        } else if (shape instanceof TypeShape.MapShape map) {
            walk(map.value(), visited, report);
        }
    }

    private void enumValues(TypeShape.EnumShape shape, Report report) {
        if (shape.valueAccessor() == null || shape.valuesKnown() || !enumsReported.add(shape.element())) {
            return;
        }
        String accessor = shape.valueAccessor().getSimpleName()
                + (shape.valueAccessor().getKind() == ElementKind.METHOD ? "()" : "");
        warn(
                DiagnosticId.UnknownEnumValues,
                shape.valueAccessor(),
                shape.valueAnnotation(),
                "Kiln cannot list the values of " + shape.element().getSimpleName() + " in the OpenAPI document: "
                        + "its @JsonValue " + accessor + " returns what only running code can tell, so the "
                        + "document shows a plain " + (shape.valueShape() == null ? "value" : "string") + ". "
                        + "Requests are still read by those values.",
                "To document them, return a field that each constant sets from a string literal, as in "
                        + "RED(\"red\").",
                report);
    }

    private void warn(JacksonUse use, Report report) {
        if (!reported.add(use)) {
            return;
        }
        String annotation =
                "@" + use.annotation().getAnnotationType().asElement().getSimpleName();
        String on = use.detail().isEmpty() ? "" : " on " + use.detail();
        String what = switch (use.kind()) {
            case UNSUPPORTED ->
                annotation + on + " is not supported by Kiln: request binding and the OpenAPI document ignore it, "
                        + "while Jackson applies it when it writes responses, so they can disagree.";
            case NO_EFFECT -> annotation + on + " has no effect: " + noEffect(annotation) + ".";
            case UNREACHABLE ->
                annotation + " makes Jackson read this member of " + use.detail() + " through a field or setter "
                        + "that is not public, which Kiln's generated binder cannot reach, so requests do not set it.";
            case RECORD_CREATOR ->
                "Kiln binds the record " + use.detail() + " through its canonical constructor, not this "
                        + "@JsonCreator, so Jackson and Kiln would read it differently.";
            case REQUIRED_IGNORED ->
                "@JsonProperty(required = true) on " + use.detail() + " has no effect: it is Optional, @Nullable "
                        + "or has a @Default, so it may be absent.";
            case DEFAULT_VALUE ->
                "@JsonProperty(defaultValue) on " + use.detail() + " is not used: Jackson treats it as "
                        + "documentation, and Kiln's default is @Default(\"...\").";
            case FORMAT ->
                annotation + on + " is not applied by Kiln: Kiln honours @JsonFormat(pattern = \"...\") alone on "
                        + "LocalDate, LocalDateTime, OffsetDateTime, LocalTime, OffsetTime and ZonedDateTime members "
                        + "(or lists and optionals of them), with a pattern that compiles; Jackson applies this one "
                        + "when it writes responses.";
            case CUSTOM_NAMING ->
                "@JsonNaming(" + use.detail() + ") is not one of Jackson's own strategies, so Kiln cannot know the "
                        + "names it makes; binding and the document use the Java names.";
        };
        String fix = switch (use.kind()) {
            case UNSUPPORTED -> "Remove it; Kiln honours " + HONOURED + ".";
            case NO_EFFECT -> "Remove it.";
            case UNREACHABLE -> "Add a public setter, or make the field public.";
            case RECORD_CREATOR -> "Remove @JsonCreator, or make the record's components what the JSON holds.";
            case REQUIRED_IGNORED -> "Remove required = true, or declare the plain type to require it.";
            case DEFAULT_VALUE -> "Use @Default instead.";
            case FORMAT -> "Use a pattern alone, or remove it.";
            case CUSTOM_NAMING -> "Use a PropertyNamingStrategies strategy, or @JsonProperty on each member.";
        };
        warn(DiagnosticId.UnsupportedJackson, use.element(), use.annotation(), what, fix, report);
    }

    /** One warning: what is wrong, then how to fix it. */
    private static void warn(
            DiagnosticId id, Element element, AnnotationMirror annotation, String what, String fix, Report report) {
        report.warning(id, element, annotation, what + " " + fix);
    }

    private static String noEffect(String annotation) {
        return switch (annotation) {
            case "@JsonRootName" -> "Kiln's Jackson configuration does not wrap root values";
            case "@JsonEnumDefaultValue" -> "Kiln reads an unknown enum value as an error, never as a default";
            default -> "the enum's @JsonValue decides how its constants are written and read";
        };
    }

    private static final String HONOURED = String.join(
            ", ",
            List.of(
                    "@JsonProperty",
                    "@JsonGetter",
                    "@JsonSetter",
                    "@JsonAlias",
                    "@JsonIgnore",
                    "@JsonInclude",
                    "@JsonFormat(pattern)",
                    "@JsonPropertyDescription",
                    "@JsonNaming",
                    "@JsonIgnoreProperties",
                    "@JsonIncludeProperties",
                    "@JsonPropertyOrder",
                    "@JsonClassDescription",
                    "@JsonIgnoreType",
                    "@JsonCreator on classes Jackson reads",
                    "@JsonValue on enums"));
}
