package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.ingest.UnreadableFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 10: the members of .zip bundles are documents, under the guards a zip needs. */
class ZipBundleTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final AtomicInteger parsed = new AtomicInteger();

    private Summary ingest(boolean prune, long maxBytes, Path... roots) throws Exception {
        BulkOptions o = BulkOptions.builder(tmp.resolve("index")).inProcess(true).threads(2).prune(prune)
                .maxBytes(maxBytes).report(tmp.resolve("report.jsonl")).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(messages, true, StandardCharsets.UTF_8)).build();
        FileParser counting = file -> {
            parsed.incrementAndGet();
            return new PlanFileParser().parse(file);
        };
        return new BulkIngest(o, counting).run(List.of(roots));
    }

    private Summary ingest(boolean prune, Path... roots) throws Exception {
        return ingest(prune, BulkOptions.DEFAULT_MAX_BYTES, roots);
    }

    private Map<String, JsonNode> report() throws IOException {
        return Fixtures.report(tmp.resolve("report.jsonl"));
    }

    private static void zip(Path target, Map<String, byte[]> members) throws IOException {
        Files.createDirectories(target.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var m : members.entrySet()) {
                ZipEntry e = new ZipEntry(m.getKey());
                e.setTime(1_700_000_000_000L);
                out.putNextEntry(e);
                out.write(m.getValue());
                out.closeEntry();
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void membersAreDocumentsWithTheirOwnPathAndHash() throws Exception {
        Path in = tmp.resolve("in");
        Path onDisk = Fixtures.writePlans(in, 1).get(0);
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("a/", new byte[0]);
        members.put("a/plan.txt", utf8(Fixtures.planText(1)));
        members.put("a/b/plan.pdf", Fixtures.textPdf(2));
        members.put("copy-of-plan-000.txt", Files.readAllBytes(onDisk));
        members.put("__MACOSX/a/._plan.txt", new byte[] {0, 5, 22, 7});
        members.put("a/.DS_Store", new byte[] {0, 0, 0, 1});
        members.put("inner.zip", new byte[] {'P', 'K', 5, 6});
        members.put("../escape.txt", utf8(Fixtures.planText(3)));
        Path bundle = in.resolve("bundle.zip");
        zip(bundle, members);

        Summary s = ingest(false, in);
        String zipKey = PathKeys.key(bundle);
        Map<String, JsonNode> report = report();
        assertEquals("ok", report.get(zipKey + "!/a/plan.txt").get("status").asText(), report.toString());
        assertEquals("ok", report.get(zipKey + "!/a/b/plan.pdf").get("status").asText(), report.toString());
        assertEquals("litter", report.get(zipKey + "!/__MACOSX/a/._plan.txt").get("reason").asText());
        assertEquals("litter", report.get(zipKey + "!/a/.DS_Store").get("reason").asText());
        assertEquals("zip-in-zip", report.get(zipKey + "!/inner.zip").get("reason").asText());
        assertEquals("skipped", report.get(zipKey + "!/inner.zip").get("status").asText());
        assertEquals("unsafe-name", report.get(zipKey + "!/../escape.txt").get("reason").asText());
        assertEquals("failed", report.get(zipKey + "!/../escape.txt").get("status").asText());
        assertNull(report.get(zipKey), "the zip itself is no document");
        assertEquals(1, s.failures(), "only the name climbing out of the zip: " + report);

        Map<String, List<String>> indexed = Fixtures.indexed(tmp.resolve("index"));
        assertEquals(List.of(zipKey + "!/a/plan.txt"), indexed.get(sha256(members.get("a/plan.txt"))));
        assertEquals(List.of(zipKey + "!/a/b/plan.pdf"), indexed.get(sha256(members.get("a/b/plan.pdf"))));
        assertEquals(List.of(PathKeys.key(onDisk), zipKey + "!/copy-of-plan-000.txt").stream().sorted().toList(),
                indexed.get(BulkIngest.sha256(onDisk)), "a member identical to a file is one document, both paths");
        assertEquals(3, indexed.size());
    }

    @Test
    void anUnchangedZipIsNotReadAgainAndRemovedMembersArePruned() throws Exception {
        Path in = tmp.resolve("in");
        Path bundle = in.resolve("bundle.zip");
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) members.put("k/plan-" + i + ".txt", utf8(Fixtures.planText(i)));
        zip(bundle, members);
        assertEquals(4, ingest(true, in).count(Status.OK));
        assertEquals(4, parsed.get());

        parsed.set(0);
        Summary again = ingest(true, in);
        assertEquals(4, again.count(Status.UNCHANGED));
        assertEquals(0, parsed.get(), "an unchanged zip: its directory is read, no member is");

        members.remove("k/plan-0.txt");
        members.put("k/plan-1.txt", utf8(Fixtures.planText(11)));
        zip(bundle, members);
        parsed.set(0);
        Summary changed = ingest(true, in);
        String zipKey = PathKeys.key(bundle);
        assertEquals("removed", report().get(zipKey + "!/k/plan-0.txt").get("status").asText(), report().toString());
        assertEquals("ok", report().get(zipKey + "!/k/plan-1.txt").get("status").asText());
        assertEquals(1, changed.count(Status.REMOVED));
        assertEquals(1, parsed.get(), "only the changed member is read");
        Map<String, List<String>> indexed = Fixtures.indexed(tmp.resolve("index"));
        assertEquals(3, indexed.size());
        assertFalse(indexed.containsKey(sha256(utf8(Fixtures.planText(0)))));

        Files.delete(bundle);
        Fixtures.writePlans(in, 1); // the root still holds a file, so it is pruned under
        ingest(true, in);
        assertTrue(Fixtures.indexed(tmp.resolve("index")).values().stream().flatMap(List::stream)
                .noneMatch(p -> p.startsWith(zipKey)), "the zip is gone: so are its members");
    }

    @Test
    void guardsRefuseBombsOversizedMembersAndHugeDirectories() throws Exception {
        Path in = tmp.resolve("in");
        Map<String, byte[]> members = new LinkedHashMap<>();
        byte[] bomb = new byte[4 << 20];
        java.util.Arrays.fill(bomb, (byte) 'a');
        members.put("bomb.txt", bomb);
        members.put("big.txt", utf8(Fixtures.planText(1).repeat(40)));
        members.put("ok.txt", utf8(Fixtures.planText(2)));
        zip(in.resolve("guarded.zip"), members);
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= ZipBundles.MAX_ENTRIES; i++) many.put("n/" + i + ".txt", new byte[] {'x'});
        zip(in.resolve("many.zip"), many);

        ingest(false, 50_000, in);
        Map<String, JsonNode> report = report();
        String guarded = PathKeys.key(in.resolve("guarded.zip"));
        assertEquals("zip-bomb", report.get(guarded + "!/bomb.txt").get("reason").asText(), report.toString());
        assertEquals("too-large", report.get(guarded + "!/big.txt").get("reason").asText());
        assertEquals("ok", report.get(guarded + "!/ok.txt").get("status").asText());
        JsonNode tooMany = report.get(PathKeys.key(in.resolve("many.zip")));
        assertEquals("zip-too-many-entries", tooMany.get("reason").asText(), report.toString());
        assertEquals("failed", tooMany.get("status").asText());
    }

    @Test
    void inflationStopsAtMaxBytesWhateverTheDirectoryClaims() throws Exception {
        Path zip = tmp.resolve("z.zip");
        zip(zip, Map.of("a.txt", new byte[300_000]));
        UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
                () -> ZipBundles.extract(zip, "a.txt", 100_000));
        assertEquals("too-large", e.reason());
    }

    @Test
    void namesThatClimbOutOfTheZipAreUnsafe() {
        for (String bad : List.of("../x.txt", "a/../../x.txt", "/etc/passwd", "C:/x.txt", "a\\..\\x.txt")) {
            assertTrue(ZipBundles.unsafe(bad), bad);
        }
        for (String good : List.of("a/b.txt", "a..b.txt", "..hidden/x.txt", "kế hoạch/x.pdf")) {
            assertFalse(ZipBundles.unsafe(good), good);
        }
        assertEquals("/a/b.ZIP", ZipBundles.zipKeyOf("/a/b.ZIP!/c/d.pdf"));
        assertNull(ZipBundles.zipKeyOf("/a/b.pdf"));
    }
}
