package dev.kiln.it.jackson;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Any annotation of this simple name makes a value nullable. */
@Retention(RetentionPolicy.CLASS)
@Target({
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
public @interface Nullable {}
