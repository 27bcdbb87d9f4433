package dev.kiln.runtime.impl;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;

/**
 * SIGTERM and SIGINT handled before the JVM starts shutting down. A shutdown hook alone is not enough:
 * {@code java.util.logging} resets its handlers in a shutdown hook of its own, concurrently with ours,
 * so whatever a graceful shutdown logs from a hook (requests cut off at the end of the grace period,
 * a singleton failing to close) is lost. The hook stays, for exits that are not signals.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}) is reached reflectively: named in source,
 * javac warns on every compilation that it is internal API, a warning no annotation silences, and Kiln's
 * own sources compile with {@code -Werror}.
 */
final class TerminationSignals {
    private TerminationSignals() {}

    /** Runs {@code shutdown} on a signal of its own thread, then exits; {@code false} where signals are not available. */
    static boolean install(Runnable shutdown) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handler);
            for (String name : List.of("TERM", "INT")) {
                Object onSignal = Proxy.newProxyInstance(
                        TerminationSignals.class.getClassLoader(), new Class<?>[] {handler}, (proxy, method, args) -> {
                            if (method.getDeclaringClass() == Object.class) {
                                return switch (method.getName()) {
                                    case "equals" -> proxy == args[0];
                                    case "hashCode" -> System.identityHashCode(proxy);
                                    default -> "kiln SIG" + name;
                                };
                            }
                            Thread stopping = new Thread(
                                    () -> {
                                        shutdown.run();
                                        System.exit(0);
                                    },
                                    "kiln-sig" + name.toLowerCase(Locale.ROOT));
                            stopping.start();
                            return null;
                        });
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), onSignal);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return false;
        }
    }
}
