/**
 * The contract between the code {@code kiln-processor} generates and the host: what generated code
 * calls (here, in {@link dev.kiln.runtime.bind} and {@link dev.kiln.runtime.json}) and what the host
 * calls in it ({@link dev.kiln.runtime.RouteModule}, {@link dev.kiln.runtime.Endpoint}). Not a user
 * API: user code imports {@code dev.kiln}. It changes only together with the processor. The host's
 * implementation is in {@code dev.kiln.runtime.impl}.
 */
package dev.kiln.runtime;
