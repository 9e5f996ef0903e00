package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The per-file isolation of {@code planex ingest} for other drivers (the Spark job): each file is read in a child
 * JVM ({@link Worker}, several files at once) under a time limit and a heap ceiling, so a file that hangs, crashes its parser
 * or exhausts memory fails alone with its reason ("timeout", "out-of-memory", "worker-crashed"). Thread-safe;
 * at most {@link Settings#workers()} files are read at once.
 */
public final class IsolatedParser implements AutoCloseable {
    /**
     * How files are read.
     *
     * @param workers           files read at once (parse threads of the child JVM)
     * @param timeout           base time limit per file; a file gets one more second per MiB, as in ingest
     * @param workerHeapMb      heap per file read at once (the child's ceiling is this times {@code workers})
     * @param ocrMode           auto, always or never
     * @param parserClass       the {@link FileParser} the children run; null: {@link PlanFileParser}
     * @param maxFilesPerWorker files after which a child is replaced by a fresh one
     * @param classPath         the children's class path
     */
    public record Settings(int workers, Duration timeout, int workerHeapMb, String ocrMode, String parserClass,
                           int maxFilesPerWorker, String classPath) implements Serializable {
        /** The time limit of one file of this size (the rule of {@link BulkOptions#timeoutMillis(long)}). */
        public long timeoutMillis(long bytes) {
            return timeout.toMillis() + Math.max(0, bytes) / (1 << 20) * 1000L;
        }
    }

    private final Settings settings;
    private final WorkerPool pool;

    private IsolatedParser(Settings settings, WorkerPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    public static IsolatedParser start(Settings settings) throws IOException {
        return new IsolatedParser(settings, new WorkerPool(settings.workers(), settings.workerHeapMb(),
                settings.ocrMode(), settings.parserClass(), settings.maxFilesPerWorker(), settings.classPath()));
    }

    /** Reads one local file under the time limit of its size; throws with the reason when it cannot. */
    public Parsed parse(Path file, long bytes) throws UnreadableFileException, InterruptedException {
        return pool.parse(file, settings.timeoutMillis(bytes));
    }

    @Override
    public void close() {
        pool.close();
    }
}
