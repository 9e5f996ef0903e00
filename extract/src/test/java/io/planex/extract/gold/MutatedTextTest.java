package io.planex.extract.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.planex.extract.CaughtFailures;
import io.planex.extract.PlanExtractor;
import io.planex.testkit.TextMangler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The extractors must not throw on text that OCR, a converter or a typist has mangled. Each one catches what it
 * throws and answers with an empty part (so a bulk run keeps the record), which would hide a crash as a document
 * that cites nothing: a digit split by a space in one citation of a scanned decision once emptied its whole
 * citation list. So the gold corpus is mangled at random, the way scans and conversions mangle text (digits split,
 * characters dropped or misread, marks lost, lines joined, split, dropped or repeated, stray punctuation, a cut
 * anywhere), and nothing may be caught. Seeds are fixed: a failure names its document and seed, and the mangled
 * text is written under target/ to be read.
 */
class MutatedTextTest {
    private static final String DIR = "/io/planex/extract/gold/";
    /**
     * Lightly mangled variants (1 to 25 edits) per document; seeds run on over the documents in index order, so a
     * seed that once crashed stays in the set (nine of them, 13 and 197 among them, emptied a citation list before
     * the fix).
     */
    private static final int VARIANTS_PER_DOCUMENT = 30;
    /** Heavily mangled variants (up to 150 edits) per document, seeds from {@link #HEAVY_SEEDS} on. */
    private static final int HEAVY_VARIANTS_PER_DOCUMENT = 8;
    private static final long HEAVY_SEEDS = 1_000_000;
    @Test
    void noExtractorThrowsOnMangledText() throws IOException {
        PlanExtractor extractor = new PlanExtractor();
        List<String> failures = new ArrayList<>();
        long light = 0;
        for (String name : documents()) {
            String printed = read(name);
            for (int v = 0; v < VARIANTS_PER_DOCUMENT + HEAVY_VARIANTS_PER_DOCUMENT; v++) {
                boolean heavy = v >= VARIANTS_PER_DOCUMENT;
                long seed = heavy ? HEAVY_SEEDS + light + (v - VARIANTS_PER_DOCUMENT) : light + v;
                String text = TextMangler.mangle(printed, new Random(seed), heavy ? 150 : 25);
                List<Throwable> caught = CaughtFailures.during(() -> extractor.extract(text));
                if (!caught.isEmpty()) {
                    failures.add(name + " seed " + seed + ": " + trace(caught.get(0)));
                    Path dump = Path.of("target", "mangled", name.replace(".txt", "") + "-" + seed + ".txt");
                    Files.createDirectories(dump.getParent());
                    Files.writeString(dump, text);
                }
            }
            light += VARIANTS_PER_DOCUMENT;
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " mangled texts made an extractor throw (texts under target/mangled):\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    @Test
    void theNetReportsWhatItCatches() {
        // the test above is only as good as the report: an extractor handed a text that throws must say so
        List<Throwable> caught = CaughtFailures.during(() -> CaughtFailures.report(new IllegalStateException("x")));
        assertEquals(1, caught.size());
        assertEquals(List.of(), CaughtFailures.during(() -> new PlanExtractor().extract("")));
    }

    private static List<String> documents() throws IOException {
        return read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return String.join("\n", w.toString().lines().limit(6).toList());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MutatedTextTest.class.getResourceAsStream(DIR + resource)) {
            Objects.requireNonNull(in, "missing test resource " + DIR + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
