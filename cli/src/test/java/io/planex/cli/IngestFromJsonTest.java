package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** planex ingest --from-json: records made by planex extract (or a Spark job) into the index. */
class IngestFromJsonTest {
    @TempDir
    Path tmp;

    private static String extractNdjson(List<Path> files) {
        StringWriter out = new StringWriter();
        var cl = PlanexCli.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        List<String> args = new ArrayList<>(List.of("extract"));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        assertEquals(0, cl.execute(args.toArray(String[]::new)));
        return out.toString();
    }

    @Test
    void extractOutFilesAreIndexedAndSearchable() throws Exception {
        List<Path> plans = IngestCommandTestSupport.writePlans(tmp.resolve("in"), 3);
        Path out = tmp.resolve("out");
        var extract = IngestCommandTestSupport.planex("extract", "--out", out.toString(), "--pretty",
                plans.get(0).toString(), plans.get(1).toString(), plans.get(2).toString());
        assertEquals(0, extract.exitCode(), extract.stderr());
        Path idx = tmp.resolve("idx");
        var run = IngestCommandTestSupport.planex("ingest", "--from-json", "--progress", "none", "--index",
                idx.toString(), out.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("3 indexed"), run.stderr());
        assertTrue(run.stderr().contains("without their text"), run.stderr());
        assertEquals(3, IngestCommandTestSupport.documentsById(idx).size());

        Path bad = tmp.resolve("bad.ndjson");
        Files.writeString(bad, "{\"schemaVersion\":\"1\"}\n");
        var again = IngestCommandTestSupport.planex("ingest", "--from-json", "--progress", "none", "--index",
                idx.toString(), out.toString(), bad.toString());
        assertEquals(1, again.exitCode(), "a bad record is a failed input: " + again.stderr());
        assertTrue(again.stderr().contains("3 unchanged"), again.stderr());

        var prune = IngestCommandTestSupport.planex("ingest", "--from-json", "--prune", "--index", idx.toString(),
                out.toString());
        assertEquals(2, prune.exitCode(), prune.stderr());
    }

    @Test
    void killedFromJsonIngestResumesWithoutLossOrDuplicates() throws Exception {
        int files = 30;
        List<Path> plans = IngestCommandTestSupport.writePlans(tmp.resolve("in"), files);
        Path records = tmp.resolve("records.ndjson");
        Files.writeString(records, extractNdjson(plans), StandardCharsets.UTF_8);
        Path idx = tmp.resolve("idx");
        Path report1 = tmp.resolve("run1.jsonl");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PlanexCli.class.getName(), "ingest", "--from-json", "--index", idx.toString(), "--batch", "3",
                "--throttle-ms", "200", "--progress", "none", "--report", report1.toString(), records.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(report1) < 9 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(child.isAlive(), () -> "ended before it could be killed: " + log(tmp));
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor();
        assertTrue(lines(report1) < files, "killed mid-run");

        Path report2 = tmp.resolve("run2.jsonl");
        var run = IngestCommandTestSupport.planex("ingest", "--from-json", "--progress", "none", "--index",
                idx.toString(), "--report", report2.toString(), records.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, Integer> docs = IngestCommandTestSupport.documentsById(idx);
        assertEquals(files, docs.size(), "every record indexed");
        assertTrue(docs.values().stream().allMatch(n -> n == 1), "no duplicates: " + docs);
        int unchanged = 0;
        List<String> lines = Files.readAllLines(report2);
        assertEquals(files, lines.size());
        for (String l : lines) {
            JsonNode n = RecordJson.mapper().readTree(l);
            if (n.get("status").asText().equals("unchanged")) unchanged++;
            else assertEquals("ok", n.get("status").asText(), l);
        }
        assertTrue(unchanged >= 9, "what was committed before the kill is not indexed again: " + unchanged);
    }

    private static int lines(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return 0;
        return (int) Files.readAllLines(p).stream().filter(l -> l.endsWith("}")).count();
    }

    private static String log(Path tmp) {
        try {
            return Files.readString(tmp.resolve("child.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
