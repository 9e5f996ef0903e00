package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest, then run again: nothing lost, nothing duplicated, no orphan workers. */
class IngestCommandKillTest {
    @Test
    void killedIngestResumesWithoutLossOrDuplicates(@TempDir Path tmp) throws Exception {
        int files = 40;
        List<Path> plans = IngestCommandTestSupport.writePlans(tmp.resolve("in"), files);
        Files.copy(plans.get(0), tmp.resolve("in/copy-of-first.txt"));
        Path idx = tmp.resolve("idx");
        Path report1 = tmp.resolve("run1.jsonl");
        String java = ProcessHandle.current().info().command().orElse("java");
        // its own temp folder: a process killed with -9 cannot remove its worker folder (planex-links...)
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        Process child = new ProcessBuilder(java, "-Djava.io.tmpdir=" + childTmp, "-cp",
                System.getProperty("java.class.path"), PlanexCli.class.getName(), "ingest", "--index", idx.toString(), "--threads", "2", "--batch", "3",
                "--throttle-ms", "250", "--progress", "none", "--report", report1.toString(),
                tmp.resolve("in").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();

        // Wait for a few committed batches (the report is flushed at each commit), then kill -9.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(report1) < 9 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(child.isAlive(), () -> "the ingest ended before it could be killed: " + log(tmp));
        List<ProcessHandle> workers = child.descendants().toList();
        assertTrue(!workers.isEmpty(), "the ingest reads in worker JVMs");
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor();
        for (ProcessHandle w : workers) {
            w.onExit().get(20, TimeUnit.SECONDS); // workers notice their parent died and exit
        }
        int committedBeforeKill = lines(report1);
        assertTrue(committedBeforeKill < files + 1, "killed mid-run");

        Path report2 = tmp.resolve("run2.jsonl");
        var run = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--index",
                idx.toString(), "--report", report2.toString(), tmp.resolve("in").toString());
        assertEquals(0, run.exitCode(), run.stderr());

        Map<String, Integer> docs = IngestCommandTestSupport.documentsById(idx);
        assertEquals(files, docs.size(), "every distinct content indexed once");
        assertTrue(docs.values().stream().allMatch(n -> n == 1), "no duplicates: " + docs);
        List<String> lines = Files.readAllLines(report2);
        assertEquals(files + 1, lines.size());
        Set<String> paths = new HashSet<>();
        int ok = 0;
        int unchanged = 0;
        for (String l : lines) {
            JsonNode n = RecordJson.mapper().readTree(l);
            paths.add(n.get("path").asText());
            if (n.get("status").asText().equals("ok")) ok++;
            if (n.get("status").asText().equals("unchanged")) unchanged++;
        }
        assertEquals(files + 1, paths.size());
        assertEquals(files + 1, ok + unchanged);
        assertTrue(unchanged >= 9, "what was committed before the kill is not read again: " + unchanged);
        assertTrue(ok > 0, "the rest is read now");
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
