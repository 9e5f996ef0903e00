package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, items 4, 6, 7, 9 and 10: what an archive holds besides documents (litter, links out of it, its own
 * index, zips) and what --prune does when a root is not there.
 */
class ArchiveWalkTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    private Summary ingest(Path index, boolean prune, boolean followLinks, Path... roots) throws Exception {
        BulkOptions o = BulkOptions.builder(index).inProcess(true).threads(2).prune(prune).followLinks(followLinks)
                .report(tmp.resolve("report.jsonl")).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(messages, true, StandardCharsets.UTF_8)).build();
        return new BulkIngest(o).run(List.of(roots));
    }

    private Map<String, JsonNode> report() throws IOException {
        return Fixtures.report(tmp.resolve("report.jsonl"));
    }

    // ------------------------------------------------------------ item 9: litter

    @ParameterizedTest
    @ValueSource(strings = {".DS_Store", "Thumbs.db", "thumbs.db", "desktop.ini", "~$ke-hoach.docx", "._plan.pdf",
        ".~lock.ke-hoach.odt#"})
    void litterIsSkippedNotFailed(String name) throws Exception {
        Path in = tmp.resolve("in");
        Path plan = Fixtures.writePlans(in, 1).get(0);
        Files.write(in.resolve(name), new byte[] {0, 1, 2, (byte) 0xff});
        Summary s = ingest(tmp.resolve("index"), false, false, in);
        assertEquals(0, s.failures(), "litter is not a failure");
        assertEquals(1, s.count(Status.OK));
        assertEquals(1, s.count(Status.SKIPPED));
        JsonNode line = report().get(PathKeys.key(in.resolve(name)));
        assertEquals("skipped", line.get("status").asText());
        assertEquals("litter", line.get("reason").asText());
        assertEquals("ok", report().get(PathKeys.key(plan)).get("status").asText());
    }

    @Test
    void litterFoldersAreNotEntered() throws Exception {
        Path in = tmp.resolve("in");
        Fixtures.writePlans(in, 1);
        Fixtures.writePlans(in.resolve("__MACOSX"), 2);
        Summary s = ingest(tmp.resolve("index"), false, false, in);
        assertEquals(1, s.count(Status.OK));
        assertEquals(1, s.count(Status.SKIPPED));
    }

    // ------------------------------------------------------------ item 7: links

    @Test
    void linksOutOfTheRootsAreSkippedUnlessFollowed() throws Exception {
        Path in = tmp.resolve("in");
        Fixtures.writePlans(in, 1);
        Path outside = Fixtures.writePlans(tmp.resolve("outside"), 1).get(0);
        Files.writeString(outside, Fixtures.planText(7));
        Files.createSymbolicLink(in.resolve("secret.txt"), outside);
        Files.createSymbolicLink(in.resolve("elsewhere"), tmp.resolve("outside"));
        Path inside = in.resolve("sub");
        Files.createDirectories(inside);
        Files.createSymbolicLink(inside.resolve("same-plan.txt"), in.resolve("plan-000.txt"));

        Summary s = ingest(tmp.resolve("index"), false, false, in);
        assertEquals(2, s.count(Status.SKIPPED), "the file link and the folder link lead out");
        assertEquals(0, s.failures());
        JsonNode secret = report().get(PathKeys.key(in.resolve("secret.txt")));
        assertEquals("link-outside-roots", secret.get("reason").asText());
        assertTrue(secret.get("message").asText().contains("--follow-links"), secret.toString());
        assertEquals("ok", report().get(PathKeys.key(inside.resolve("same-plan.txt"))).get("status").asText(),
                "a link inside the roots is followed");
        assertEquals(1, Fixtures.indexed(tmp.resolve("index")).size());

        Summary followed = ingest(tmp.resolve("index2"), false, true, in);
        assertEquals(0, followed.count(Status.SKIPPED));
        assertEquals(2, Fixtures.indexed(tmp.resolve("index2")).size(), "--follow-links reads what they lead to");
    }

    // ------------------------------------------------------------ item 6: the index inside the tree

    @Test
    void theIndexAndOtherOutputsInsideTheTreeAreNotRead() throws Exception {
        Path archive = tmp.resolve("archive");
        Fixtures.writePlans(archive, 3);
        Path index = archive.resolve("planex-data/index");
        BulkOptions o = BulkOptions.builder(index).inProcess(true).jsonDir(archive.resolve("records"))
                .report(archive.resolve("ingest.jsonl")).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(messages, true, StandardCharsets.UTF_8)).build();
        Summary first = new BulkIngest(o).run(List.of(archive));
        assertEquals(3, first.count(Status.OK));
        assertEquals(0, first.failures());
        Summary second = new BulkIngest(o).run(List.of(archive));
        assertEquals(0, second.failures(), "the index, the records and the report are not documents");
        assertEquals(0, second.count(Status.OK), "nothing new to read: " + second.format());
        assertEquals(3, second.count(Status.UNCHANGED));
        assertEquals(3, Fixtures.indexed(index).size());
    }

    @Test
    void anotherPlanexIndexInTheTreeIsSkipped() throws Exception {
        Path archive = tmp.resolve("archive");
        Fixtures.writePlans(archive, 2);
        ingest(archive.resolve("old-index"), false, false, archive);
        Summary s = ingest(tmp.resolve("index"), false, false, archive);
        assertEquals(0, s.failures(), s.format());
        assertEquals(2, s.count(Status.OK));
    }

    @Test
    void aFolderThatIsNotAnIndexIsRefused() throws Exception {
        Path docs = tmp.resolve("docs");
        Fixtures.writePlans(docs, 1);
        IOException e = assertThrows(IOException.class, () -> ingest(docs, false, false, docs));
        assertTrue(e.getMessage().contains("not a planex index"), e.getMessage());
        assertEquals(List.of("plan-000.txt"), List.of(docs.toFile().list()), "nothing written into it");
        Files.createDirectories(tmp.resolve("empty"));
        assertEquals(1, ingest(tmp.resolve("empty"), false, false, docs).count(Status.OK), "an empty one is fine");
    }

    // ------------------------------------------------------------ item 4: prune and missing roots

    @Test
    void aMissingOrEmptyRootPrunesNothing() throws Exception {
        Path share = tmp.resolve("share");
        Path local = tmp.resolve("local");
        Fixtures.writePlans(share, 3);
        List<Path> localFiles = Fixtures.writePlans(local, 2);
        for (Path p : localFiles) Files.writeString(p, Fixtures.planText(50 + localFiles.indexOf(p)));
        Path index = tmp.resolve("index");
        assertEquals(5, ingest(index, false, false, share, local).count(Status.OK));

        // The share is unmounted (its folder gone) and a local file deleted: only the local one is pruned.
        Path moved = tmp.resolve("share-away");
        Files.move(share, moved);
        Files.delete(localFiles.get(0));
        Summary s = ingest(index, true, false, share, local);
        assertEquals(1, s.count(Status.REMOVED));
        assertEquals(4, Fixtures.indexed(index).size());
        assertTrue(messages.toString(StandardCharsets.UTF_8).contains("nothing under it is pruned"),
                messages.toString(StandardCharsets.UTF_8));

        // An empty mount point is the same thing.
        Files.createDirectories(share);
        Summary empty = ingest(index, true, false, share, local);
        assertEquals(0, empty.count(Status.REMOVED));
        assertEquals(4, Fixtures.indexed(index).size());

        // Back, and really pruned when really deleted.
        Files.delete(share);
        Files.move(moved, share);
        Files.delete(share.resolve("plan-000.txt"));
        assertEquals(1, ingest(index, true, false, share, local).count(Status.REMOVED));
        assertEquals(3, Fixtures.indexed(index).size());
    }

    @Test
    void pruneLeavesFilesOutsideTheRootsOfThisRun() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Fixtures.writePlans(a, 1);
        Files.writeString(Files.createDirectories(b).resolve("other.txt"), Fixtures.planText(9));
        Files.writeString(b.resolve("stays.txt"), Fixtures.planText(10));
        Path index = tmp.resolve("index");
        ingest(index, false, false, a, b);
        Files.delete(b.resolve("other.txt"));
        assertEquals(0, ingest(index, true, false, a).count(Status.REMOVED), "b was not asked about");
        assertEquals(1, ingest(index, true, false, a, b).count(Status.REMOVED));
    }

    // ------------------------------------------------------------ item 11: names

    @Test
    void aDecomposedFileIsKnownComposedKeptByPruneAndTwoFormsOfOneNameAreReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String composed = "kế-hoạch-văn-hóa.txt";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        Path nfd = PathKeys.toPath(PathKeys.key(in) + "/" + decomposed);
        Files.writeString(nfd, Fixtures.planText(1));
        Path index = tmp.resolve("index");
        assertEquals(1, ingest(index, true, false, in).count(Status.OK));
        String key = PathKeys.key(in) + "/" + composed;
        assertEquals("ok", report().get(key).get("status").asText(), report().toString());
        assertEquals(List.of(key), Fixtures.indexed(index).get(BulkIngest.sha256(nfd)));

        Summary again = ingest(index, true, false, in);
        assertEquals(1, again.count(Status.UNCHANGED));
        assertEquals(0, again.count(Status.REMOVED), "prune finds the file under its composed key");

        Files.writeString(in.resolve(composed), Fixtures.planText(2));
        Summary clash = ingest(index, true, false, in);
        assertEquals(1, clash.failures());
        assertEquals(1, clash.failuresByReason().get("name-clash"));
        assertEquals(0, clash.count(Status.REMOVED));

        Files.delete(nfd);
        Files.delete(in.resolve(composed));
        Fixtures.writePlans(in, 1);
        assertEquals(1, ingest(index, true, false, in).count(Status.REMOVED));
        assertEquals(List.of(PathKeys.key(in.resolve("plan-000.txt"))),
                Fixtures.indexed(index).values().stream().flatMap(List::stream).toList());
    }

    // item 10, zips: ZipBundleTest
}
