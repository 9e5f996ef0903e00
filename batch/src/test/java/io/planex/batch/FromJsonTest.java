package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.index.IndexFields;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --from-json: records made elsewhere give the index that reading the files gives, incrementally. */
class FromJsonTest {
    @TempDir
    Path tmp;

    private BulkOptions options(String index) {
        return BulkOptions.builder(tmp.resolve(index)).inProcess(true).threads(2).batchSize(3)
                .report(tmp.resolve(index + ".jsonl")).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(OutputStream.nullOutputStream())).build();
    }

    /** Writes what an ExtractJob writes for these files: OUTPUT/records, OUTPUT/text and OUTPUT/report. */
    private static void writeJobOutput(Path out, List<Path> files) throws Exception {
        PlanFileParser parser = new PlanFileParser();
        List<String> records = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            Parsed p = parser.parse(f);
            SourceInfo s = p.record().source();
            PlanRecord r = p.record();
            records.add(RecordJson.toLine(new PlanRecord(r.schemaVersion(), s.at(s.file(), PathKeys.key(f)), r.document(),
                    r.citations(), r.units(), r.deadlines())));
            ObjectNode t = RecordJson.mapper().createObjectNode().put("sha256", s.sha256()).put("text", p.text());
            texts.add(RecordJson.mapper().writeValueAsString(t));
        }
        int half = records.size() / 2;
        Files.createDirectories(out.resolve("records"));
        Files.write(out.resolve("records/part-00000-x-c000.txt"), records.subList(0, half));
        Files.write(out.resolve("records/part-00001-x-c000.txt"), records.subList(half, records.size()));
        Files.writeString(out.resolve("records/_SUCCESS"), "");
        Files.createDirectories(out.resolve("text"));
        Files.write(out.resolve("text/part-00000-x-c000.txt"), texts);
        Files.createDirectories(out.resolve("report"));
        Files.writeString(out.resolve("report/part-00000-x-c000.txt"),
                "{\"path\":\"/x\",\"sha256\":\"ab\",\"status\":\"ok\"}\n");
    }

    @Test
    void recordsFromAJobIndexAsTheFilesDoAndRerunsAreIncremental() throws Exception {
        List<Path> files = Fixtures.writePlans(tmp.resolve("in"), 7);
        Files.copy(files.get(0), tmp.resolve("in/copy-of-first.txt"));
        Summary byFiles = new BulkIngest(options("files")).run(List.of(tmp.resolve("in")));
        assertEquals(8, byFiles.count(Status.OK));

        Path out = tmp.resolve("job-out");
        List<Path> all = new ArrayList<>(files);
        all.add(tmp.resolve("in/copy-of-first.txt"));
        writeJobOutput(out, all);
        Summary byJson = new BulkIngest(options("json")).runFromJson(List.of(out));
        assertEquals(8, byJson.count(Status.OK), "the report folder is not records");
        assertEquals(0, byJson.failures());
        Map<String, String> fromFiles = stored(tmp.resolve("files"));
        Map<String, String> fromJson = stored(tmp.resolve("json"));
        assertEquals(fromFiles.keySet(), fromJson.keySet(), "same documents");
        fromFiles.forEach((id, doc) -> assertEquals(doc, fromJson.get(id), "same paths, record and text"));

        Summary again = new BulkIngest(options("json")).runFromJson(List.of(out));
        assertEquals(0, again.count(Status.OK));
        assertEquals(8, again.count(Status.UNCHANGED));

        // A newer record for one path replaces the document it had.
        String oldId = BulkIngest.sha256(files.get(3));
        Files.writeString(files.get(3), Fixtures.planText(100));
        Path newer = tmp.resolve("newer.ndjson");
        Files.writeString(newer, RecordJson.toLine(withPath(new PlanFileParser().parse(files.get(3)).record(),
                PathKeys.key(files.get(3)))) + "\n");
        Summary changed = new BulkIngest(options("json")).runFromJson(List.of(newer));
        assertEquals(1, changed.count(Status.OK));
        Map<String, List<String>> docs = Fixtures.indexed(tmp.resolve("json"));
        assertEquals(7, docs.size());
        assertTrue(!docs.containsKey(oldId), "the old content of the path is gone");
    }

    @Test
    void extractOutFilesAndNdjsonLinesWithABadLineInBetween() throws Exception {
        List<Path> files = Fixtures.writePlans(tmp.resolve("in"), 3);
        Path dir = tmp.resolve("extracted");
        Files.createDirectories(dir);
        PlanFileParser parser = new PlanFileParser();
        // planex extract --out --pretty: one pretty record per file, path as given.
        Files.writeString(dir.resolve("a.txt.json"),
                RecordJson.toPrettyJson(parser.parse(files.get(0)).record()) + "\n");
        Files.writeString(dir.resolve("b.ndjson"), RecordJson.toLine(parser.parse(files.get(1)).record()) + "\n"
                + "{\"not\":\"a record\"}\n" + "{broken\n"
                + RecordJson.toLine(parser.parse(files.get(2)).record()) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".b.ndjson.crc"), "junk");

        Summary s = new BulkIngest(options("idx")).runFromJson(List.of(dir));
        assertEquals(3, s.count(Status.OK));
        assertEquals(Map.of("bad-record", 2L), s.failuresByReason());
        Map<String, com.fasterxml.jackson.databind.JsonNode> report = Fixtures.report(tmp.resolve("idx.jsonl"));
        assertTrue(report.containsKey(dir.resolve("b.ndjson") + ":2"), "the bad line is located: " + report.keySet());
        assertEquals(3, Fixtures.indexed(tmp.resolve("idx")).size());
    }

    private static PlanRecord withPath(PlanRecord r, String path) {
        SourceInfo s = r.source();
        return new PlanRecord(r.schemaVersion(), s.at(s.file(), path), r.document(), r.citations(), r.units(), r.deadlines());
    }

    /** Every stored document: id -> paths, record and text. */
    private static Map<String, String> stored(Path index) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            var liveDocs = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (liveDocs != null && !liveDocs.get(i)) continue;
                Document d = reader.storedFields().document(i);
                List<String> paths = new ArrayList<>();
                for (IndexableField f : d.getFields(IndexFields.PATH)) paths.add(f.stringValue());
                paths.sort(null);
                // A document found at two paths carries the record of whichever path was indexed last, which
                // in a parallel file ingest is a race: compare its record without its own path.
                ObjectNode record = (ObjectNode) RecordJson.mapper().readTree(d.get(IndexFields.RECORD));
                ((ObjectNode) record.get("source")).remove(List.of("path", "file"));
                out.put(d.get(IndexFields.ID), paths + "\n" + record + "\n" + d.get(IndexFields.TEXT));
            }
        }
        return out;
    }
}
