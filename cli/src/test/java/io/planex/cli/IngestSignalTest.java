package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 8 of issue 14: Ctrl-C (SIGINT) or SIGTERM sent to a real planex process stops taking files, commits what
 * is done, leaves a whole report that claims only what the index holds, and exits 130; the next run goes on.
 */
@EnabledOnOs(OS.LINUX)
class IngestSignalTest {
    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void signalCommitsWhatIsDoneAndExits130(String signal, @TempDir Path tmp) throws Exception {
        // A shell starts background jobs with SIGINT ignored, and a JVM started so keeps ignoring it (as Unix tools
        // do: Ctrl-C is not for background jobs); a child planex would inherit that from this JVM.
        assumeFalse(signal.equals("INT") && ignoredHere(2), "SIGINT is ignored in this process (a background job)");
        int files = 40;
        IngestCommandTestSupport.writePlans(tmp.resolve("in"), files);
        Path idx = tmp.resolve("idx");
        Path report1 = tmp.resolve("run1.jsonl");
        Process child = new ProcessBuilder(ChildPlanex.java(), "-cp", System.getProperty("java.class.path"),
                PlanexCli.class.getName(), "ingest", "--index", idx.toString(), "--threads", "2", "--batch", "3",
                "--throttle-ms", "300", "--progress", "none", "--report", report1.toString(),
                tmp.resolve("in").toString())
                .redirectOutput(tmp.resolve("child.out").toFile()).redirectError(tmp.resolve("child.err").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committedLines(report1) < 6 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(child.isAlive(), "ended before the signal: " + ChildPlanex.read(tmp.resolve("child.err")));
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "stops promptly");
        String err = ChildPlanex.read(tmp.resolve("child.err"));
        assertEquals(ExitCodes.INTERRUPTED, child.exitValue(), err);
        assertTrue(err.contains("interrupted"), err);
        assertTrue(child.descendants().findAny().isEmpty(), "no worker left behind");

        // The report is whole JSON lines, and every file it calls ok is in the index.
        List<String> run1 = lines(report1);
        assertTrue(run1.size() < files, "stopped before the end: " + run1.size());
        Set<String> okPaths = new HashSet<>();
        for (String l : run1) {
            JsonNode n = RecordJson.mapper().readTree(l);
            if (n.get("status").asText().equals("ok")) okPaths.add(n.get("path").asText());
        }
        assertTrue(okPaths.size() >= 6, okPaths.toString());
        assertTrue(indexedPaths(idx).containsAll(okPaths), "ok means committed");

        // The next run reads only what was not committed.
        Path report2 = tmp.resolve("run2.jsonl");
        var run = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--index",
                idx.toString(), "--report", report2.toString(), tmp.resolve("in").toString());
        assertEquals(0, run.exitCode(), run.stderr());
        int unchanged = 0;
        for (String l : lines(report2)) {
            JsonNode n = RecordJson.mapper().readTree(l);
            if (okPaths.contains(n.get("path").asText())) {
                assertEquals("unchanged", n.get("status").asText(), l);
                unchanged++;
            }
        }
        assertEquals(okPaths.size(), unchanged);
        assertEquals(files, IngestCommandTestSupport.documentsById(idx).size());
    }

    /** Whether signal {@code number} is ignored in this process (the SigIgn mask of /proc/self/status). */
    private static boolean ignoredHere(int number) throws java.io.IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(l.substring(7).strip(), 16) >>> (number - 1) & 1) != 0;
            }
        }
        return false;
    }

    private static List<String> lines(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return List.of();
        List<String> all = Files.readAllLines(p);
        for (String l : all) assertTrue(l.startsWith("{") && l.endsWith("}"), "a whole JSON line: " + l);
        return all;
    }

    /** Lines written so far (the last one may be half written while we look). */
    private static long committedLines(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return 0;
        return Files.readAllLines(p).stream().filter(l -> l.endsWith("}")).count();
    }

    private static Set<String> indexedPaths(Path idx) throws java.io.IOException {
        Set<String> out = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(idx))) {
            var live = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                for (String p : reader.storedFields().document(i).getValues(io.planex.index.IndexFields.PATH)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
