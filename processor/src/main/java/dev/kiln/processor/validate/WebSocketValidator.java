package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Injected;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.Source;

/**
 * Checks where a {@code WebSocket} may be: only on a {@code @WebSocketRoute}, which has one, reads no
 * body, and returns {@code void} or {@code Future<Void>}.
 */
final class WebSocketValidator {
    Report validate(Operation operation) {
        Report report = new Report();
        boolean hasSocket = false;
        for (Parameter parameter : operation.parameters()) {
            boolean socket = parameter.source() == Source.INJECTED && parameter.injected() == Injected.WEB_SOCKET;
            hasSocket |= socket;
            if (socket && !operation.isWebSocket()) {
                report.error(
                        DiagnosticId.WebSocketOnHttpOperation,
                        parameter.element(),
                        "The operation " + operation.javaName() + " is an HTTP " + operation.method()
                                + " but takes a WebSocket (" + parameter.javaName() + ").");
            }
            if (operation.isWebSocket()
                    && switch (parameter.source()) {
                        case BODY, RAW_BODY, FORM, FILE -> true;
                        default -> false;
                    }) {
                report.error(
                        DiagnosticId.BodyOnWebSocketRoute,
                        parameter.element(),
                        "The WebSocket route " + operation.javaName() + " reads " + parameter.javaName()
                                + " from a body, which a handshake does not have.");
            }
        }
        if (!operation.isWebSocket()) {
            return report;
        }
        ReturnShape returns = operation.returns();
        if (returns.kind() != ReturnShape.Kind.EMPTY || returns.async() == ReturnShape.Async.COMPLETION_STAGE) {
            report.error(
                    DiagnosticId.WebSocketRouteReturn,
                    operation.element(),
                    operation.verbAnnotation(),
                    "The WebSocket route " + operation.javaName() + " returns " + returns.declared() + ".");
        }
        if (!hasSocket) {
            report.error(
                    DiagnosticId.WebSocketRouteWithoutSocket,
                    operation.element(),
                    operation.verbAnnotation(),
                    "The WebSocket route " + operation.javaName() + " takes no WebSocket.");
        }
        return report;
    }
}
