package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.StreamShape;
import java.util.Locale;

/**
 * Checks what a streaming operation returns and produces: a media type Kiln streams, events only as
 * server-sent events, items Jackson can write, and a pulled stream that is returned, not awaited.
 */
final class StreamValidator {
    Report validate(Operation operation) {
        Report report = new Report();
        ReturnShape returns = operation.returns();
        StreamShape stream = returns.stream();
        if (stream == null) {
            if (isEventStream(operation.produces())) {
                report.error(
                        DiagnosticId.EventStreamWithoutStream,
                        operation.element(),
                        operation.verbAnnotation(),
                        "The operation " + operation.javaName() + " produces text/event-stream but returns "
                                + returns.declared() + ", which is not a stream of events.");
            }
            return report;
        }
        if (stream.format() == null) {
            report.error(
                    DiagnosticId.StreamMediaType,
                    operation.element(),
                    operation.verbAnnotation(),
                    "The operation " + operation.javaName() + " returns a "
                            + stream.source().javaName() + " and produces " + operation.produces()
                            + ", which Kiln does not stream.");
        } else if (stream.events() && stream.format() != StreamShape.Format.EVENT_STREAM) {
            report.error(
                    DiagnosticId.ServerSentEventWithoutEventStream,
                    operation.element(),
                    operation.verbAnnotation(),
                    "The items of " + operation.javaName() + " are ServerSentEvents, but the operation produces "
                            + "JSON Lines.");
        }
        if (returns.async() != ReturnShape.Async.NONE && !stream.source().deliversItself()) {
            report.error(
                    DiagnosticId.UnsupportedStreamReturn,
                    operation.element(),
                    "The operation " + operation.javaName() + " returns " + returns.declared() + ": a "
                            + stream.source().javaName() + " is pulled on a worker thread, so it cannot come "
                            + "from a future.");
        }
        if (stream.unsupported() != null) {
            report.error(
                    DiagnosticId.UnsupportedStreamItem,
                    operation.element(),
                    "The items of " + operation.javaName() + " are " + stream.unsupported()
                            + ", which Kiln cannot write as JSON.");
        }
        return report;
    }

    private static boolean isEventStream(String produces) {
        return produces.strip().toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }
}
