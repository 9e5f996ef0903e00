package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.index.ingestrun.LastIngest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last-ingest summary: lists capped with a count of the rest, a JSON round trip, an atomic replace. */
class LastIngestTest {
    @TempDir
    Path tmp;

    @Test
    void listsAreCappedAndTheRestCounted() throws IOException {
        Summary s = new Summary();
        for (int i = 0; i < LastIngest.LIST_LIMIT + 7; i++) {
            s.add(new FileReport("/in/bad-" + i + ".pdf", null, Status.FAILED, "corrupt", 0, 1, "broken <xref>"));
        }
        s.add(new FileReport("/in/scan.pdf", null, Status.NEEDS_OCR, "needs-ocr", 3, 1, "no text layer"));
        s.add(new FileReport("/in/ok.pdf", "ab", Status.OK, null, 4, 1, null));
        s.finish();
        LastIngest last = s.lastIngest();
        assertEquals(LastIngest.LIST_LIMIT, last.failed().size());
        assertEquals(7, last.failedNotListed());
        assertEquals(1, last.needsOcr().size());
        assertEquals(0, last.needsOcrNotListed());
        assertEquals(LastIngest.LIST_LIMIT + 7, last.count("failed"));
        assertEquals(4, last.pagesRead());

        last.write(tmp);
        LastIngest back = LastIngest.read(tmp).orElseThrow();
        assertEquals(last, back);
        assertEquals("broken <xref>", back.failed().get(0).message());
        assertFalse(Files.exists(tmp.resolve(LastIngest.FILE_NAME + ".tmp")));
    }

    @Test
    void noFileIsNoRunAndAForeignFileIsAnError() throws IOException {
        assertTrue(LastIngest.read(tmp).isEmpty());
        Files.writeString(tmp.resolve(LastIngest.FILE_NAME), "{\"hello\":1}");
        assertThrows(IOException.class, () -> LastIngest.read(tmp));
    }
}
