package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A Jackson annotation that Kiln reads but does not honour where it is written: binding, the
 * response Jackson writes and the OpenAPI document could disagree about it, so the user is warned
 * ({@code [kiln/UnsupportedJackson]}). What Kiln honours is read into the model instead.
 *
 * @param element    where it is written
 * @param annotation the annotation
 * @param kind       why Kiln does not honour it
 * @param detail     what the message names besides the annotation (a member, a type), or {@code ""}
 */
public record JacksonUse(Element element, AnnotationMirror annotation, Kind kind, String detail) {
    /** Why an annotation is not honoured. */
    public enum Kind {
        /** Kiln does not implement it ({@code @JsonUnwrapped}, {@code @JsonTypeInfo}, {@code @JsonView}, ...). */
        UNSUPPORTED,
        /** It changes nothing under Kiln's Jackson configuration ({@code @JsonRootName}, {@code @JsonEnumDefaultValue}). */
        NO_EFFECT,
        /**
         * It makes Jackson read a private or package-private field or setter of a bean, which the generated
         * binder cannot reach.
         */
        UNREACHABLE,
        /** A {@code @JsonCreator} on a record: Kiln binds records through their canonical constructor. */
        RECORD_CREATOR,
        /** {@code @JsonProperty(required = true)} on a member that may be absent ({@code Optional}, ...). */
        REQUIRED_IGNORED,
        /** {@code @JsonProperty(defaultValue = ...)}: documentation only in Jackson; Kiln's is {@code @Default}. */
        DEFAULT_VALUE,
        /** A {@code @JsonFormat} Kiln does not apply: a shape, time zone or locale, or a type without a pattern. */
        FORMAT,
        /** A {@code @JsonNaming} strategy that is not one of Jackson's own. */
        CUSTOM_NAMING
    }
}
