package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 5 and 13 of issue 14: records are never silently overwritten; "extract -" reads stdin; an image too large
 * to decode is refused from its header.
 */
class ExtractOutputTest {
    @TempDir
    Path tmp;

    @Test
    void sameNameInTwoFoldersKeepsBothRecords() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("plan.txt");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("plan.txt");
        Files.writeString(a, "KẾ HOẠCH\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị.");
        Files.writeString(b, "KẾ HOẠCH\nThực hiện Nghị quyết số 08-NQ/TW của Bộ Chính trị.");
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("extract", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Set.of(a.toString(), b.toString()), recordedPaths(out), "one record each");
        assertTrue(run.err().contains("same name"), "says so: " + run.err());

        // Again: each record replaces its own previous version, nothing piles up.
        Cli.Run again = Cli.run("extract", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(2, Files.list(out).count());
    }

    @Test
    void ingestJsonKeepsEveryRecord() throws Exception {
        Path in = tmp.resolve("in");
        for (String dir : List.of("a", "b", "c")) {
            Files.writeString(Files.createDirectories(in.resolve(dir)).resolve("plan.txt"),
                    "KẾ HOẠCH số " + dir + "\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị.");
        }
        Path json = tmp.resolve("json");
        var run = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--index",
                tmp.resolve("idx").toString(), "--json", json.toString(), in.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(3, recordedPaths(json).size(), run.stderr());
    }

    @Test
    void dashReadsStdin() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("KẾ HOẠCH\nThực hiện Kết luận số 57-KL/TW ngày 15/6/2023."
                    .getBytes(StandardCharsets.UTF_8)));
            Cli.Run run = Cli.run("extract", "-");
            assertEquals(0, run.exitCode(), run.err());
            JsonNode record = SchemaAssert.assertValidRecord(run.out().strip());
            assertEquals("-", record.at("/source/file").asText());
            assertEquals("57-KL/TW", record.at("/citations/0/symbol").asText());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void hugeImageIsRefusedFromItsHeaderInProcess() throws Exception {
        // 30000 x 30000 pixels took 3.3 GB in-process; the header is read and the image refused before decoding
        Path png = Files.write(tmp.resolve("huge.png"), io.planex.testkit.Documents.pngClaiming(30_000, 30_000));
        Cli.Run run = Cli.run("extract", png.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("image-too-large") && run.err().contains("30000 x 30000"), run.err());
        assertEquals("", run.out());
    }

    private static Set<String> recordedPaths(Path dir) throws Exception {
        Set<String> paths = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                paths.add(RecordJson.mapper().readTree(f.toFile()).at("/source/path").asText());
            }
        }
        return paths;
    }
}
