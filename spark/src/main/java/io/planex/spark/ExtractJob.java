package io.planex.spark;

import static org.apache.spark.sql.functions.col;

import io.planex.batch.IsolatedParser;
import io.planex.ingest.OcrMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple3;

/**
 * Distributed extraction: {@code spark-submit --class io.planex.spark.ExtractJob planex-spark.jar [options]
 * INPUT OUTPUT}. Every file under INPUT (any Hadoop path or glob) is read in the executors by the reader and
 * extractors of {@code planex extract}, each in a reader JVM under a time limit and a heap ceiling, as
 * {@code planex ingest} does; a file that fails is reported with its reason and never fails a task.
 *
 * <p>Writes OUTPUT/records/part-* (NDJSON, one JSON v1 record per line, the line {@code planex extract} prints
 * for the same file), OUTPUT/report/part-* (one JSON line per input: path, sha256, status, reason, pages, ms,
 * bytes, mtime) and OUTPUT/text/part-* ({"sha256","text"}: the text each record was extracted from, which
 * {@code planex ingest --from-json OUTPUT} indexes for full-text search). Folders are not named "_report":
 * Spark's readers skip names starting with "_" even when asked for them, and --skip-known reads the report. Exit code 0 when the job ran (failed files are
 * in the report), 2 on a usage or fatal error.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true,
        description = "Reads every file under INPUT on the cluster and writes planex JSON v1 records as NDJSON.")
public final class ExtractJob implements Callable<Integer> {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit per file, plus 1 s per MiB of the file (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + (100L << 20),
            description = "Larger files are reported as too-large, not read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--worker-memory", paramLabel = "MB", defaultValue = "1024",
            description = "Heap per file read at once: the reader JVM's heap ceiling is this times --workers "
                    + "(default: ${DEFAULT-VALUE}).")
    int workerMemoryMb;

    @Option(names = "--workers", paramLabel = "N",
            description = "Files read at once per executor, in one reader JVM (default: the executor's cores).")
    Integer workers;

    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
            description = "OCR of scanned pages: auto, always or never (default: ${DEFAULT-VALUE}).")
    String ocr;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks to split the files into (default: one per 20 files, at least the parallelism).")
    int partitions;

    @Option(names = "--skip-known", paramLabel = "REPORT_DIR",
            description = "Report folder (or OUTPUT folder) of an earlier run: files it read successfully are not "
                    + "read again (same path, size and mtime; or same SHA-256).")
    String skipKnown;

    @Option(names = "--report", paramLabel = "DIR", description = "Report folder (default: OUTPUT/report).")
    String report;

    @Option(names = "--no-text", description = "Do not write OUTPUT/text (an index fed from OUTPUT then has no full text).")
    boolean noText;

    @Option(names = "--parser", hidden = true, description = "FileParser class the reader JVMs run (tests).")
    String parserClass;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Files: a Hadoop path or glob (file:, hdfs:, s3a:).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT",
            description = "Output folder: records/, report/ and text/ are written in it and must not exist.")
    String output;

    /** What {@link #run} did: counts of the report's statuses. */
    public record Result(Map<String, Long> statuses) {
        public long count(String status) {
            return statuses.getOrDefault(status, 0L);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    cl.getErr().println("planex-spark: " + e.getMessage());
                    return 2;
                }).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        JobOptions options = options();
        SparkSession spark = SparkSession.builder().appName("planex extract " + input).getOrCreate();
        try {
            Result result = run(spark, options);
            PrintWriter err = new PrintWriter(System.err, true);
            err.println("planex-spark: " + result.statuses() + "; records in " + options.recordsDir()
                    + ", report in " + options.reportDir());
            return 0;
        } finally {
            spark.stop();
        }
    }

    JobOptions options() {
        try {
            OcrMode.parse(ocr);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--ocr must be auto, always or never");
        }
        if (timeoutSeconds <= 0 || workerMemoryMb < 64 || (workers != null && workers <= 0) || partitions < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--timeout and --workers must be positive, --worker-memory >= 64");
        }
        String out = output.replaceAll("/+$", "");
        IsolatedParser.Settings parsing = new IsolatedParser.Settings(
                workers != null ? workers : Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(timeoutSeconds), workerMemoryMb, ocr.toLowerCase(Locale.ROOT), parserClass,
                2000, WorkerClassPath.forThisJvm());
        return new JobOptions(input, out + "/records", report != null ? report : out + "/report",
                noText ? null : out + "/text", skipKnown, maxBytes, partitions, parsing);
    }

    /**
     * Runs the job in {@code spark}; returns the counts of the report. The records are written before the report,
     * so a report never lists a record that is not there.
     */
    public static Result run(SparkSession spark, JobOptions options) throws IOException {
        Map<String, String> conf = HadoopConf.of(spark);
        refuseExisting(spark, options.recordsDir());
        refuseExisting(spark, options.reportDir());

        Dataset<Row> listing = InputListing.list(spark, options.input(), conf).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long files = listing.count();
            Dataset<Row> toRead = listing;
            Dataset<String> unchanged = null;
            if (options.skipKnown() != null) {
                KnownFiles known = KnownFiles.split(spark, listing, knownReportDir(spark, options.skipKnown()), conf);
                toRead = known.toRead();
                unchanged = known.unchanged();
            }
            int n = options.partitions() > 0 ? options.partitions()
                    : (int) Math.max(spark.sparkContext().defaultParallelism(),
                            Math.min(100_000, (files + JobOptions.FILES_PER_PARTITION - 1)
                                    / JobOptions.FILES_PER_PARTITION));
            Dataset<Tuple3<String, String, String>> outcomes = toRead.repartition(n)
                    .mapPartitions(new ExtractTask(options, conf),
                            Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING()))
                    // Each file is read once: the three outputs below come from these saved outcomes.
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                outcomes.filter((FilterFunction<Tuple3<String, String, String>>) t -> t._2() != null)
                        .map((MapFunction<Tuple3<String, String, String>, String>) Tuple3::_2, Encoders.STRING())
                        .write().text(options.recordsDir());
                if (options.textDir() != null) {
                    outcomes.filter((FilterFunction<Tuple3<String, String, String>>) t -> t._3() != null)
                            .map((MapFunction<Tuple3<String, String, String>, String>) Tuple3::_3,
                                    Encoders.STRING())
                            .write().text(options.textDir());
                }
                Dataset<String> report = outcomes.map(
                        (MapFunction<Tuple3<String, String, String>, String>) Tuple3::_1, Encoders.STRING());
                if (unchanged != null) report = report.union(unchanged);
                report.write().text(options.reportDir());
            } finally {
                outcomes.unpersist();
            }
        } finally {
            listing.unpersist();
            if (spark.sparkContext().isLocal()) ExecutorWorkers.closeAll();
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : spark.read().schema(ReportLines.SCHEMA).json(options.reportDir())
                .groupBy(col("status")).count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        return new Result(counts);
    }

    /** --skip-known accepts the report folder itself or the OUTPUT folder of the earlier run. */
    private static String knownReportDir(SparkSession spark, String dir) throws IOException {
        String trimmed = dir.replaceAll("/+$", "");
        org.apache.hadoop.fs.Path nested = new org.apache.hadoop.fs.Path(trimmed + "/report");
        FileSystem fs = nested.getFileSystem(spark.sparkContext().hadoopConfiguration());
        return fs.exists(nested) ? nested.toString() : trimmed;
    }

    private static void refuseExisting(SparkSession spark, String dir) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
        if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
            throw new IOException(dir + " already exists: give a new output folder (records are never overwritten)");
        }
    }
}
