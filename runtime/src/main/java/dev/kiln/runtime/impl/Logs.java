package dev.kiln.runtime.impl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Where Kiln's log lines go: through SLF4J when the app has an SLF4J provider (Logback, Log4j's
 * bridge, ...), so that they join the lines of Vert.x and Netty, which pick SLF4J the same way; else
 * through {@link System.Logger}, that is {@code java.util.logging}. Kiln's classes log with
 * {@link System.Logger}, obtained here.
 *
 * <p>With SLF4J, the MDC key {@value #REQUEST_ID} holds the request id while Kiln logs about a
 * request, and while it runs code for one when the access log is on (see {@link #withRequestId}).
 */
public final class Logs {
    /** The MDC key of the request id. */
    public static final String REQUEST_ID = "requestId";

    private static final boolean SLF4J = slf4jBound();

    private Logs() {}

    /** The logger {@code name}: SLF4J's when it has a provider, else the JDK's. */
    public static System.Logger get(String name) {
        return SLF4J ? new Slf4j(name) : System.getLogger(name);
    }

    /** Whether Kiln logs through SLF4J. */
    static boolean slf4j() {
        return SLF4J;
    }

    /** Logs a line about a request, with its id in the MDC (with SLF4J) for that line. */
    static void about(System.Logger log, System.Logger.Level level, String requestId, String message, Throwable error) {
        if (SLF4J) {
            Mdc.run(requestId, () -> log.log(level, message, error));
        } else {
            log.log(level, message, error);
        }
    }

    /**
     * {@code work} with the request id in the MDC while it runs (with SLF4J); as it is otherwise.
     */
    static <T> Callable<T> withRequestId(String requestId, Callable<T> work) {
        return SLF4J ? Mdc.wrap(requestId, work) : work;
    }

    /** Runs {@code action} with the request id in the MDC (with SLF4J). */
    static void withRequestId(String requestId, Runnable action) {
        if (SLF4J) {
            Mdc.run(requestId, action);
        } else {
            action.run();
        }
    }

    /**
     * Whether SLF4J is on the class path with a provider. Without one, SLF4J 2 falls back to a no-op
     * factory and prints a warning; that warning is not printed here (Vert.x asks the same question
     * the same way), since logging through the JDK is then what is wanted.
     */
    private static boolean slf4jBound() {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, Logs.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            return !(org.slf4j.LoggerFactory.getILoggerFactory() instanceof org.slf4j.helpers.NOPLoggerFactory);
        } catch (LinkageError broken) {
            return false;
        } finally {
            System.setErr(err);
        }
    }

    /** The MDC, in a class of its own so that nothing loads SLF4J's classes without SLF4J. */
    private static final class Mdc {
        static void run(String requestId, Runnable action) {
            String before = org.slf4j.MDC.get(REQUEST_ID);
            org.slf4j.MDC.put(REQUEST_ID, requestId);
            try {
                action.run();
            } finally {
                restore(before);
            }
        }

        static <T> Callable<T> wrap(String requestId, Callable<T> work) {
            return () -> {
                String before = org.slf4j.MDC.get(REQUEST_ID);
                org.slf4j.MDC.put(REQUEST_ID, requestId);
                try {
                    return work.call();
                } finally {
                    restore(before);
                }
            };
        }

        private static void restore(String before) {
            if (before == null) {
                org.slf4j.MDC.remove(REQUEST_ID);
            } else {
                org.slf4j.MDC.put(REQUEST_ID, before);
            }
        }
    }

    /** A {@link System.Logger} that writes to an SLF4J logger of the same name. */
    private static final class Slf4j implements System.Logger {
        private final org.slf4j.Logger logger;

        Slf4j(String name) {
            this.logger = org.slf4j.LoggerFactory.getLogger(name);
        }

        @Override
        public String getName() {
            return logger.getName();
        }

        @Override
        public boolean isLoggable(Level level) {
            return switch (level) {
                case ALL, TRACE -> logger.isTraceEnabled();
                case DEBUG -> logger.isDebugEnabled();
                case INFO -> logger.isInfoEnabled();
                case WARNING -> logger.isWarnEnabled();
                case ERROR -> logger.isErrorEnabled();
                case OFF -> false;
            };
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            switch (level) {
                case ALL, TRACE -> logger.trace(message, thrown);
                case DEBUG -> logger.debug(message, thrown);
                case INFO -> logger.info(message, thrown);
                case WARNING -> logger.warn(message, thrown);
                case ERROR -> logger.error(message, thrown);
                case OFF -> {}
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                log(
                        level,
                        bundle,
                        params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                        (Throwable) null);
            }
        }

        @Override
        public void log(Level level, Supplier<String> message) {
            if (isLoggable(level)) {
                log(level, null, message.get(), (Throwable) null);
            }
        }
    }
}
