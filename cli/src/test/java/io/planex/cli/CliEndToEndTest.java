package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole pipeline through the command line, on the project's own samples and on files made here. */
class CliEndToEndTest {
    static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path tmp;

    @Test
    void extractPrintsOneValidRecordPerLine() {
        Cli.Run run = Cli.run("extract", SAMPLES.resolve("ke-hoach-ubnd-xa-an-thinh.txt").toString(),
                SAMPLES.resolve("cong-van-so-van-hoa.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) SchemaAssert.assertValidRecord(line);
        JsonNode first = SchemaAssert.assertValidRecord(lines[0]);
        assertEquals("ke-hoach-ubnd-xa-an-thinh.txt", first.get("source").get("file").asText());
        assertTrue(symbols(first).contains("08-NQ/TW"), symbols(first).toString());
        assertTrue(symbols(first).contains("145/KH-UBND"), symbols(first).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ke-hoach-dang-uy-phuong-hoa-loc.docx", "quyet-dinh-ubnd-huyen-long-dien.pdf"})
    void extractReadsOfficeAndPdfSamples(String name) throws Exception {
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("extract", "--out", out.toString(), "--pretty", SAMPLES.resolve(name).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out(), "with --out nothing goes to stdout");
        Path json = out.resolve(name + ".json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\n  "), "--pretty indents");
        JsonNode record = SchemaAssert.assertValidRecord(text);
        assertFalse(record.get("citations").isEmpty(), "samples cite directives");
        assertTrue(record.get("source").get("bytes").asLong() > 0);
    }

    @Test
    void manyFilesOnSeveralThreadsComeOutInInputOrder() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("extract", "--threads", "3"));
        for (int i = 0; i < 12; i++) {
            Path f = tmp.resolve("order-" + i + ".txt");
            // the first files are the longest, so on several threads the later ones finish first
            Files.writeString(f, ("Thực hiện Kết luận số " + (i + 1) + "-KL/TW ngày 15/6/2023 của Bộ Chính trị.\n")
                    .repeat(12 - i) + "x".repeat(2000 * (12 - i)));
            args.add(f.toString());
        }
        args.add(5, tmp.resolve("missing.txt").toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(12, lines.length);
        for (int i = 0; i < 12; i++) assertTrue(lines[i].contains("order-" + i + ".txt"), lines[i]);
        assertTrue(run.err().contains("missing.txt"), run.err());
    }

    @Test
    void badInputsAreReportedAndTheRestGoesOn() throws Exception {
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.");
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path missing = tmp.resolve("missing.pdf");
        Cli.Run run = Cli.run("extract", empty.toString(), good.toString(), missing.toString());
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode());
        assertEquals(1, run.out().strip().split("\n").length);
        SchemaAssert.assertValidRecord(run.out().strip());
        assertTrue(run.err().contains("empty.txt"), run.err());
        assertTrue(run.err().contains("missing.pdf"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack traces for people: " + run.err());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        Cli.Run run = Cli.run("extract", "--no-such-flag", "x.txt");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.err().startsWith("planex: "), run.err());
        assertEquals(ExitCodes.FATAL, Cli.run("extract").exitCode());
        assertEquals(ExitCodes.FATAL, Cli.run("frobnicate").exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "ingest", "search"})
    void everyCommandHasHelp(String command) {
        Cli.Run run = Cli.run(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: planex " + command), run.out());
    }

    @Test
    void versionIsPrinted() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("planex "), run.out());
    }

    @Test
    void ingestThenSearchFindsCitationsHoweverTheyAreWritten() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs/sub"));
        Files.writeString(docs.resolve("a.txt"), """
                KẾ HOẠCH
                Triển khai thực hiện Kết luận số 57- KL/TW ngày 15/6/2023 của Bộ Chính trị về công tác thông tin
                đối ngoại; quảng bá hình ảnh địa phương.
                """);
        Files.writeString(docs.getParent().resolve("b.txt"), """
                KẾ HOẠCH
                Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị; tổ chức hội thi tìm hiểu lịch sử Đảng bộ xã.
                """);
        Path index = tmp.resolve("index");
        Path json = tmp.resolve("json");
        Cli.Run ingest = Cli.run("ingest", "--index", index.toString(), "--json", json.toString(),
                docs.getParent().toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(Files.exists(json.resolve("a.txt.json")));
        assertTrue(Files.exists(json.resolve("b.txt.json")));
        SchemaAssert.assertValidRecord(Files.readString(json.resolve("a.txt.json")));

        for (String written : List.of("57-KL/TW", "57-kl/tw", "57- KL/TW")) {
            Cli.Run search = Cli.run("search", "--index", index.toString(), "--cites", written, "--json");
            assertEquals(0, search.exitCode(), search.err());
            JsonNode result = RecordJson.mapper().readTree(search.out());
            assertEquals(1, result.get("total").asInt(), written + ": " + search.out());
            assertEquals("a.txt", result.get("hits").get(0).get("file").asText());
        }

        Cli.Run text = Cli.run("search", "--index", index.toString(), "--json", "thong tin doi ngoai");
        JsonNode result = RecordJson.mapper().readTree(text.out());
        assertEquals(1, result.get("total").asInt(), text.out());
        JsonNode hit = result.get("hits").get(0);
        for (String f : List.of("file", "symbol", "title", "issuer", "date", "score", "snippets")) {
            assertTrue(hit.has(f), "hit field " + f + " missing: " + hit);
        }
        assertFalse(hit.get("snippets").isEmpty(), "a text query gets a snippet");

        Cli.Run people = Cli.run("search", "--index", index.toString(), "lich su");
        assertEquals(0, people.exitCode());
        assertTrue(people.out().contains("b.txt"), people.out());
    }

    @Test
    void searchWithoutAnIndexIsAClearError() {
        Cli.Run run = Cli.run("search", "--index", tmp.resolve("none").toString(), "x");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.err().contains("no index"), run.err());
    }

    private static List<String> symbols(JsonNode record) {
        List<String> out = new ArrayList<>();
        record.get("citations").forEach(c -> out.add(c.get("symbol").asText()));
        return out;
    }
}
