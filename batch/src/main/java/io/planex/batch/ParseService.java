package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;

/** Parses files under a time limit, isolated as far as the implementation can. Thread-safe. */
interface ParseService extends AutoCloseable {
    Parsed parse(Path file, long timeoutMillis) throws UnreadableFileException, InterruptedException;

    @Override
    void close();
}
