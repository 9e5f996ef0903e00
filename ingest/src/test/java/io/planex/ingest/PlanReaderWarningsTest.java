package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an extractor caught while reading a file reaches the caller as a warning, with where it happened. */
class PlanReaderWarningsTest {
    @Test
    void aCleanReadHasNoWarnings(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kh.txt");
        Files.writeString(f, "KẾ HOẠCH\nThực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị\n",
                StandardCharsets.UTF_8);
        PlanReader.Result r = new PlanReader().read(f);
        assertEquals(List.of(), r.warnings());
        assertEquals(1, r.record().citations().size());
    }

    @Test
    void aWarningNamesTheExceptionAndTheProjectFrameItCameFrom() {
        NullPointerException e = new NullPointerException("s is null");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.lang.String", "length", "String.java", 1),
            new StackTraceElement("io.planex.extract.citation.CitationExtractor", "shareDateBackwards", "C.java", 557),
        });
        String w = PlanReader.warning(e);
        assertTrue(w.contains("NullPointerException at CitationExtractor.shareDateBackwards:557"), w);
        assertTrue(w.contains("that part empty"), w);
    }
}
