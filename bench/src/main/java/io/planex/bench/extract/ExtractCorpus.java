package io.planex.bench.extract;

import io.planex.extract.model.PageMap;
import io.planex.ingest.TextRepair;
import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.testkit.corpus.RealSizePlans;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts the extraction benchmarks run on, written by the benchmark itself: real-size plans (15–25 kB) in the
 * layout mix of an archive, as the pages a reader hands to repair, and the repaired texts the extractors read.
 */
public final class ExtractCorpus {
    /** One document: its raw pages (what ingest's reader returns) and its repaired text. */
    public record Doc(List<String> pages, String text, PageMap pageMap) {}

    public final List<Doc> docs;
    /** UTF-8 bytes of the raw pages of all documents: the input size every rate is per. */
    public final long bytes;

    private ExtractCorpus(List<Doc> docs) {
        this.docs = List.copyOf(docs);
        long b = 0;
        for (Doc d : docs) for (String p : d.pages) b += p.getBytes(StandardCharsets.UTF_8).length;
        this.bytes = b;
    }

    /** {@code count} real-size plans from {@code seed}, in the archive's layout mix. */
    public static ExtractCorpus realSize(int count, long seed) {
        RealSizePlans plans = new RealSizePlans(seed);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) docs.add(doc(pages(plans.text(i))));
        return new ExtractCorpus(docs);
    }

    /** The same plans typed in the TCVN3 legacy font, as a PDF of such a document reads before decoding. */
    public static ExtractCorpus legacy(int count, long seed) {
        RealSizePlans plans = new RealSizePlans(seed);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> pages = new ArrayList<>();
            for (String p : pages(plans.text(i))) pages.add(LegacyEncoding.TCVN3.encode(p));
            docs.add(doc(pages));
        }
        return new ExtractCorpus(docs);
    }

    /**
     * One merged text of about {@code megabytes} MB (an archive export of many plans in one file), one page as a
     * text file is.
     */
    public static ExtractCorpus merged(int megabytes, long seed) {
        RealSizePlans plans = new RealSizePlans(seed);
        StringBuilder all = new StringBuilder();
        long size = 0;
        for (int i = 0; size < megabytes * 1_000_000L; i++) {
            String t = plans.text(i);
            all.append(t).append('\n');
            size += t.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        // not repaired here: the benchmark repairs it, and that is most of what it measures
        return new ExtractCorpus(List.of(new Doc(List.of(all.toString()), null, null)));
    }

    private static List<String> pages(String text) {
        return List.of(text.split("\f", -1));
    }

    private static Doc doc(List<String> pages) {
        TextRepair.Repaired r = TextRepair.repair(pages);
        return new Doc(pages, r.text(), r.pageMap());
    }
}
