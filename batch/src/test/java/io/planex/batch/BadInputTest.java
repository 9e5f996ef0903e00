package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.index.ingestrun.LastIngest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input is reported with its reason, and every good file around it is indexed. (The zip bomb
 * is in {@link WorkerIsolationTest}: what stops it is the worker's heap ceiling.)
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private BulkOptions.Builder options(Path index) {
        return BulkOptions.builder(index).inProcess(true).threads(2).batchSize(4).report(tmp.resolve("report.jsonl"))
                .progress(Progress.Mode.NONE).stderr(new PrintStream(OutputStream.nullOutputStream()))
                .timeout(Duration.ofSeconds(60));
    }

    @Test
    void badFilesAreReportedAndGoodOnesIndexed() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> good = Fixtures.writePlans(in.resolve("good"), 5);
        Path pdf = in.resolve("good/plan-pdf.pdf");
        Files.write(pdf, Fixtures.textPdf(7));
        Path openEncrypted = in.resolve("good/encrypted-no-password.pdf");
        Files.write(openEncrypted, Fixtures.encryptedPdf(Fixtures.textPdf(8), ""));

        Path bad = Files.createDirectories(in.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        byte[] full = Fixtures.textPdf(9);
        Files.write(bad.resolve("truncated.pdf"), Arrays.copyOf(full, full.length / 3));
        byte[] corrupt = full.clone();
        for (int i = 200; i < corrupt.length - 200; i += 7) corrupt[i] ^= 0x5a;
        Files.write(bad.resolve("corrupt.pdf"), corrupt);
        Files.write(bad.resolve("locked.pdf"), Fixtures.encryptedPdf(Fixtures.textPdf(10), "user-secret"));
        byte[] junk = new byte[5000];
        new java.util.Random(1).nextBytes(junk);
        Files.write(bad.resolve("junk.pdf"), junk);
        Path huge = bad.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "Kế hoạch thực hiện nhiệm vụ năm.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] block = new byte[1 << 20];
            for (int i = 0; i + line.length <= block.length; i += line.length) System.arraycopy(line, 0, block, i, line.length);
            for (int i = 0; i < 200; i++) out.write(block);
        }
        Files.createSymbolicLink(bad.resolve("loop-a"), bad.resolve("loop-b"));
        Files.createSymbolicLink(bad.resolve("loop-b"), bad.resolve("loop-a"));
        Files.createSymbolicLink(bad.resolve("cycle"), bad);

        Path index = tmp.resolve("index");
        Summary s = new BulkIngest(options(index).build()).run(List.of(in));
        Files.delete(huge);

        Map<String, JsonNode> report = Fixtures.report(tmp.resolve("report.jsonl"));
        assertEquals("empty", reason(report, bad.resolve("empty.txt")));
        assertEquals("corrupt", reason(report, bad.resolve("corrupt.pdf")));
        assertEquals("corrupt", reason(report, bad.resolve("truncated.pdf")));
        assertEquals("encrypted", reason(report, bad.resolve("locked.pdf")));
        assertEquals("too-large", reason(report, huge));
        assertTrue(List.of("corrupt", "unsupported").contains(reason(report, bad.resolve("junk.pdf"))),
                () -> "junk.pdf: " + report.get(PathKeys.key(bad.resolve("junk.pdf"))));
        assertEquals("symlink-loop", reason(report, bad.resolve("loop-a")));
        assertEquals("symlink-loop", reason(report, bad.resolve("loop-b")));
        assertEquals("symlink-loop", reason(report, bad.resolve("cycle")));

        for (Path g : good) assertEquals("ok", report.get(PathKeys.key(g)).get("status").asText());
        assertEquals("ok", report.get(PathKeys.key(pdf)).get("status").asText());
        assertEquals("ok", report.get(PathKeys.key(openEncrypted)).get("status").asText(),
                "a PDF encrypted with an empty user password opens without one");
        assertEquals(7, s.count(Status.OK));
        assertEquals(9, s.count(Status.FAILED));
        assertEquals(7, Fixtures.indexed(index).size());

        // The summary planex serve shows: every failed file with its reason, beside the index.
        LastIngest last = LastIngest.read(index).orElseThrow();
        assertEquals(7, last.count("ok"));
        assertEquals(9, last.count("failed"));
        assertEquals(0, last.failedNotListed());
        Map<String, String> reasons = new java.util.HashMap<>();
        last.failed().forEach(p -> reasons.put(p.path(), p.reason()));
        assertEquals("encrypted", reasons.get(PathKeys.key(bad.resolve("locked.pdf"))));
        assertEquals("too-large", reasons.get(PathKeys.key(huge)));
        assertEquals(9, reasons.size());
        assertTrue(!last.finished().isBefore(last.started()));
    }

    @Test
    void unreadableFileIsReported() throws Exception {
        Path in = tmp.resolve("in");
        Fixtures.writePlans(in, 2);
        Path secret = in.resolve("secret.txt");
        Files.writeString(secret, "Kế hoạch mật");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        Path index = tmp.resolve("index");
        Path report = tmp.resolve("report.jsonl");
        if (!"root".equals(System.getProperty("user.name"))) {
            Summary s = new BulkIngest(options(index).build()).run(List.of(in));
            assertEquals(2, s.count(Status.OK));
        } else {
            // Root reads any file: run the ingest in a JVM without the capabilities that let it
            // (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), as a CI container running as root would need.
            assumeTrue(canDropFileCapabilities(), "setpriv cannot drop root's file capabilities here");
            Process p = new ProcessBuilder(dropFileCapabilities(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), IngestMain.class.getName(),
                    index.toString(), report.toString(), in.toString())))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            assertEquals(1, p.waitFor(), () -> "one failure expected; child log: " + readQuietly(tmp.resolve("child.log")));
            assertEquals(2, Fixtures.indexed(index).size(), "both readable plans indexed");
        }
        assertEquals("permission-denied", reason(Fixtures.report(report), secret));
    }

    private static List<String> dropFileCapabilities(List<String> command) {
        List<String> out = new java.util.ArrayList<>(List.of("setpriv",
                "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"));
        out.addAll(command);
        return out;
    }

    private static boolean canDropFileCapabilities() {
        try {
            Path probe = Files.createTempFile("planex-probe", ".txt");
            try {
                Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
                Process p = new ProcessBuilder(dropFileCapabilities(List.of("cat", probe.toString())))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor() != 0; // cat failed to read: the capabilities were dropped
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            return false; // no setpriv
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Test
    void nameThatIsNotUtf8IsReadAndKeptApartFromItsLookAlike() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Names made of raw bytes need the shell: Java strings cannot spell byte 0xFF under UTF-8.
        Process p = new ProcessBuilder("bash", "-c",
                "cd \"$0\" && printf 'Kế hoạch một' > $'\\xff.txt' && printf 'Kế hoạch hai' > $'\\xfe.txt'",
                in.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Summary s = new BulkIngest(options(tmp.resolve("index")).build()).run(List.of(in));
        assertEquals(2, s.count(Status.OK));
        Map<String, JsonNode> report = Fixtures.report(tmp.resolve("report.jsonl"));
        assertTrue(report.keySet().stream().anyMatch(k -> k.startsWith("file:") && k.endsWith("/in/%FF.txt")),
                report.keySet()::toString);
        assertTrue(report.keySet().stream().anyMatch(k -> k.endsWith("/in/%FE.txt")), report.keySet()::toString);
        assertEquals(2, Fixtures.indexed(tmp.resolve("index")).size());
    }

    @Test
    void fileDeletedBetweenListingAndReadingIsReportedMissing() throws Exception {
        Path in = tmp.resolve("in");
        Fixtures.writePlans(in, 3);
        Path vanishing = in.resolve("vanishing.txt");
        Files.writeString(vanishing, "Kế hoạch sẽ bị xóa");
        // The file is listed by the walk; it disappears just before its parse starts.
        FileParser real = new PlanFileParser();
        FileParser deleting = file -> {
            if (file.getFileName().toString().equals("vanishing.txt")) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
            return real.parse(file);
        };
        Summary s = new BulkIngest(options(tmp.resolve("index")).build(), deleting).run(List.of(in));
        assertEquals("missing", reason(Fixtures.report(tmp.resolve("report.jsonl")), vanishing));
        assertEquals(3, s.count(Status.OK));
    }

    private static String reason(Map<String, JsonNode> report, Path file) {
        JsonNode line = report.get(PathKeys.key(file));
        if (line == null) throw new AssertionError("no report line for " + file + " in " + report.keySet());
        return line.get("reason").asText();
    }
}
