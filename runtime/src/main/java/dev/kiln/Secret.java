package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a {@link Settings @Settings} record as a secret: its value is never shown, not even
 * in the startup error that reports it invalid (a component whose name contains {@code password},
 * {@code secret}, {@code token}, {@code key} or {@code credential} is treated as one without it). Kiln never
 * logs a setting's value anyway; mind the record's own {@code toString()}, which prints every component.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT})
public @interface Secret {}
