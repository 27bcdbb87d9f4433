package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The compile errors of WebSocket routes, one bad input each: the id, the line, one error, and nothing
 * generated for the bad class.
 */
class WebSocketDiagnosticsTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import io.vertx.core.Future;
            import java.util.*;

            """;

    private RecordingProcessor processor;

    /** A class {@code test.Bad} whose line 7 is the first line of {@code body}. */
    private static JavaFileObject bad(String body) {
        return JavaFileObjects.forSourceString("test.Bad", IMPORTS + body);
    }

    private void assertSingleError(JavaFileObject source, String id, int line, String text) {
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/" + id + "] " + text)
                .inFile(source)
                .onLine(line);
        assertFalse(
                processor.created().contains("test.Bad_Routes"),
                "no code may be generated for Bad: " + processor.created());
    }

    @Test
    void webSocketOnHttpOperation() {
        assertSingleError(
                bad("""
                        public class Bad {
                            @Get("/chat")
                            public void chat(
                                    WebSocket ws) {}
                        }
                        """),
                "WebSocketOnHttpOperation",
                10,
                "The operation chat is an HTTP GET but takes a WebSocket (ws).");
    }

    @Test
    void bodyOnWebSocketRoute() {
        assertSingleError(
                bad("""
                        public class Bad {
                            @WebSocketRoute("/chat")
                            public void chat(WebSocket ws,
                                    @Body String text) {}
                        }
                        """),
                "BodyOnWebSocketRoute",
                10,
                "The WebSocket route chat reads text from a body, which a handshake does not have.");
    }

    @Test
    void webSocketRouteReturn() {
        assertSingleError(bad("""
                        public class Bad {
                            @WebSocketRoute("/chat")
                            public String chat(WebSocket ws) { return "no"; }
                        }
                        """), "WebSocketRouteReturn", 8, "The WebSocket route chat returns java.lang.String.");
    }

    @Test
    void webSocketRouteWithoutSocket() {
        assertSingleError(bad("""
                        public class Bad {
                            @WebSocketRoute("/chat")
                            public Future<Void> chat(@Query String room) { return Future.succeededFuture(); }
                        }
                        """), "WebSocketRouteWithoutSocket", 8, "The WebSocket route chat takes no WebSocket.");
    }
}
