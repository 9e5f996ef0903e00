package io.planex.spark;

import io.planex.batch.IsolatedParser;
import io.planex.batch.Parsed;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import scala.Tuple3;

/**
 * Reads the files of one partition, one at a time per task, in the executor's pool of reader JVMs: each file
 * under the time limit of its size and the pool's heap ceiling, exactly as {@code planex ingest} does, so a file
 * that hangs or explodes comes back as a failure with its reason and the task goes on. Input rows: (uri, path,
 * length, mtime); output per file: (report line, record line or null, text line or null).
 *
 * <p>Files on a local or shared file system are read in place; others (HDFS, S3) are first copied to the
 * executor's temporary folder under their own name, so the record's {@code file} and the type detection by name
 * are the same as for a local file.
 */
final class ExtractTask implements MapPartitionsFunction<Row, Tuple3<String, String, String>> {
    private static final long serialVersionUID = 1L;

    private final JobOptions options;
    private final Map<String, String> hadoopConf;
    private transient Configuration conf;

    ExtractTask(JobOptions options, Map<String, String> hadoopConf) {
        this.options = options;
        this.hadoopConf = hadoopConf;
    }

    @Override
    public Iterator<Tuple3<String, String, String>> call(Iterator<Row> rows) {
        IsolatedParser parser = ExecutorWorkers.of(options.parsing());
        // Lazy: the next file is read only when Spark asks for its outcome, so a partition's results are
        // written out as they come and never all held at once.
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Tuple3<String, String, String> next() {
                Row r = rows.next();
                return read(parser, r.getString(0), r.getString(1), r.getLong(2), r.getLong(3));
            }
        };
    }

    private Tuple3<String, String, String> read(IsolatedParser parser, String uri, String path, long bytes,
                                                long mtime) {
        long start = System.nanoTime();
        if (bytes > options.maxBytes()) {
            return failure(path, "too-large", bytes + " bytes, over --max-bytes " + options.maxBytes(), 0, bytes,
                    mtime);
        }
        Path local = SourcePaths.localFile(uri);
        Path copyDir = null;
        try {
            if (local == null) {
                copyDir = Files.createTempDirectory("planex-spark");
                local = copyDir.resolve(SourcePaths.name(uri));
                copy(uri, local);
            }
            Parsed parsed = parser.parse(local, bytes);
            PlanRecord record = at(parsed.record(), path);
            String sha = record.source().sha256();
            return new Tuple3<>(ReportLines.ok(path, sha, record.source().pages(), millisSince(start), bytes, mtime),
                    RecordJson.toLine(record),
                    options.textDir() == null ? null : ReportLines.text(sha, parsed.text()));
        } catch (UnreadableFileException e) {
            return failure(path, e.reason(), e.getMessage(), millisSince(start), bytes, mtime);
        } catch (IOException e) {
            return failure(path, "io-error", path + ": " + e, millisSince(start), bytes, mtime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the task is being killed: let Spark see it
            throw new IllegalStateException("interrupted while reading " + path, e);
        } finally {
            if (copyDir != null) deleteQuietly(copyDir, local);
        }
    }

    private void copy(String uri, Path target) throws IOException {
        if (conf == null) conf = HadoopConf.toConfiguration(hadoopConf);
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = source.getFileSystem(conf);
        try (InputStream in = fs.open(source)) {
            Files.copy(in, target);
        }
    }

    /**
     * The record as found at {@code path}: the reader saw a local path, a temporary copy or (for a name this JVM
     * cannot spell) a link; the file name is the path's last segment, as in {@code planex ingest}.
     */
    static PlanRecord at(PlanRecord r, String path) {
        SourceInfo s = r.source();
        String name = path.substring(path.lastIndexOf('/') + 1);
        SourceInfo source = s.at(name, path);
        return new PlanRecord(r.schemaVersion(), source, r.document(), r.citations(), r.units(), r.deadlines());
    }

    private static Tuple3<String, String, String> failure(String path, String reason, String message, long ms,
                                                          long bytes, long mtime) {
        return new Tuple3<>(ReportLines.failed(path, reason, message, ms, bytes, mtime), null, null);
    }

    private static void deleteQuietly(Path dir, Path file) {
        try {
            if (file != null) Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary copy: the executor's temporary folder goes with the executor
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
