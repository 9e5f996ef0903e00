package io.planex.spark;

import io.planex.batch.IsolatedParser;
import java.io.Serializable;
import java.time.Duration;

/**
 * What one run of {@link ExtractJob} does; travels to the executors with the tasks.
 *
 * @param input              Hadoop path or glob of the files to read (folders are read recursively)
 * @param recordsDir         folder of the NDJSON record part files (OUTPUT/records; must not exist)
 * @param reportDir          folder of the report dataset (default OUTPUT/report)
 * @param textDir            folder of the text dataset (OUTPUT/text), one {"sha256","text"} line per record, or null
 * @param skipKnown          report folder of an earlier run: files it lists as ok are not read again, or null
 * @param maxBytes           larger files are reported too-large without being read
 * @param partitions         tasks to split the files into (0: one per {@value #FILES_PER_PARTITION} files, at least
 *                           the default parallelism)
 * @param parsing            how each file is read (time limit, heap ceiling, OCR mode, child JVMs per executor)
 */
public record JobOptions(String input, String recordsDir, String reportDir, String textDir, String skipKnown,
                         long maxBytes, int partitions, IsolatedParser.Settings parsing) implements Serializable {
    static final int FILES_PER_PARTITION = 20;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
}
