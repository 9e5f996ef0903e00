package io.planex.ingest;

import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.PageImages;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seconds per page for text PDFs and for OCR on this machine, and OCR's character error rate; not run by
 * {@code mvn test} (a main class, no test in its name). Figures go to docs/bench/ingest-read.md.
 *
 * <pre>
 * mvn -q -B -o -pl extract,testkit,ingest test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp ingest/target/test-classes:ingest/target/classes:extract/target/classes:testkit/target/classes:$(cat /tmp/cp.txt) \
 *     io.planex.ingest.ReadBenchmark [textPages] [ocrPages]
 * </pre>
 */
public final class ReadBenchmark {
    public static void main(String[] args) throws Exception {
        System.out.printf("cores %d, max heap %d MB, OMP_THREAD_LIMIT=%s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getenv("OMP_THREAD_LIMIT"));
        int textPages = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int ocrPages = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = Files.createTempDirectory("planex-bench-");
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < textPages; p++) body.append(p == 0 ? "" : "\n\f").append(SamplePlans.PLAN);
        Path text = dir.resolve("text.pdf");
        Files.write(text, Documents.textPdf(body.toString(), Layout.standard()));

        DocumentReader reader = new DocumentReader();
        reader.read(text); // warm up: class loading costs the first parse 0.6-0.8 s
        long t0 = System.nanoTime();
        int runs = 3;
        int pages = 0;
        for (int i = 0; i < runs; i++) pages += reader.read(text).source().pages();
        double textSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("text PDF: %d pages x %d runs, %.4f s/page%n", pages / runs, runs, textSeconds / pages);

        StringBuilder scanText = new StringBuilder();
        for (int p = 0; p < ocrPages; p++) scanText.append(p == 0 ? "" : "\n\f").append(SamplePlans.PLAN);
        for (boolean noisy : new boolean[] {false, true}) {
            PageImages.Degradation d = noisy ? PageImages.Degradation.mild(11) : PageImages.Degradation.none();
            Path scan = dir.resolve(noisy ? "noisy.pdf" : "clean.pdf");
            Files.write(scan, Documents.scannedPdf(scanText.toString(), Layout.standard(), 300, d));
            for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
                DocumentReader ocr = new DocumentReader(ReadOptions.defaults().ocrThreads(threads));
                long s = System.nanoTime();
                IngestedDocument doc = ocr.read(scan);
                double seconds = (System.nanoTime() - s) / 1e9;
                // On the raw OCR text: the benchmark's pages are identical, so repair would (rightly) drop their
                // first and last lines as running headers and footers.
                String raw = String.join("\n", doc.rawPages().stream().map(PageText::text).toList());
                double cer = OcrTest.cer(OcrTest.squeeze(scanText.toString().replace("\f", "")),
                        OcrTest.squeeze(raw));
                System.out.printf("OCR %s 300 dpi: %d pages, %d thread(s): %.2f s/page wall, CER %.2f%%%n",
                        noisy ? "mild noise+skew" : "clean", doc.source().pages(), threads,
                        seconds / doc.source().pages(), cer * 100);
            }
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }
}
