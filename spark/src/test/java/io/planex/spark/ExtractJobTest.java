package io.planex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.batch.PathKeys;
import io.planex.extract.json.RecordJson;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.ingest.UnreadableFileException;
import io.planex.testkit.corpus.CorpusWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job on a real Spark in local mode (local[2]), one session for the class: records file for file those of
 * planex extract; bad files fail alone; the report lists every input once; --skip-known reads nothing again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractJobTest {
    private static final ObjectMapper MAPPER = RecordJson.mapper();

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path input;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("planex-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        input = tmp.resolve("in");
        Files.createDirectories(input.resolve("samples"));
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            for (Path p : samples.toList()) Files.copy(p, input.resolve("samples").resolve(p.getFileName()));
        }
        // Text, text PDF and DOCX plans generated from known content (no scans: the samples have one).
        CorpusWriter.write(tmp.resolve("corpus"), 6, 18L, new CorpusWriter.Mix(1, 2, 1, 0));
        Files.move(tmp.resolve("corpus/docs"), input.resolve("generated")); // not its gold JSON
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    static ExtractJob.Result run(String... args) throws IOException {
        ExtractJob job = new ExtractJob();
        new CommandLine(job).parseArgs(args);
        return ExtractJob.run(spark, job.options());
    }

    @Test
    @Order(1)
    void recordsAreThoseOfPlanexExtractFileForFile() throws Exception {
        Path out = tmp.resolve("out1");
        ExtractJob.Result result = run(input.toUri().toString(), out.toString());

        List<Path> files = filesUnder(input);
        assertEquals(11, files.size(), "samples and generated corpus: " + files);
        Map<String, String> records = linesByPath(readParts(out.resolve("records")));
        Map<String, JsonNode> report = reportByPath(out.resolve("report"));
        PlanReader extract = PlanReader.withOcr(OcrMode.AUTO); // what `planex extract` runs
        for (Path f : files) {
            String path = PathKeys.key(f);
            JsonNode line = report.get(path);
            assertTrue(line != null, "reported: " + path);
            PlanReader.Result expected;
            try {
                expected = extract.read(f.toAbsolutePath());
            } catch (UnreadableFileException e) {
                assertEquals(e.reason(), line.get("reason").asText(), path);
                continue;
            }
            assertEquals(RecordJson.toLine(expected.record()), records.get(path), "record of " + path);
            assertEquals("ok", line.get("status").asText(), path);
            assertEquals(expected.record().source().sha256(), line.get("sha256").asText(), path);
            assertEquals(expected.record().source().pages(), line.get("pages").asInt(), path);
            assertEquals(Files.size(f), line.get("bytes").asLong(), path);
        }
        assertEquals(files.size(), report.size(), "every input once in the report");
        assertEquals(files.size(), result.count("ok"), "every sample and generated file reads: " + report);
        assertEquals(records.size(), result.count("ok"));

        Map<String, String> texts = new TreeMap<>();
        for (String l : readParts(out.resolve("text"))) {
            JsonNode t = MAPPER.readTree(l);
            texts.put(t.get("sha256").asText(), t.get("text").asText());
        }
        for (String r : records.values()) {
            assertTrue(texts.containsKey(MAPPER.readTree(r).at("/source/sha256").asText()), "text of " + r);
        }
    }

    @Test
    @Order(2)
    void skipKnownReadsNothingAgain() throws Exception {
        Path out = tmp.resolve("out1");
        Path touched = filesUnder(input.resolve("generated")).get(0);
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        Path fresh = input.resolve("new-cong-van.txt");
        Files.writeString(fresh, Files.readString(input.resolve("samples/cong-van-so-van-hoa.txt"))
                + "\nNơi nhận: Lưu VT.\n", StandardCharsets.UTF_8);

        Path again = tmp.resolve("out2");
        // OnlyNew fails any file but new-*: a file read again would show up as failed.
        ExtractJob.Result result = run("--skip-known", out.toString(), "--parser",
                MisbehavingParser.OnlyNew.class.getName(), input.toString(), again.toString());

        Map<String, JsonNode> before = reportByPath(out.resolve("report"));
        Map<String, JsonNode> report = reportByPath(again.resolve("report"));
        assertEquals(filesUnder(input).size(), report.size(), "every input once: " + report.keySet());
        report.forEach((path, line) -> assertEquals(path.endsWith("new-cong-van.txt") ? "ok" : "unchanged",
                line.get("status").asText(), path + ": " + line + " (before: " + before.get(path) + ")"));
        assertEquals(1, result.count("ok"));
        List<String> records = readParts(again.resolve("records"));
        assertEquals(1, records.size());
        assertEquals(PathKeys.key(fresh), MAPPER.readTree(records.get(0)).at("/source/path").asText());
        Files.delete(fresh);
    }

    @Test
    @Order(3)
    void aHangingAndAnExplodingFileFailAloneWithTheirReason() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Path good = bad.resolve("cong-van.txt");
        Files.copy(input.resolve("samples/cong-van-so-van-hoa.txt"), good);
        for (String name : List.of("hang-1.txt", "oom-1.txt", "crash-1.txt")) Files.copy(good, bad.resolve(name));
        Files.writeString(bad.resolve("empty.txt"), "");

        Path out = tmp.resolve("out-bad");
        long start = System.nanoTime();
        ExtractJob.Result result = run("--timeout", "15", "--worker-memory", "192", "--parser",
                MisbehavingParser.class.getName(), bad.toString(), out.toString());
        assertTrue(System.nanoTime() - start < 120_000_000_000L, "the hanging file was given up");

        Map<String, JsonNode> report = reportByPath(out.resolve("report"));
        assertEquals(5, report.size(), report.toString());
        Map<String, String> reasons = new TreeMap<>();
        report.forEach((p, l) -> reasons.put(p.substring(p.lastIndexOf('/') + 1), l.path("reason").asText("-")));
        assertEquals(Map.of("cong-van.txt", "-", "crash-1.txt", "worker-crashed", "empty.txt", "empty",
                "hang-1.txt", "timeout", "oom-1.txt", "out-of-memory"), reasons);
        assertEquals(1, result.count("ok"));
        assertEquals(4, result.count("failed"));
        List<String> records = readParts(out.resolve("records"));
        assertEquals(1, records.size());
        assertEquals(RecordJson.toLine(PlanReader.withOcr(OcrMode.AUTO).read(good.toAbsolutePath()).record()),
                records.get(0));
    }

    static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The lines of a dataset's part files (Hadoop's hidden files, _SUCCESS and .crc, left out). */
    static List<String> readParts(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    static Map<String, String> linesByPath(List<String> records) throws IOException {
        Map<String, String> byPath = new TreeMap<>();
        for (String r : records) {
            String path = MAPPER.readTree(r).at("/source/path").asText();
            assertEquals(null, byPath.put(path, r), "one record per file: " + path);
        }
        return byPath;
    }

    static Map<String, JsonNode> reportByPath(Path dir) throws IOException {
        Map<String, JsonNode> byPath = new TreeMap<>();
        for (String l : readParts(dir)) {
            JsonNode line = MAPPER.readTree(l);
            assertEquals(null, byPath.put(line.get("path").asText(), line), "listed once: " + l);
        }
        return byPath;
    }
}
