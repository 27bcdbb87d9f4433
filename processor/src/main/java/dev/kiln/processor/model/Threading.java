package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * The threading annotations on one method or class, as written; the execution planner decides.
 *
 * @param blocking    {@code @Blocking}, or {@code null}
 * @param nonBlocking {@code @NonBlocking}, or {@code null}
 * @param pool        the pool named by {@code @Blocking(pool = ...)}, or {@code null} without {@code @Blocking}
 */
public record Threading(AnnotationMirror blocking, AnnotationMirror nonBlocking, String pool) {
    public static final Threading NONE = new Threading(null, null, null);

    public boolean isEmpty() {
        return blocking == null && nonBlocking == null;
    }
}
