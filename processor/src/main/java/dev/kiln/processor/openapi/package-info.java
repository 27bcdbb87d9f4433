/**
 * From javac's view of user code to Kiln's neutral OpenAPI model ({@code dev.kiln.openapi}):
 * {@link dev.kiln.processor.openapi.SchemaFactory} turns types into JSON Schemas the way FastAPI and
 * Pydantic would document the equivalent Python types (with Jackson's view of Java objects), and
 * {@link dev.kiln.processor.openapi.JavadocText} turns Javadoc into summaries and descriptions.
 * Only {@code javax.lang.model} is used: no user class is ever loaded.
 */
package dev.kiln.processor.openapi;
