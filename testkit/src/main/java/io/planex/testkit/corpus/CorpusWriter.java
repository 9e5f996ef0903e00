package io.planex.testkit.corpus;

import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.PageImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic corpus: {@code DIR/docs/NNN/plan-NNNNNN.EXT} (100 files per folder, as archives are
 * organised) and the gold annotation of each in {@code DIR/gold/plan-NNNNNN.EXT.json}, outside the documents'
 * tree so that ingesting {@code DIR/docs} does not read them. Formats are drawn by {@link Mix} weights.
 */
public final class CorpusWriter {
    /** Relative weights of the formats. */
    public record Mix(int txt, int pdf, int docx, int scanned) {
        public static Mix textOnly() {
            return new Mix(0, 1, 0, 0);
        }

        public static Mix archive() {
            return new Mix(3, 5, 2, 1);
        }

        String draw(Random r) {
            int x = r.nextInt(txt + pdf + docx + scanned);
            if ((x -= txt) < 0) return "txt";
            if ((x -= pdf) < 0) return "pdf";
            if (x - docx < 0) return "docx";
            return "scan.pdf";
        }
    }

    /** What was written. */
    public record Written(int files, long bytes) {}

    private CorpusWriter() {}

    public static Written write(Path dir, int count, long seed, Mix mix) throws IOException {
        return write(dir, count, seed, mix, 1);
    }

    /** As {@link #write(Path, int, long, Mix)}, rendering on {@code threads} threads; the output is the same. */
    public static Written write(Path dir, int count, long seed, Mix mix, int threads) throws IOException {
        PlanGenerator generator = new PlanGenerator(seed);
        Path docs = dir.resolve("docs");
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold);
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
                try {
                    bytes.addAndGet(writeOne(generator, docs, gold, i, seed, mix));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Written(count, bytes.get());
    }

    private static long writeOne(PlanGenerator generator, Path docs, Path gold, int i, long seed, Mix mix)
            throws IOException {
        GeneratedPlan plan = generator.generate(i);
        String ext = mix.draw(new Random(seed * 31 + i));
        String name = String.format("plan-%06d.%s", i, ext);
        Path folder = docs.resolve(String.format("%03d", i / 100));
        Files.createDirectories(folder);
        byte[] content = switch (ext) {
            case "txt" -> plan.text().getBytes(StandardCharsets.UTF_8);
            case "pdf" -> Documents.textPdf(plan.text(), Layout.standard());
            case "docx" -> Documents.docx(plan.text());
            default -> Documents.scannedPdf(plan.text(), Layout.standard(), 150, PageImages.Degradation.mild(i));
        };
        Files.write(folder.resolve(name), content);
        Files.writeString(gold.resolve(name + ".json"), plan.goldJson(name), StandardCharsets.UTF_8);
        return content.length;
    }
}
