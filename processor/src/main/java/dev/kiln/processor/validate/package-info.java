/**
 * One small validator per concern (paths, parameters, operations, route classes, accessibility,
 * exception handlers), each returning a {@link dev.kiln.processor.diag.Report}. Validators never throw
 * and never stop at the first problem; code is generated only for route classes whose report is clean.
 */
package dev.kiln.processor.validate;
