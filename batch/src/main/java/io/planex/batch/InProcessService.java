package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses in this JVM (for tests and debugging). A file over its time limit is reported as "timeout" and its
 * thread interrupted, but a parser that ignores interrupts keeps its thread and its memory: only the worker
 * pool really isolates.
 */
final class InProcessService implements ParseService {
    private final FileParser parser;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "planex-parse");
        t.setDaemon(true);
        return t;
    });

    InProcessService(FileParser parser) {
        this.parser = parser;
    }

    @Override
    public Parsed parse(Path file, long timeoutMillis) throws UnreadableFileException, InterruptedException {
        Future<Parsed> future = threads.submit(() -> parser.parse(file));
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new UnreadableFileException("timeout", "parsing took longer than " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableFileException u) throw u;
            if (cause instanceof OutOfMemoryError) {
                throw new UnreadableFileException("out-of-memory", "parser ran out of memory", cause);
            }
            throw new UnreadableFileException("parser-error", String.valueOf(cause), cause);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
