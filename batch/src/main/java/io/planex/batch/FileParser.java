package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;

/**
 * Reads one file into its record. Runs inside a worker JVM (or in process). Implementations need a public
 * no-argument constructor: workers are told the class by name. Must be thread-safe for in-process use.
 */
public interface FileParser {
    Parsed parse(Path file) throws UnreadableFileException;
}
