package io.planex.extract.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression harness over the hand-annotated gold corpus in test resources ({@code io/planex/extract/gold/}):
 * documents of many kinds (plans of every level, decisions, resolutions, directives, State and Party letters,
 * guidance, reports), some as PDF text extraction breaks them, one in NFD, one with OCR noise. Each is extracted
 * and scored with the shared scorer's rules ({@link GoldScorer}); the aggregate floors sit just under what the
 * extractors achieve, so a change that loses ground fails here. The per-document table goes to stdout.
 *
 * <p>The document list is {@code index.txt} beside the files, so the test also runs from a jar.
 */
class GoldCorpusTest {
    private static final String DIR = "/io/planex/extract/gold/";
    // Floors: what the extractors reach on this corpus, minus a small margin.
    private static final double CITATIONS_F1 = 0.98;
    private static final double CITATION_ATTRIBUTES = 0.99;
    private static final double UNITS_F1 = 0.97;
    private static final double DEADLINES_F1 = 0.97;
    private static final double DOCUMENT_FIELDS = 0.98;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<GoldScorer.DocScore> SCORES = new ArrayList<>();

    @BeforeAll
    static void scoreAll() throws IOException {
        PlanExtractor extractor = new PlanExtractor();
        for (String name : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String text = read(name);
            JsonNode gold = JSON.readTree(read(name + ".json"));
            assertEquals(name, gold.path("file").asText(), "gold file names its source");
            Extraction got = extractor.extract(text);
            NAMES.add(name);
            SCORES.add(GoldScorer.score(gold, got));
        }
        printTable();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GoldCorpusTest.class.getResourceAsStream(DIR + resource)) {
            Objects.requireNonNull(in, "missing test resource " + DIR + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void printTable() {
        StringBuilder out = new StringBuilder("\nGold corpus (tp/pred/gold)\n");
        out.append(String.format("%-40s %-10s %-7s %-10s %-10s %-6s%n", "document", "citations", "attrs", "units",
                "deadlines", "doc"));
        for (int i = 0; i < NAMES.size(); i++) {
            GoldScorer.DocScore s = SCORES.get(i);
            out.append(String.format("%-40s %-10s %-7s %-10s %-10s %-6s%n", NAMES.get(i), triple(s.citations()),
                    s.attrOk() + "/" + s.attrN(), triple(s.units()), triple(s.deadlines()), s.docOk() + "/" + s.docN()));
            detail(out, "citations", s.citations());
            detail(out, "units", s.units());
            detail(out, "deadlines", s.deadlines());
            s.attrMiss().forEach(m -> out.append("    attribute ").append(m).append('\n'));
            if (!s.docWrong().isEmpty()) out.append("    document wrong ").append(s.docWrong()).append('\n');
        }
        out.append(String.format("citations F1=%.3f units F1=%.3f deadlines F1=%.3f citation-attributes=%.3f "
                + "document-fields=%.3f%n", total(0).f1(), total(1).f1(), total(2).f1(), attributes(), documentFields()));
        System.out.print(out);
    }

    private static void detail(StringBuilder out, String what, GoldScorer.Counts c) {
        if (!c.missed().isEmpty()) out.append("    ").append(what).append(" missed ").append(c.missed()).append('\n');
        if (!c.spurious().isEmpty()) out.append("    ").append(what).append(" spurious ").append(c.spurious()).append('\n');
    }

    private static String triple(GoldScorer.Counts c) {
        return c.tp() + "/" + c.pred() + "/" + c.gold();
    }

    private static GoldScorer.Counts total(int category) {
        GoldScorer.Counts t = GoldScorer.Counts.zero();
        for (GoldScorer.DocScore s : SCORES) {
            t = t.plus(category == 0 ? s.citations() : category == 1 ? s.units() : s.deadlines());
        }
        return t;
    }

    private static double attributes() {
        int ok = SCORES.stream().mapToInt(GoldScorer.DocScore::attrOk).sum();
        int n = SCORES.stream().mapToInt(GoldScorer.DocScore::attrN).sum();
        return n == 0 ? 1.0 : (double) ok / n;
    }

    private static double documentFields() {
        int ok = SCORES.stream().mapToInt(GoldScorer.DocScore::docOk).sum();
        int n = SCORES.stream().mapToInt(GoldScorer.DocScore::docN).sum();
        return n == 0 ? 0.0 : (double) ok / n;
    }

    @Test
    void corpusIsLoaded() {
        assertTrue(NAMES.size() >= 12, "gold corpus has its documents");
        assertFalse(total(0).gold() == 0 || total(1).gold() == 0 || total(2).gold() == 0, "gold corpus has items");
    }

    @Test
    void citationsStayAboveFloor() {
        assertTrue(total(0).f1() >= CITATIONS_F1, "citations F1 " + total(0).f1());
    }

    @Test
    void citationAttributesStayAboveFloor() {
        assertTrue(attributes() >= CITATION_ATTRIBUTES, "citation attributes " + attributes());
    }

    @Test
    void unitsStayAboveFloor() {
        assertTrue(total(1).f1() >= UNITS_F1, "units F1 " + total(1).f1());
    }

    @Test
    void deadlinesStayAboveFloor() {
        assertTrue(total(2).f1() >= DEADLINES_F1, "deadlines F1 " + total(2).f1());
    }

    @Test
    void documentFieldsStayAboveFloor() {
        assertTrue(documentFields() >= DOCUMENT_FIELDS, "document fields " + documentFields());
    }
}
