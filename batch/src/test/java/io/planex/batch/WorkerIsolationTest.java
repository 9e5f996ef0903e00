package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worker JVMs contain a parser that hangs, crashes its JVM or exhausts its heap; the batch goes on. */
class WorkerIsolationTest {
    @Test
    void hangCrashAndOomAreReportedAndTheRestIndexed(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        List<Path> good = Fixtures.writePlans(in, 6);
        for (String name : List.of("hang.txt", "crash.txt", "oom.txt")) {
            Files.writeString(in.resolve(name), "Kế hoạch " + name);
        }
        // A DOCX whose document part inflates to 1 GiB (1 MiB on disk): POI reads it whole, the heap ceiling stops it.
        Fixtures.writeZipBomb(in.resolve("bomb.docx"), 1L << 30);
        BulkOptions o = BulkOptions.builder(tmp.resolve("index")).threads(2).workerHeapMb(96)
                // The zip bomb must end in the heap ceiling, not in the time limit: POI inflating to the ceiling took
                // more than 8 s at a load of 27 on 2 cores. The hang costs this much once.
                .timeout(Duration.ofSeconds(30)).parserClass(MisbehavingParser.class.getName())
                .report(tmp.resolve("report.jsonl")).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(OutputStream.nullOutputStream())).build();
        Summary s = new BulkIngest(o).run(List.of(in));

        Map<String, JsonNode> report = Fixtures.report(tmp.resolve("report.jsonl"));
        assertEquals("timeout", report.get(PathKeys.key(in.resolve("hang.txt"))).get("reason").asText());
        assertEquals("worker-crashed", report.get(PathKeys.key(in.resolve("crash.txt"))).get("reason").asText());
        assertEquals("out-of-memory", report.get(PathKeys.key(in.resolve("oom.txt"))).get("reason").asText(),
                () -> report.get(PathKeys.key(in.resolve("oom.txt"))).toString());
        assertEquals("out-of-memory", report.get(PathKeys.key(in.resolve("bomb.docx"))).get("reason").asText());
        for (Path g : good) assertEquals("ok", report.get(PathKeys.key(g)).get("status").asText());
        assertEquals(6, s.count(Status.OK));
        assertEquals(4, s.failures());
        assertEquals(6, Fixtures.indexed(tmp.resolve("index")).size());
    }

    @Test
    void workerThatPrintsBeforeItIsReadyStillServes(@TempDir Path tmp) throws Exception {
        // JAVA_TOOL_OPTIONS with a flight recording or an agent makes the JVM print on stdout before main runs.
        Path plan = Fixtures.writePlans(tmp.resolve("in"), 1).get(0);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of("sh", "-c", "echo 'Started recording 1.'; echo; exec \"$0\" -cp \"$1\" \"$2\"",
                java, System.getProperty("java.class.path"), Worker.class.getName());
        WorkerProcess worker = new WorkerProcess(command, tmp.resolve("worker.log").toFile());
        try {
            Parsed parsed = worker.call(plan.toString(), 60_000);
            assertEquals(plan.getFileName().toString(), parsed.record().source().file());
        } finally {
            worker.stop();
        }
    }
}
