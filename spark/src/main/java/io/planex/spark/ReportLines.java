package io.planex.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import java.io.UncheckedIOException;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The report dataset: one JSON line per input with the fields of {@code planex ingest --report} (path, sha256,
 * status, reason, pages, ms, and message when it failed) plus the file's {@code bytes} and {@code mtime}
 * (epoch milliseconds), which let {@code --skip-known} pass over unchanged files without opening them.
 * Statuses: ok, unchanged (skipped by --skip-known), failed, needs-ocr.
 */
final class ReportLines {
    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType)
            .add("sha256", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("pages", DataTypes.IntegerType)
            .add("ms", DataTypes.LongType)
            .add("bytes", DataTypes.LongType)
            .add("mtime", DataTypes.LongType)
            .add("message", DataTypes.StringType);

    private static final ObjectMapper MAPPER = RecordJson.mapper();

    private ReportLines() {}

    static String ok(String path, String sha256, int pages, long ms, long bytes, long mtime) {
        return line(path, sha256, "ok", null, pages, ms, bytes, mtime, null);
    }

    static String unchanged(String path, String sha256, int pages, long bytes, long mtime) {
        return line(path, sha256, "unchanged", null, pages, 0, bytes, mtime, null);
    }

    static String failed(String path, String reason, String message, long ms, long bytes, long mtime) {
        String status = "needs-ocr".equals(reason) ? "needs-ocr" : "failed";
        return line(path, null, status, reason, 0, ms, bytes, mtime, message == null ? reason : message);
    }

    private static String line(String path, String sha256, String status, String reason, int pages, long ms,
                               long bytes, long mtime, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("path", path);
        n.put("sha256", sha256);
        n.put("status", status);
        n.put("reason", reason);
        n.put("pages", pages);
        n.put("ms", ms);
        n.put("bytes", bytes);
        n.put("mtime", mtime);
        if (message != null) n.put("message", message);
        return write(n);
    }

    /** The text dataset's line for a record: its content hash and the repaired text it was extracted from. */
    static String text(String sha256, String text) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("sha256", sha256);
        n.put("text", text);
        return write(n);
    }

    private static String write(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
