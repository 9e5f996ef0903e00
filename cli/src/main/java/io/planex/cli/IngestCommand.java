package io.planex.cli;

import io.planex.batch.BulkIngest;
import io.planex.batch.BulkOptions;
import io.planex.batch.IndexBusyException;
import io.planex.batch.IndexSink;
import io.planex.batch.Progress;
import io.planex.batch.Summary;
import io.planex.solr.SolrSink;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** planex ingest: files and folder trees into the index, in parallel, incrementally, resumably. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads files and folders (recursively), extracts their records and indexes them.",
            "Files are read in a child JVM, several at once, each with a time limit and a heap ceiling, so one bad "
                + "file cannot stop the run (the files beside it are read again). A re-run skips unchanged files; an interrupted run resumes where it was committed. "
                + "Only one ingest may write to an index at a time."},
        footer = {"", "Report statuses: ok, unchanged, failed, needs-ocr, removed (--prune), skipped (litter such as "
                + ".DS_Store or ~$ files, links leading outside the given folders, a zip inside a zip, planex's own "
                + "index). The members of .zip files are documents, named bundle.zip!/folder/file.pdf.",
            "Ctrl-C or SIGTERM: stops taking files, commits what is done, finishes the report, exits 130.",
            "Exit codes: 0 all inputs ok, 1 some inputs failed, 2 usage or fatal error, 130 interrupted.",
            "", "Examples:", "  planex ingest --index planex-data/index --report ingest.jsonl --prune archive/",
            "  planex ingest --from-json spark-out/          (records made by io.planex.spark.ExtractJob)"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "planex-data/index",
            description = "Index folder (default: ${DEFAULT-VALUE}); the ingest state is kept inside it.")
    Path index;

    /** Or into a SolrCloud collection, the ingest state then kept in --state. */
    @Mixin
    SolrOptions solr;

    @Option(names = "--state", paramLabel = "DIR",
            description = "With --solr: where the ingest state is kept (default: planex-data/solr-state/COLLECTION).")
    Path state;

    @Option(names = "--json", paramLabel = "DIR", description = "Also write DIR/<input file name>.json.")
    Path json;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel readers (default: the core count).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit per file, plus 1 s per MiB of the file (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + BulkOptions.DEFAULT_MAX_BYTES,
            description = "Larger files are reported as too-large, not read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--worker-memory", paramLabel = "MB", defaultValue = "1024",
            description = "Heap per file read at once: the reader JVM's heap ceiling is this times --threads "
                    + "(default: ${DEFAULT-VALUE}).")
    int workerMemoryMb;

    @Option(names = "--in-process", description = "Read in this JVM, without child processes (debugging; a "
            + "hanging or exploding parser is not contained).")
    boolean inProcess;

    @Option(names = "--prune", description = "Remove documents whose files are gone, under the folders given; a "
            + "folder that is missing, unreadable or empty (an unmounted share) prunes nothing.")
    boolean prune;

    @Option(names = "--follow-links", description = "Follow symbolic links that lead outside the given folders "
            + "(default: report them as skipped, reason link-outside-roots; links within them are followed).")
    boolean followLinks;

    @Option(names = "--retry-failed", description = "Read again files that failed before and have not changed.")
    boolean retryFailed;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Documents per index commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON-lines manifest: one line per input (path, sha256, status, reason, pages, ms).")
    Path report;

    @Option(names = "--ndjson", description = "Stream the JSON v1 records of the files read to stdout.")
    boolean ndjson;

    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
            description = "OCR of scanned pages: auto, always or never (default: ${DEFAULT-VALUE}).")
    String ocr;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, a line every 5 s otherwise), bar, lines or none.")
    String progress;

    @Option(names = "--from-json", description = {"PATH... are records made elsewhere, not documents: an "
            + "ExtractJob OUTPUT folder (records/ with text/), NDJSON files or planex extract --out files. They are "
            + "indexed without reading any document, incrementally (a record whose path and SHA-256 are known is "
            + "unchanged) and resumably, as files are."})
    boolean fromJson;

    @Option(names = "--throttle-ms", hidden = true, defaultValue = "0",
            description = "Pause before each file (for interruption tests).")
    long throttleMs;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("auto", "always", "never").contains(ocr)) {
            throw new Errors.UserException("--ocr must be auto, always or never, not '" + ocr + "'");
        }
        Progress.Mode mode;
        try {
            mode = Progress.Mode.valueOf(progress.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--progress must be auto, bar, lines or none, not '" + progress + "'");
        }
        if (fromJson && prune) {
            throw new Errors.UserException("--prune needs the files: it cannot be combined with --from-json");
        }
        if (timeoutSeconds <= 0 || batch <= 0 || workerMemoryMb < 64 || (threads != null && threads <= 0)) {
            throw new Errors.UserException("--timeout, --batch and --threads must be positive, --worker-memory >= 64");
        }
        if (state != null && !solr.enabled()) {
            throw new Errors.UserException("--state goes with --solr or --solr-url (the local index keeps its state inside it)");
        }
        PrintStream stderr = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
        PrintStream stdout = ndjson ? new PrintStream(System.out, false, StandardCharsets.UTF_8) : null;
        BulkOptions.Builder options = BulkOptions.builder(solr.enabled() ? solrState() : index)
                .jsonDir(json)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .maxBytes(maxBytes)
                .workerHeapMb(workerMemoryMb)
                .inProcess(inProcess)
                .prune(prune)
                .retryFailed(retryFailed)
                .batchSize(batch)
                .report(report)
                .ndjson(stdout)
                .ocrMode(ocr)
                .progress(mode)
                .stderr(stderr)
                .throttleMillis(throttleMs)
                .followLinks(followLinks);
        if (threads != null) options.threads(threads);
        Summary summary;
        BulkIngest ingest = new BulkIngest(options.build());
        try (StopSignals signals = StopSignals.install(ingest::stop, err)) {
            IndexSink sink = solr.enabled() ? SolrSink.open(solr.target(), stderr) : null; // null: the local index
            summary = fromJson ? ingest.runFromJson(paths, sink) : ingest.run(paths, sink);
        } catch (IndexBusyException e) {
            throw new Errors.UserException(e.getMessage(), e);
        } finally {
            if (stdout != null) stdout.flush();
        }
        err.println(summary.format());
        err.flush();
        if (summary.wasInterrupted()) return ExitCodes.INTERRUPTED;
        return summary.failures() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private Path solrState() {
        return state != null ? state : Path.of("planex-data", "solr-state", solr.target().collection());
    }

    /** Lets the batch module print to picocli's stderr writer (tests capture it). */
    static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n' || b == '\r') flush();
        }

        @Override
        public synchronized void flush() {
            writer.print(line.toString(StandardCharsets.UTF_8));
            writer.flush();
            line.reset();
        }
    }
}
