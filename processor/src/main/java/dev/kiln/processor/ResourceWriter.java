package dev.kiln.processor;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * Writes a compilation-wide resource into the class output, for an extension stage: the OpenAPI writer
 * uses it without depending on code generation.
 */
@FunctionalInterface
public interface ResourceWriter {
    /** Writes {@code content} at {@code path}, made from {@code origins} (for incremental builds). */
    void writeResource(String path, String content, List<? extends Element> origins);
}
