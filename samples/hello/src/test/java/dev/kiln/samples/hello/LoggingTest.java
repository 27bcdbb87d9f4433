package dev.kiln.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With Logback on the class path (as in this sample), Kiln's lines, Vert.x's and Netty's go to one
 * SLF4J stream, and the access log's lines carry the request id in the MDC.
 */
class LoggingTest {
    @Test
    void kilnVertxAndNettyLogThroughSlf4jWithTheRequestIdInTheMdc() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        try (TestClient client = TestClient.start(Kiln.app().instances(1).accessLog(true))) {
            assertEquals(
                    200,
                    client.request("GET", "/")
                            .header("X-Request-Id", "log-test-1")
                            .send()
                            .status());
            io.vertx.core.internal.logging.LoggerFactory.getLogger("io.vertx.kiln.test")
                    .info("from Vert.x");
            io.netty.util.internal.logging.InternalLoggerFactory.getInstance("io.netty.kiln.test")
                    .info("from Netty");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (accessLines(events.list).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        } finally {
            root.detachAppender(events);
        }
        List<ILoggingEvent> all = List.copyOf(events.list);
        assertTrue(
                all.stream()
                        .anyMatch(e -> e.getLoggerName().equals("dev.kiln")
                                && e.getFormattedMessage().contains("listening on")),
                "Kiln's own lines");
        ILoggingEvent access = accessLines(all).get(0);
        assertTrue(access.getFormattedMessage().startsWith("GET / 200 "), access.getFormattedMessage());
        assertEquals("log-test-1", access.getMDCPropertyMap().get("requestId"));
        assertTrue(all.stream().anyMatch(e -> e.getLoggerName().equals("io.vertx.kiln.test")), "Vert.x's lines");
        assertTrue(all.stream().anyMatch(e -> e.getLoggerName().equals("io.netty.kiln.test")), "Netty's lines");
    }

    private static List<ILoggingEvent> accessLines(List<ILoggingEvent> events) {
        return List.copyOf(events).stream()
                .filter(e -> e.getLoggerName().equals("dev.kiln.access"))
                .toList();
    }
}
