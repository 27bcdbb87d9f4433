package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compile errors of streaming operations, one bad input each: the id, the line, one error, and
 * nothing generated for the bad class. And what streams well compiles cleanly.
 */
class StreamDiagnosticsTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import io.vertx.core.Future;
            import io.vertx.core.buffer.Buffer;
            import io.vertx.core.streams.ReadStream;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.stream.Stream;

            """;

    private RecordingProcessor processor;

    /** A class {@code test.Bad} whose line 11 is the first line of {@code body}. */
    private static JavaFileObject bad(String body) {
        return JavaFileObjects.forSourceString("test.Bad", IMPORTS + body);
    }

    private Compilation compile(JavaFileObject source) {
        processor = new RecordingProcessor();
        return Compiler.javac().withProcessors(processor).compile(source);
    }

    private void assertSingleError(JavaFileObject source, String id, int line, String text) {
        Compilation compilation = compile(source);
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
    void eventStreamWithoutStream() {
        assertSingleError(
                bad("""
                        public class Bad {
                            @Get(value = "/events", produces = "text/event-stream")
                            public List<String> events() { return List.of(); }
                        }
                        """),
                "EventStreamWithoutStream",
                12,
                "The operation events produces text/event-stream but returns java.util.List<java.lang.String>");
    }

    @Test
    void serverSentEventWithoutEventStream() {
        assertSingleError(
                bad("""
                        public class Bad {
                            @Get("/events")
                            public Stream<ServerSentEvent<String>> events() { return Stream.of(); }
                        }
                        """),
                "ServerSentEventWithoutEventStream",
                12,
                "The items of events are ServerSentEvents, but the operation produces JSON Lines.");
    }

    @Test
    void streamMediaType() {
        assertSingleError(
                bad("""
                        public class Bad {
                            @Get(value = "/csv", produces = "text/csv")
                            public Stream<String> csv() { return Stream.of(); }
                        }
                        """),
                "StreamMediaType",
                12,
                "The operation csv returns a Stream and produces text/csv, which Kiln does not stream.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ReadStream<Buffer>           | raw bytes (io.vertx.core.buffer.Buffer)",
                "Stream<byte[]>               | raw bytes (byte[])",
                "Iterator<Future<String>>     | futures (io.vertx.core.Future<java.lang.String>)",
                "Stream<Stream<String>>       | streams (java.util.stream.Stream<java.lang.String>)",
            })
    void unsupportedStreamItem(String type, String what) {
        assertSingleError(
                bad("""
                        public class Bad {
                            @Get("/items")
                            public %s items() { return null; }
                        }
                        """.formatted(type)),
                "UnsupportedStreamItem",
                13,
                "The items of items are " + what + ", which Kiln cannot write as JSON.");
    }

    @Test
    void unsupportedStreamReturn() {
        assertSingleError(
                bad("""
                        public class Bad {
                            @Get("/items")
                            public Future<Stream<String>> items() { return null; }
                        }
                        """),
                "UnsupportedStreamReturn",
                13,
                "The operation items returns io.vertx.core.Future<java.util.stream.Stream<java.lang.String>>");
    }

    @Test
    void everySupportedStreamCompilesCleanly() {
        JavaFileObject good = JavaFileObjects.forSourceString("test.Good", IMPORTS + """
                public class Good {
                    @Get("/a")
                    public Stream<String> a() { return Stream.of(); }

                    @Get(value = "/b", produces = "text/event-stream")
                    public Iterator<ServerSentEvent<Integer>> b() { return null; }

                    @Get(value = "/c", produces = "application/jsonl")
                    public ReadStream<Map<String, Integer>> c() { return null; }

                    @Get(value = "/d", produces = "text/event-stream; charset=utf-8")
                    public CompletionStage<Flow.Publisher<String>> d() { return null; }

                    @Get("/e")
                    public Response<?> e() { return Response.bytes(new byte[0], "image/png"); }
                }
                """);
        Compilations.assertSucceededWithoutWarnings(compile(good));
    }
}
