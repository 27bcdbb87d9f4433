/**
 * From the model to Kiln's neutral OpenAPI model ({@code dev.kiln.openapi}):
 * {@link dev.kiln.processor.openapi.SchemaFactory} turns the model's shapes, members, constraints and
 * defaults into JSON Schemas the way FastAPI and Pydantic would document the equivalent Python types,
 * and {@link dev.kiln.processor.openapi.OpenApiStage} writes the document. Nothing here reads user code:
 * every fact (Jackson's names and inclusion, Javadoc texts, constraints) was read once, in {@code read},
 * for binding and checks too, so the document cannot disagree with them.
 */
package dev.kiln.processor.openapi;
