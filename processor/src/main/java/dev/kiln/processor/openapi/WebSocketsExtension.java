package dev.kiln.processor.openapi;

import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OpenAPI has no WebSockets: a compilation's {@code @WebSocketRoute}s are listed in the document's
 * {@code x-kiln-websockets} extension instead, written from the model: the path, the Java method,
 * where the method runs, the handshake's parameters and the JSON message types.
 */
final class WebSocketsExtension {
    static final String NAME = "x-kiln-websockets";

    private WebSocketsExtension() {}

    static Map<String, Object> entry(PlannedOperation planned) {
        Operation op = planned.operation();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", op.path().template());
        entry.put("x-kiln-java-method", planned.routeClass().element().getSimpleName() + "." + op.javaName());
        entry.put(
                "x-kiln-dispatch",
                planned.plan().dispatch().isEventLoop()
                        ? "event-loop"
                        : "worker[" + planned.plan().dispatch().pool() + "]");
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Parameter parameter : planned.plan().requestParameters()) {
            List<Parameter> bound = parameter.flattened() ? parameter.members() : List.of(parameter);
            for (Parameter p : bound) {
                if (p.source() == Source.PATH
                        || p.source() == Source.QUERY
                        || p.source() == Source.HEADER
                        || p.source() == Source.COOKIE) {
                    Map<String, Object> described = new LinkedHashMap<>();
                    described.put("name", p.wireName());
                    described.put("in", p.source().name().toLowerCase(Locale.ROOT));
                    described.put("required", p.presence() == Presence.REQUIRED);
                    parameters.add(described);
                }
            }
        }
        entry.put("parameters", parameters);
        List<String> messages = new ArrayList<>();
        for (TypeShape message : op.messages()) {
            messages.add(message.type().toString());
        }
        entry.put("messages", messages);
        return entry;
    }

    static void add(OpenAPI document, List<Map<String, Object>> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Map<String, Object>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> (String) e.get("path")));
        document.addExtension(NAME, sorted);
    }
}
