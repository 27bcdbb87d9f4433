package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Handles an exception type and its subtypes, on a public static method taking
 * {@code (SomeException e, Request r)} and returning {@code Response<?>} or {@code Future<Response<?>>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface ExceptionHandler {}
