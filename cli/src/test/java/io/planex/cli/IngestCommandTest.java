package io.planex.cli;

import static io.planex.cli.IngestCommandTestSupport.planex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import io.planex.index.PlanIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void indexesWritesReportJsonAndNdjsonAndExitsZero() throws Exception {
        IngestCommandTestSupport.writePlans(tmp.resolve("in"), 4);
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        IngestCommandTestSupport.Run run;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run = planex("ingest", "--in-process", "--progress", "none", "--index", tmp.resolve("idx").toString(),
                    "--json", tmp.resolve("json").toString(), "--report", tmp.resolve("r.jsonl").toString(),
                    "--ndjson", tmp.resolve("in").toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("4 indexed"), run.stderr());
        List<String> records = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, records.size());
        for (String line : records) assertEquals("1", RecordJson.fromJson(line).schemaVersion());
        assertTrue(Files.exists(tmp.resolve("json/plan-000.txt.json")));
        List<String> report = Files.readAllLines(tmp.resolve("r.jsonl"));
        assertEquals(4, report.size());
        JsonNode first = RecordJson.mapper().readTree(report.get(0));
        for (String field : List.of("path", "sha256", "status", "reason", "pages", "ms")) {
            assertTrue(first.has(field), field);
        }
        assertEquals("ok", first.get("status").asText());
        assertEquals(4, IngestCommandTestSupport.documentsById(tmp.resolve("idx")).size());
    }

    @Test
    void someFailedExitsOneWithFailuresGroupedByReason() throws Exception {
        IngestCommandTestSupport.writePlans(tmp.resolve("in"), 2);
        Files.write(tmp.resolve("in/empty.txt"), new byte[0]);
        var run = planex("ingest", "--in-process", "--progress", "none", "--index", tmp.resolve("idx").toString(),
                tmp.resolve("in").toString(), tmp.resolve("no-such-folder").toString());
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("failures by reason"), run.stderr());
        assertTrue(run.stderr().contains("empty"), run.stderr());
        assertTrue(run.stderr().contains("missing"), run.stderr());
    }

    @Test
    void secondIngestOnTheSameIndexIsRefusedWithExitTwo() throws Exception {
        IngestCommandTestSupport.writePlans(tmp.resolve("in"), 1);
        Path idx = Files.createDirectories(tmp.resolve("idx"));
        try (PlanIndex busy = PlanIndex.open(idx)) {
            var run = planex("ingest", "--in-process", "--progress", "none", "--index", idx.toString(),
                    tmp.resolve("in").toString());
            assertEquals(2, run.exitCode(), run.stderr());
            assertTrue(run.stderr().contains("another planex ingest is writing to"), run.stderr());
        }
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, planex("ingest", "--ocr", "sometimes", tmp.toString()).exitCode());
        assertEquals(2, planex("ingest", "--threads", "0", tmp.toString()).exitCode());
        assertEquals(2, planex("ingest").exitCode());
    }

    @Test
    void progressLinesGoToStderr() throws Exception {
        IngestCommandTestSupport.writePlans(tmp.resolve("in"), 2);
        var run = planex("ingest", "--in-process", "--progress", "bar", "--index", tmp.resolve("idx").toString(),
                tmp.resolve("in").toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("files 2/2"), run.stderr());
    }
}
