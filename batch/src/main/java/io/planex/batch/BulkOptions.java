package io.planex.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a bulk ingest runs. Build with {@link #builder(Path)}; every setting has a default fit for an archive.
 *
 * @param index             index folder (the ingest state lives inside it)
 * @param jsonDir           when set, also write DIR/&lt;file name&gt;.json (pretty JSON v1)
 * @param threads           parsing threads, one worker JVM each
 * @param timeout           base time limit per file; a file gets one more second per MiB
 * @param maxBytes          larger files are reported "too-large" without being read
 * @param workerHeapMb      heap per file in flight: the worker JVM's ceiling is this times {@code threads}
 * @param inProcess         parse in this JVM (no memory isolation; hung threads are abandoned)
 * @param prune             remove documents whose files are gone
 * @param retryFailed       read again files that failed before and have not changed since
 * @param batchSize         documents per index commit (a commit also happens at least every 30 s)
 * @param report            JSON-lines manifest, one line per input, or null
 * @param ndjson            stream of JSON v1 records of the files read in this run, or null
 * @param ocrMode           auto, always or never: passed to the reader
 * @param progress          how progress is shown on {@code stderr}
 * @param stderr            where people's messages go
 * @param throttleMillis    a pause before each parse (for interruption tests; 0 in real use)
 * @param parserClass       the {@link FileParser} workers run (null: {@link PlanFileParser})
 * @param maxFilesPerWorker files after which a worker JVM is replaced by a fresh one
 * @param followLinks       follow symbolic links that lead outside the roots (default: skip and report them)
 */
public record BulkOptions(Path index, Path jsonDir, int threads, Duration timeout, long maxBytes, int workerHeapMb,
                          boolean inProcess, boolean prune, boolean retryFailed, int batchSize, Path report,
                          PrintStream ndjson, String ocrMode, Progress.Mode progress, PrintStream stderr,
                          long throttleMillis, String parserClass, int maxFilesPerWorker, boolean followLinks) {

    public static final long DEFAULT_MAX_BYTES = 100L << 20;

    public static Builder builder(Path index) {
        return new Builder(index);
    }

    /** What the walk skips: links out of the roots unless followed, litter, zips, what this ingest writes. */
    WalkRules walkRules() {
        return new WalkRules(followLinks, java.util.Arrays.asList(index, jsonDir, report), Litter.defaults(), false);
    }

    /** The time limit of one file of this size. */
    public long timeoutMillis(long bytes) {
        return timeout.toMillis() + Math.max(0, bytes) / (1 << 20) * 1000L;
    }

    /** Mutable builder; the record stays immutable. */
    public static final class Builder {
        private final Path index;
        private Path jsonDir;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration timeout = Duration.ofSeconds(120);
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int workerHeapMb = 1024;
        private boolean inProcess;
        private boolean prune;
        private boolean retryFailed;
        private int batchSize = 500;
        private Path report;
        private PrintStream ndjson;
        private String ocrMode = "auto";
        private Progress.Mode progress = Progress.Mode.AUTO;
        private PrintStream stderr = System.err;
        private long throttleMillis;
        private String parserClass;
        private int maxFilesPerWorker = 2000;
        private boolean followLinks;

        private Builder(Path index) {
            this.index = index;
        }

        public Builder jsonDir(Path v) { jsonDir = v; return this; }
        public Builder threads(int v) { threads = Math.max(1, v); return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder maxBytes(long v) { maxBytes = v; return this; }
        public Builder workerHeapMb(int v) { workerHeapMb = v; return this; }
        public Builder inProcess(boolean v) { inProcess = v; return this; }
        public Builder prune(boolean v) { prune = v; return this; }
        public Builder retryFailed(boolean v) { retryFailed = v; return this; }
        public Builder batchSize(int v) { batchSize = Math.max(1, v); return this; }
        public Builder report(Path v) { report = v; return this; }
        public Builder ndjson(PrintStream v) { ndjson = v; return this; }
        public Builder ocrMode(String v) { ocrMode = v; return this; }
        public Builder progress(Progress.Mode v) { progress = v; return this; }
        public Builder stderr(PrintStream v) { stderr = v; return this; }
        public Builder throttleMillis(long v) { throttleMillis = v; return this; }
        public Builder parserClass(String v) { parserClass = v; return this; }
        public Builder maxFilesPerWorker(int v) { maxFilesPerWorker = Math.max(1, v); return this; }
        public Builder followLinks(boolean v) { followLinks = v; return this; }

        public BulkOptions build() {
            return new BulkOptions(index, jsonDir, threads, timeout, maxBytes, workerHeapMb, inProcess, prune,
                    retryFailed, batchSize, report, ndjson, ocrMode, progress, stderr, throttleMillis, parserClass,
                    maxFilesPerWorker, followLinks);
        }
    }
}
