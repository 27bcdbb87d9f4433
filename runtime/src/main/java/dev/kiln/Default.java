package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value used when a parameter is absent, written as it would appear on the wire. It is parsed
 * at compile time: a default that does not parse as the parameter's type is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Default {
    /** The default, as text; {@code @Default("10") int limit}. */
    String value();
}
