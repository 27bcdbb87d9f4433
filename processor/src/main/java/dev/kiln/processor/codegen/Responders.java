package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.graph.Dispatch;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.StreamShape;
import java.util.Locale;

/** The {@code Responder} of an operation: how its result becomes a response. */
final class Responders {
    private Responders() {}

    /**
     * The responder of {@code operation}, which runs where {@code dispatch} says; its body's writer is one of
     * {@code writers}' constants.
     */
    static CodeBlock of(Operation operation, Dispatch dispatch, BodyWriters writers) {
        ReturnShape returns = operation.returns();
        int status = operation.successStatus();
        return switch (returns.kind()) {
            case EMPTY -> CodeBlock.of("$T.empty($L)", RuntimeTypes.RESPONDER, status);
            case TEXT ->
                CodeBlock.of("$T.text($L, $S)", RuntimeTypes.RESPONDER, status, textContentType(operation.produces()));
            case RESPONSE ->
                CodeBlock.of(
                        "$T.response($L, $S, $L)",
                        RuntimeTypes.RESPONDER,
                        status,
                        operation.produces(),
                        writers.writer(returns.bodyShape(), returns.body()));
            case JSON ->
                CodeBlock.of(
                        "$T.json($L, $L)",
                        RuntimeTypes.RESPONDER,
                        status,
                        writers.writer(returns.bodyShape(), returns.body()));
            case STREAM ->
                stream(returns.stream(), status, writers.writer(returns.bodyShape(), returns.body()), dispatch);
        };
    }

    /**
     * {@code Responder.jsonLines(200, writer)} or {@code Responder.eventStream(...)}, the data type's writer
     * made once; a {@code Stream} or {@code Iterator} pulled on a worker names the operation's pool.
     */
    private static CodeBlock stream(StreamShape stream, int status, CodeBlock writer, Dispatch dispatch) {
        String factory = stream.format() == StreamShape.Format.EVENT_STREAM ? "eventStream" : "jsonLines";
        if (!stream.source().deliversItself() && !dispatch.isEventLoop()) {
            return CodeBlock.of("$T.$N($L, $L, $S)", RuntimeTypes.RESPONDER, factory, status, writer, dispatch.pool());
        }
        return CodeBlock.of("$T.$N($L, $L)", RuntimeTypes.RESPONDER, factory, status, writer);
    }

    /** {@code text/plain} → {@code text/plain; charset=utf-8}; a media type with a charset is kept. */
    private static String textContentType(String produces) {
        return produces.toLowerCase(Locale.ROOT).contains("charset") ? produces : produces + "; charset=utf-8";
    }
}
