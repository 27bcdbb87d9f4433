package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a request header. The Java name {@code userAgent} reads {@code User-Agent}
 * (camelCase to kebab-case, case-insensitive). On a record parameter, each component is a header.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface Header {
    /** The header name; the parameter name in kebab-case by default. */
    String value() default "";
}
