package io.planex.index.ingestrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last {@code planex ingest} into an index did, in a small JSON file beside the index
 * ({@value #FILE_NAME}): written by the ingest when it ends, read by {@code planex serve} while another ingest may
 * hold the index's state store. Failed and needs-OCR files are listed up to {@link #LIST_LIMIT} each, with the
 * number left unlisted, so that the file stays small whatever the run's size.
 *
 * @param started     when the run started
 * @param finished    when it ended
 * @param interrupted whether it was stopped (SIGINT, SIGTERM) before the end
 * @param counts      files by outcome ("ok", "unchanged", "failed", "needs-ocr", "removed", "skipped")
 * @param pagesRead   pages read from the files indexed
 * @param failed      failed files (path, reason, message), at most {@link #LIST_LIMIT}
 * @param failedNotListed failed files beyond the list
 * @param needsOcr    files waiting for OCR, at most {@link #LIST_LIMIT}
 * @param needsOcrNotListed such files beyond the list
 */
public record LastIngest(Instant started, Instant finished, boolean interrupted, Map<String, Long> counts,
                         long pagesRead, List<Problem> failed, long failedNotListed, List<Problem> needsOcr,
                         long needsOcrNotListed) {
    /** The file's name in the index folder. Lucene leaves it alone: its own files start with "_" or "segments". */
    public static final String FILE_NAME = "planex-last-ingest.json";
    /** How many failed (and how many needs-OCR) files the file lists. */
    public static final int LIST_LIMIT = 100;
    private static final int VERSION = 1;

    /** One file that was not indexed, and why; {@code message} may be null. */
    public record Problem(String path, String reason, String message) {}

    public LastIngest {
        counts = Map.copyOf(counts);
        failed = List.copyOf(failed);
        needsOcr = List.copyOf(needsOcr);
    }

    public long count(String status) {
        return counts.getOrDefault(status, 0L);
    }

    /** The file's JSON, one object. */
    public String toJson() {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("version", VERSION);
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        root.put("interrupted", interrupted);
        ObjectNode c = root.putObject("counts");
        for (String s : List.of("ok", "unchanged", "failed", "needs-ocr", "removed", "skipped")) c.put(s, count(s));
        root.put("pagesRead", pagesRead);
        problems(root, "failed", failed);
        root.put("failedNotListed", failedNotListed);
        problems(root, "needsOcr", needsOcr);
        root.put("needsOcrNotListed", needsOcrNotListed);
        return root.toString();
    }

    private static void problems(ObjectNode root, String name, List<Problem> list) {
        var a = root.putArray(name);
        for (Problem p : list) a.addObject().put("path", p.path()).put("reason", p.reason()).put("message", p.message());
    }

    /** Parses the file's JSON; IOException when it is not such a file. */
    public static LastIngest parse(String json) throws IOException {
        JsonNode root = RecordJson.mapper().readTree(json);
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION) {
            throw new IOException("not a planex last-ingest file (version " + VERSION + ")");
        }
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            root.path("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
            return new LastIngest(Instant.parse(root.path("started").asText()),
                    Instant.parse(root.path("finished").asText()), root.path("interrupted").asBoolean(), counts,
                    root.path("pagesRead").asLong(), problems(root.path("failed")),
                    root.path("failedNotListed").asLong(), problems(root.path("needsOcr")),
                    root.path("needsOcrNotListed").asLong());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("bad time in a planex last-ingest file: " + e.getMessage(), e);
        }
    }

    private static List<Problem> problems(JsonNode array) {
        List<Problem> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new Problem(n.path("path").asText(""), n.path("reason").asText(null),
                    n.hasNonNull("message") ? n.get("message").asText() : null));
        }
        return out;
    }

    /** The last run recorded in {@code indexDir}, if any. IOException when the file is there but unreadable. */
    public static Optional<LastIngest> read(Path indexDir) throws IOException {
        Path file = indexDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return Optional.empty();
        return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /**
     * Writes the file into {@code indexDir}: to a temporary file first, then moved over the old one, so a reader
     * sees the old run or the new one, never half of one.
     */
    public void write(Path indexDir) throws IOException {
        Path file = indexDir.resolve(FILE_NAME);
        Path tmp = indexDir.resolve(FILE_NAME + ".tmp");
        Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
