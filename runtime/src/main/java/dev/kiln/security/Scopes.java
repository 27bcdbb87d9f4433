package dev.kiln.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OAuth2 scopes required (FastAPI's {@code Security(dependency, scopes=[...])}): on an operation, on a
 * {@code @Router} class (every operation in it), or on a parameter (the provider that makes it, and what that
 * provider needs). Each scope must be declared by an {@link OAuth2Password#scopes()} of the compilation.
 *
 * <p>The scopes go into the document's {@code security} requirement of every scheme the operation's
 * dependency graph reaches, and into the {@link SecurityScopes} handed to the providers below them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Scopes {
    /** The scopes: {@code "items:read"}. */
    String[] value();
}
