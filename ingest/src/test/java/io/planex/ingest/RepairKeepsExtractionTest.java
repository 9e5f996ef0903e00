package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Extraction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text repair must not cost extraction anything: on every document of the extract module's hand-annotated
 * regression corpus (PDF-broken, NFD, OCR-noisy text among them), extraction from the repaired text that ingest
 * hands over finds the same citations (with date and implements), units, deadlines and header fields as
 * extraction from the file's text as it is, which GoldCorpusTest scores against the annotations.
 */
class RepairKeepsExtractionTest {
    private static final Path GOLD = Path.of("..", "extract", "src", "test", "resources", "io", "planex", "extract",
            "gold");
    private static final PlanExtractor EXTRACTOR = new PlanExtractor();
    private static final DocumentReader READER = DocumentReader.withOcr(OcrMode.NEVER);

    static Stream<Path> documents() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(GOLD)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the regression corpus is missing: " + GOLD.toAbsolutePath());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void repairedTextExtractsWhatTheRawTextDoes(Path file) throws Exception {
        Extraction raw = EXTRACTOR.extract(Files.readString(file, StandardCharsets.UTF_8));
        IngestedDocument doc = READER.read(file);
        Extraction repaired = EXTRACTOR.extract(doc.text(), doc.pageMap());
        assertEquals(summary(raw), summary(repaired), file.getFileName().toString());
    }

    private static String summary(Extraction e) {
        StringBuilder b = new StringBuilder();
        b.append("document ").append(e.document().type()).append(' ').append(e.document().symbol()).append(' ')
                .append(e.document().date()).append(' ').append(e.document().issuer()).append('\n');
        e.citations().forEach(c -> b.append("cites ").append(c.key()).append(' ').append(c.date()).append(' ')
                .append(c.implementing()).append('\n'));
        e.units().stream().filter(u -> u.lead()).forEach(u -> b.append("unit ").append(u.name()).append('\n'));
        e.deadlines().forEach(d -> b.append("due ").append(d.date()).append(' ').append(d.recurrence()).append('\n'));
        return b.toString();
    }
}
