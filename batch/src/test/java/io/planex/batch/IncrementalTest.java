package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.index.PlanIndex;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalTest {
    @TempDir
    Path tmp;

    private Summary ingest(Path in, boolean prune) throws Exception {
        BulkOptions o = BulkOptions.builder(tmp.resolve("index")).inProcess(true).threads(2).batchSize(3)
                .prune(prune).report(tmp.resolve("report.jsonl")).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(OutputStream.nullOutputStream())).build();
        return new BulkIngest(o).run(List.of(in));
    }

    @Test
    void rerunSkipsUnchangedReindexesChangedAndPrunesGone() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> files = Fixtures.writePlans(in, 12);
        assertEquals(12, ingest(in, false).count(Status.OK));

        Summary again = ingest(in, false);
        assertEquals(0, again.count(Status.OK));
        assertEquals(12, again.count(Status.UNCHANGED));

        // New mtime, same bytes: hashed, found unchanged, not read.
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        // New content: read again, the old document replaced.
        String oldId = BulkIngest.sha256(files.get(1));
        Files.writeString(files.get(1), Fixtures.planText(100));
        Summary changed = ingest(in, false);
        assertEquals(1, changed.count(Status.OK));
        assertEquals(11, changed.count(Status.UNCHANGED));
        Map<String, List<String>> docs = Fixtures.indexed(tmp.resolve("index"));
        assertEquals(12, docs.size());
        assertTrue(!docs.containsKey(oldId), "the old content of a changed file is gone");

        // A removed file stays until --prune.
        Files.delete(files.get(2));
        assertEquals(0, ingest(in, false).count(Status.REMOVED));
        assertEquals(12, Fixtures.indexed(tmp.resolve("index")).size());
        Summary pruned = ingest(in, true);
        assertEquals(1, pruned.count(Status.REMOVED));
        assertEquals(11, Fixtures.indexed(tmp.resolve("index")).size());
    }

    @Test
    void sameContentAtTwoPathsIsOneDocumentWithBothPaths() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> files = Fixtures.writePlans(in.resolve("a"), 3);
        Path copy = Files.createDirectories(in.resolve("b")).resolve("copy.txt");
        Files.copy(files.get(0), copy);
        ingest(in, false);
        String id = BulkIngest.sha256(copy);
        Map<String, List<String>> docs = Fixtures.indexed(tmp.resolve("index"));
        assertEquals(3, docs.size());
        assertEquals(List.of(PathKeys.key(files.get(0)), PathKeys.key(copy)), docs.get(id));

        // One copy goes: the document stays, with the other path only.
        Files.delete(files.get(0));
        ingest(in, true);
        docs = Fixtures.indexed(tmp.resolve("index"));
        assertEquals(List.of(PathKeys.key(copy)), docs.get(id));

        // The other copy is edited: no file holds the old content any more, so its document goes.
        Files.writeString(copy, Fixtures.planText(200));
        ingest(in, false);
        docs = Fixtures.indexed(tmp.resolve("index"));
        assertTrue(!docs.containsKey(id));
        assertEquals(3, docs.size());
    }

    @Test
    void secondWriterIsRefused() throws Exception {
        Path in = tmp.resolve("in");
        Fixtures.writePlans(in, 2);
        Files.createDirectories(tmp.resolve("index"));
        try (PlanIndex other = PlanIndex.open(tmp.resolve("index"))) {
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> ingest(in, false));
            assertTrue(e.getMessage().contains("another planex ingest"), e.getMessage());
        }
        assertEquals(2, ingest(in, false).count(Status.OK));
    }
}
