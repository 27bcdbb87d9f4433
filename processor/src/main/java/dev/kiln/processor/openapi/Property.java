package dev.kiln.processor.openapi;

import javax.lang.model.type.TypeMirror;

/**
 * One JSON property of a record or bean, as Jackson sees it on one side of the wire.
 *
 * @param javaName    the Java name (component, field or bean property name); it makes the title
 * @param jsonName    the name on the wire ({@code @JsonProperty} or the Java name)
 * @param type        the property's type, type variables of the owner resolved
 * @param annotations everything annotated on its field, accessor(s) and type
 * @param description its Javadoc, or {@code null}
 */
record Property(String javaName, String jsonName, TypeMirror type, AnnotationSet annotations, String description) {}
