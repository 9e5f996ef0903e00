package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.model.PageMap;
import io.planex.index.IndexFields;
import io.planex.index.PlanSearcher;
import io.planex.index.StoredDocument;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each page starts in a document's text travels from the worker JVM that read the file into the index, so
 * that {@code planex serve} numbers the pages exactly; records indexed from JSON have no page map.
 */
class PageMapTest {
    @TempDir
    Path tmp;

    @Test
    void theIngestStoresThePageMapTheReaderMade() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path pdf = in.resolve("three-pages.pdf");
        String text = Fixtures.planText(1) + "\n\n" + Fixtures.planText(2) + "\n\n" + Fixtures.planText(3);
        Files.write(pdf, Documents.textPdf(text, Layout.standard()));
        PageMap expected = PlanReader.withOcr(OcrMode.NEVER).read(pdf).document().pageMap();
        assertTrue(expected.pageCount() >= 3, "pages: " + expected.pageCount());

        Path index = tmp.resolve("index");
        BulkOptions o = BulkOptions.builder(index).threads(1).ocrMode("never").timeout(Duration.ofSeconds(120))
                .progress(Progress.Mode.NONE).stderr(new PrintStream(OutputStream.nullOutputStream())).build();
        Summary s = new BulkIngest(o).run(List.of(in));
        assertEquals(1, s.count(Status.OK));

        try (PlanSearcher searcher = PlanSearcher.open(index)) {
            StoredDocument d = searcher.find(PlanReader.withOcr(OcrMode.NEVER).read(pdf).record().source().sha256())
                    .get(0);
            assertNotNull(d.pages(), "page map stored");
            assertEquals(IndexFields.pageStarts(expected), IndexFields.pageStarts(d.pages()));
            assertEquals(d.record().source().pages(), d.pages().pageCount());
        }
    }

    @Test
    void storedValuesRoundTripAndBadOnesAreUnknown() {
        assertEquals("0,5,9", IndexFields.pageStarts(IndexFields.pageMap("0,5,9")));
        assertNull(IndexFields.pageMap(null));
        assertNull(IndexFields.pageMap("0,x"));
        assertNull(IndexFields.pageMap("0,9,5"));
    }
}
