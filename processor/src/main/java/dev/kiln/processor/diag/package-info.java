/**
 * Findings and how they reach the user: {@link dev.kiln.processor.diag.Report} collects them, {@link
 * dev.kiln.processor.diag.Diagnostics} (the only user of the Messager) prints each as
 * {@code [kiln/Id] what is wrong. How to fix it.} on its element.
 */
package dev.kiln.processor.diag;
