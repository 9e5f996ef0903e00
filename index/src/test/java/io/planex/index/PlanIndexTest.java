package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanIndexTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterFailsWithAClearMessage() throws IOException {
        try (PlanIndex first = PlanIndex.open(dir)) {
            IOException e = assertThrows(IOException.class, () -> PlanIndex.open(dir));
            assertTrue(e.getMessage().contains("is in use by another planex process"), e.getMessage());
            first.put(Fixtures.CENTRAL.record(), Fixtures.CENTRAL.text);
            first.commit();
        }
        try (PlanIndex again = PlanIndex.open(dir)) {
            again.commit();
        }
    }

    @Test
    void sameIdReplacesSeveralPathsAreOneDocumentAndDeleteRemoves() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.put(Fixtures.PROVINCE.record(), Fixtures.PROVINCE.text);
            index.put(Fixtures.PROVINCE.record(), Fixtures.PROVINCE.text, List.of("a/x.txt", "b/y.txt"));
            index.put(Fixtures.DISTRICT.record(), Fixtures.DISTRICT.text);
            index.commit(Map.of("checkpoint", "42"));
        }
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            assertEquals(2, s.documentCount());
            assertEquals(List.of("a/x.txt", "b/y.txt"), s.find("y.txt").get(0).paths());
        }
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals("42", r.getIndexCommit().getUserData().get("checkpoint"));
        }
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.delete(Fixtures.PROVINCE.sha256());
            index.commit();
        }
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            assertEquals(1, s.documentCount());
            assertTrue(s.find(Fixtures.PROVINCE.sha256()).isEmpty());
        }
    }

    @Test
    void searchingWhereThereIsNoIndexSaysSo(@TempDir Path empty) {
        IOException e = assertThrows(IOException.class, () -> PlanSearcher.open(empty.resolve("nothing")));
        assertTrue(e.getMessage().startsWith("no index at"));
    }

    @Test
    void anEmptyIndexAnswersWithNothing() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.commit();
        }
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            SearchResult r = s.search(SearchRequest.builder().query("du lịch").facets(List.of("cites")).build());
            assertEquals(0, r.total());
            assertEquals(List.of(), r.facets().get("cites"));
            assertEquals(0, s.stats(10).documents());
            assertEquals(0, s.graph().nodes().size());
        }
    }
}
