/**
 * Findings and how they reach the user: {@link dev.kiln.processor.diag.DiagnosticId} is the catalogue
 * of every message (id, severity, meaning, fix), {@link dev.kiln.processor.diag.Report} collects
 * findings, {@link dev.kiln.processor.diag.Suppression} reads {@code @SuppressWarnings("kiln:Id")}, and
 * {@link dev.kiln.processor.diag.Diagnostics} (the only user of the Messager) prints each as
 * {@code [kiln/Id] what is wrong. How to fix it.} on its element.
 */
package dev.kiln.processor.diag;
