package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.batch.PathKeys;
import io.planex.extract.json.RecordJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Item 11 of issue 14: names stored decomposed (NFD) and names that are not UTF-8 at all. */
class FileNamesTest {
    @TempDir
    Path tmp;

    @Test
    void aDecomposedNameIsFoundWhenTypedComposed() throws Exception {
        String composed = "kế-hoạch-văn-hóa.txt";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        // Made from the key, so that it works whatever this JVM's file name encoding.
        Path file = PathKeys.toPath(PathKeys.key(in) + "/" + decomposed);
        Files.write(file, "KẾ HOẠCH\nPhát triển văn hóa.".getBytes(StandardCharsets.UTF_8));
        Path idx = tmp.resolve("idx");
        var ingest = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--index",
                idx.toString(), in.toString());
        assertEquals(0, ingest.exitCode(), ingest.stderr());
        Cli.Run show = Cli.run("show", "--index", idx.toString(), composed);
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("Phát triển văn hóa") || show.out().contains("KẾ HOẠCH"), show.out());
    }

    @Test
    void aDecomposedNameIsOneKeyEverywhereAndCanBeTypedComposed() throws Exception {
        String composed = "kế-hoạch-văn-hóa.txt";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = PathKeys.toPath(PathKeys.key(in) + "/" + decomposed);
        Files.write(file, "KẾ HOẠCH\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị.".getBytes(StandardCharsets.UTF_8));
        String typed = PathKeys.key(in) + "/" + composed; // what a person types: composed
        Path idx = tmp.resolve("idx");
        Path report = tmp.resolve("r.jsonl");
        var first = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--index",
                idx.toString(), "--report", report.toString(), in.toString());
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals(typed, reportLine(report).get("path").asText(), "the key is composed");

        // named composed on the command line: found, unchanged, not "missing"
        var byName = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--prune",
                "--index", idx.toString(), "--report", report.toString(), typed);
        assertEquals(0, byName.exitCode(), byName.stderr());
        assertEquals("unchanged", reportLine(report).get("status").asText(), byName.stderr());

        var pruned = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--prune",
                "--index", idx.toString(), "--report", report.toString(), in.toString());
        assertEquals(0, pruned.exitCode(), pruned.stderr());
        assertEquals("unchanged", reportLine(report).get("status").asText(), "not pruned");

        Cli.Run show = Cli.run("show", "--index", idx.toString(), typed);
        assertEquals(0, show.exitCode(), show.err());
        assertEquals(typed, RecordJson.mapper().readTree(show.out()).at("/source/path").asText());
        Cli.Run extract = Cli.run("extract", typed);
        assertEquals(0, extract.exitCode(), extract.err());
        assertEquals("57-KL/TW", RecordJson.mapper().readTree(extract.out()).at("/citations/0/symbol").asText());
    }

    private static JsonNode reportLine(Path report) throws Exception {
        java.util.List<String> lines = Files.readAllLines(report);
        assertEquals(1, lines.size(), lines.toString());
        return RecordJson.mapper().readTree(lines.get(0));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aNameThatIsNotUtf8CanBeNamedOnTheCommandLine() throws Exception {
        String script = String.join("\n",
                "name=\"$(printf 'k\\377-hoach.txt')\"",
                "printf 'KẾ HOẠCH\\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị.\\n' > \"$name\"",
                "planex extract \"$name\" > extract.json || exit 11",
                "planex ingest --in-process --progress none --index idx --report r.jsonl \"$name\" || exit 12");
        ChildPlanex.Result r = ChildPlanex.sh(tmp, Map.of("LC_ALL", "C.UTF-8"), script);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode record = RecordJson.mapper().readTree(ChildPlanex.read(tmp.resolve("extract.json")));
        assertEquals("57-KL/TW", record.at("/citations/0/symbol").asText(), record.toString());
        JsonNode line = RecordJson.mapper().readTree(ChildPlanex.read(tmp.resolve("r.jsonl")));
        assertEquals("ok", line.get("status").asText(), line.toString());
        assertTrue(line.get("path").asText().startsWith("file:") && line.get("path").asText().contains("k%FF"),
                "kept byte for byte: " + line);
    }
}
