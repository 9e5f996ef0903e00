package io.planex.spark;

import io.planex.batch.IsolatedParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pool of reader JVMs per executor JVM and settings, shared by the tasks the executor runs, so that a task
 * does not pay a JVM start per file or per partition. The children watch their parent and exit with it; a
 * shutdown hook closes the pools when the executor ends normally.
 */
final class ExecutorWorkers {
    private static final Map<IsolatedParser.Settings, IsolatedParser> POOLS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorWorkers::closeAll, "planex-workers-stop"));
    }

    private ExecutorWorkers() {}

    static IsolatedParser of(IsolatedParser.Settings settings) {
        return POOLS.computeIfAbsent(settings, s -> {
            try {
                return IsolatedParser.start(s);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start reader JVMs", e);
            }
        });
    }

    /** Stops every pool of this JVM (the driver calls it at the end of a local-mode run). */
    static void closeAll() {
        POOLS.keySet().forEach(k -> {
            IsolatedParser p = POOLS.remove(k);
            if (p != null) p.close();
        });
    }
}
