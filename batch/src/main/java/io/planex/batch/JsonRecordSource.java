package io.planex.batch;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * JSON v1 records made elsewhere, for {@code planex ingest --from-json}: the folders and files given, read in
 * name order. Understands
 * <ul>
 *   <li>an ExtractJob OUTPUT folder (it has {@code records/}): the NDJSON part files in {@code records/}, with
 *       the texts of {@code text/} (the report is not a record);</li>
 *   <li>any other folder, recursively: files named {@code *.json}, {@code *.ndjson}, {@code *.jsonl} or
 *       {@code part-*}; names starting with "_" or "." (Hadoop's _SUCCESS, .crc) are left out;</li>
 *   <li>in each file, either one record per line (NDJSON) or one record, pretty-printed
 *       ({@code planex extract --out}).</li>
 * </ul>
 * A line or file that is not a record is handed over as a failure with its location, the others go on.
 */
final class JsonRecordSource {
    /** One record found, or why what was found at {@code location} is not one. */
    record Item(String location, PlanRecord record, String text, String failureReason, String failureMessage) {
        boolean isFailure() {
            return failureReason != null;
        }
    }

    /** Receives the items one by one. */
    interface Sink {
        void accept(Item item) throws IOException, InterruptedException;
    }

    private final TextSidecar.Factory texts;

    JsonRecordSource(TextSidecar.Factory texts) {
        this.texts = texts;
    }

    /** Feeds every record under {@code inputs} to {@code sink}; returns how many had no text to go with them. */
    long read(List<Path> inputs, Sink sink) throws IOException, InterruptedException {
        long withoutText = 0;
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                sink.accept(new Item(input.toString(), null, null, "missing", "no such file or folder: " + input));
                continue;
            }
            Path records = input.resolve("records");
            if (Files.isDirectory(input) && Files.isDirectory(records)) {
                try (TextSidecar sidecar = texts.open(input.resolve("text"))) {
                    withoutText += readTree(records, sidecar, sink);
                }
            } else {
                withoutText += readTree(input, TextSidecar.NONE, sink);
            }
        }
        return withoutText;
    }

    private long readTree(Path root, TextSidecar sidecar, Sink sink) throws IOException, InterruptedException {
        long withoutText = 0;
        for (Path file : recordFiles(root)) withoutText += readFile(file, sidecar, sink);
        return withoutText;
    }

    static List<Path> recordFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) return List.of(root);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root.relativize(p)) && isRecordFileName(p.getFileName().toString()))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith("_") || n.startsWith(".")) return true;
        }
        return false;
    }

    private static boolean isRecordFileName(String name) {
        return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")
                || name.startsWith("part-");
    }

    private long readFile(Path file, TextSidecar sidecar, Sink sink) throws IOException, InterruptedException {
        long withoutText = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            while (first != null && first.isBlank()) first = in.readLine();
            if (first == null) return 0;
            if (!isWholeObject(first)) {
                // Pretty-printed: one record for the whole file (planex extract --out --pretty).
                StringBuilder all = new StringBuilder(first).append('\n');
                for (String l = in.readLine(); l != null; l = in.readLine()) all.append(l).append('\n');
                return emit(file.toString(), all.toString(), sidecar, sink);
            }
            long lineNo = 0;
            for (String line = first; line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                withoutText += emit(file + ":" + lineNo, line, sidecar, sink);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            sink.accept(new Item(file.toString(), null, null, "bad-record", file + ": not UTF-8 text"));
        }
        return withoutText;
    }

    private static boolean isWholeObject(String line) {
        String t = line.strip();
        if (!t.startsWith("{") || !t.endsWith("}")) return false;
        try {
            RecordJson.mapper().readTree(t);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long emit(String location, String json, TextSidecar sidecar, Sink sink)
            throws IOException, InterruptedException {
        PlanRecord record;
        try {
            record = RecordJson.fromJson(json);
        } catch (RuntimeException e) { // not JSON, or JSON that the record model refuses
            sink.accept(new Item(location, null, null, "bad-record", location + ": " + e.getMessage()));
            return 0;
        }
        if (!"1".equals(record.schemaVersion()) || record.source() == null || record.source().sha256() == null
                || record.source().path() == null) {
            sink.accept(new Item(location, null, null, "bad-record",
                    location + ": not a planex v1 record (schemaVersion 1 with source.path and source.sha256)"));
            return 0;
        }
        String text = sidecar.text(record.source().sha256());
        sink.accept(new Item(location, record, text == null ? "" : text, null, null));
        return text == null ? 1 : 0;
    }
}
