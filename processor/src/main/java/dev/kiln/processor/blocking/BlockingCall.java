package dev.kiln.processor.blocking;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import java.util.List;

/**
 * A known-blocking method reachable from code that runs on the event loop, and where to report it.
 *
 * @param eventLoopMethod  the operation or provider, {@code Items.read}
 * @param whyOnEventLoop   why it runs on the event loop, {@code returns Future}
 * @param chain            the call chain from the event-loop method to the blocking method,
 *                         {@code [read, loadFromDisk, Files.readAllBytes]}
 * @param blockingMethod   the blocking method in full, {@code java.nio.file.Files.readAllBytes(java.nio.file.Path)}
 * @param hint             the non-blocking way, completing "Mark it @Blocking, or ..."
 * @param callSite         where to report: the call in the event-loop method's own body that starts
 *                         the chain (the blocking call itself when the chain is direct)
 * @param compilationUnit  the compilation unit of {@code callSite}
 */
public record BlockingCall(
        String eventLoopMethod,
        String whyOnEventLoop,
        List<String> chain,
        String blockingMethod,
        String hint,
        Tree callSite,
        CompilationUnitTree compilationUnit) {

    public BlockingCall {
        chain = List.copyOf(chain);
    }

    /**
     * What is wrong, for instance {@code Items.read runs on the event loop (returns Future) but calls
     * java.lang.Thread.sleep(long), which blocks.} A chain through helper methods is named after the
     * blocking method: {@code ... calls java.nio.file.Files.readAllBytes(java.nio.file.Path) via read ->
     * loadFromDisk -> Files.readAllBytes, which blocks.}
     */
    public String message() {
        String via = chain.size() > 2 ? " via " + String.join(" -> ", chain) : "";
        return eventLoopMethod + " runs on the event loop (" + whyOnEventLoop + ") but calls " + blockingMethod + via
                + ", which blocks.";
    }

    /** How to fix it: {@code Mark it @Blocking, or wait with vertx.setTimer.} */
    public String fix() {
        return "Mark it @Blocking, or " + hint + ".";
    }
}
