/**
 * The app-wide view: the route table of the whole compilation (duplicate routes), the exception
 * handler table, and the execution plan of each operation: ordered steps (bind, reject if invalid,
 * construct, inject, invoke) and where the operation runs and why. {@link
 * dev.kiln.processor.graph.RouteGraph#eventLoopOperations()} is the one place that knows which
 * operations of a round run on the event loop.
 */
package dev.kiln.processor.graph;
