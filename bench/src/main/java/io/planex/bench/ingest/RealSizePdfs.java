package io.planex.bench.ingest;

import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.corpus.RealSizePlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The ingest benchmark's corpus: five-page text PDFs of 15,000–20,000 characters each (about 19–26 kB of UTF-8),
 * the size of a real plan or decision, written as {@code DIR/docs/NNN/plan-NNNNNN.pdf} (100 per folder). The
 * text is a {@link RealSizePlans} plan (task sections grown with filler paragraphs, as real plans are), split
 * into five pages at paragraph boundaries with a 10 pt font (smaller for the few that need it), so every file has exactly five pages; a file that
 * would not is a bug here, and generation stops. The synthetic plans of {@code CorpusWriter} (2–4 pages, 2–3 kB)
 * made ingest look as fast as plain Tika because they hold a tenth of the text that extraction has to read.
 */
final class RealSizePdfs {
    static final int PAGES = 5;
    static final int MIN_CHARS = 15_000;
    static final int MAX_CHARS = 20_000;
    /** Room for the last filler paragraph, which may pass RealSizePlans' drawn target by a line. */
    private static final int OVERSHOOT = 600;
    /** Tried in order until the text fits in five pages (a page holding a long paragraph needs a smaller font). */
    private static final float[] FONT_SIZES = {10f, 9.5f, 9f, 8.5f, 8f};

    record Written(int files, long bytes, long chars) {}

    private RealSizePdfs() {}

    static Written write(Path dir, int count, long seed, int threads) throws IOException {
        RealSizePlans plans = new RealSizePlans(seed);
        Path docs = dir.resolve("docs");
        AtomicLong bytes = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> {
                String text = plans.text(i, RealSizePlans.Layout.FLOWING, MIN_CHARS, MAX_CHARS - OVERSHOOT);
                byte[] pdf = fivePages(text, i);
                Path folder = docs.resolve(String.format("%03d", i / 100));
                try {
                    Files.createDirectories(folder);
                    Files.write(folder.resolve(String.format("plan-%06d.pdf", i)), pdf);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(pdf.length);
                chars.addAndGet(text.length());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Written(count, bytes.get(), chars.get());
    }

    /** The text with a form feed (a page break for {@link Layout}) before the paragraph that starts each page. */
    static String inPages(String text, int pages) {
        String[] lines = text.strip().split("\n", -1);
        List<String> out = new ArrayList<>();
        long total = text.length();
        long seen = 0;
        int page = 1;
        for (String line : lines) {
            if (page < pages && seen >= total * page / pages) {
                out.add("\f" + line);
                page++;
            } else {
                out.add(line);
            }
            seen += line.length() + 1;
        }
        return String.join("\n", out) + "\n";
    }

    private static byte[] fivePages(String text, int i) {
        String paged = inPages(text, PAGES);
        for (float size : FONT_SIZES) {
            byte[] pdf = Documents.textPdf(paged, new Layout(size, 50f, 1.2f));
            if (pages(pdf) == PAGES) return pdf;
        }
        throw new IllegalStateException("plan " + i + " does not fit in " + PAGES + " pages at "
                + FONT_SIZES[FONT_SIZES.length - 1] + " pt");
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
