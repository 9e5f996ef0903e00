package io.planex.bench.ingest;

import io.planex.batch.BulkIngest;
import io.planex.batch.BulkOptions;
import io.planex.batch.Progress;
import io.planex.batch.Status;
import io.planex.batch.Summary;
import io.planex.testkit.corpus.CorpusWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Ingest benchmark. Commands:
 * <pre>
 *   generate --count N [--seed S] [--threads T] DIR
 *       writes DIR/docs/NNN/plan-NNNNNN.pdf: real-size five-page text PDFs, 15,000-20,000 characters each
 *       ({@link RealSizePdfs})
 *   generate --small-plans --count N [--seed S] [--mix TXT:PDF:DOCX:SCAN] [--threads T] DIR
 *       (--mix implies --small-plans) the small synthetic plans (2-4 pages, 2-3 kB) in DIR/docs/NNN/plan-NNNNNN.EXT and their gold JSON in
 *       DIR/gold (default mix 0:1:0:0, text PDFs): for quality scoring and OCR, not for speed
 *   ingest --index IDX [--threads N] [--in-process] [--report FILE] PATH...
 *       planex's bulk ingest (worker JVMs unless --in-process); prints one JSON line of figures
 *   tika [--threads N] PATH...
 *       plain Tika text extraction of the same files (AutoDetectParser, unlimited BodyContentHandler), the
 *       baseline of the "cost over Tika" ratio; prints one JSON line
 * </pre>
 * Peak memory is the largest sum of VmRSS over this JVM and its child processes, sampled every 200 ms.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (args[0]) {
            case "generate" -> generate(rest);
            case "ingest" -> ingest(rest);
            case "tika" -> tika(rest);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: BenchMain generate --count N [--seed S] [--threads T] DIR");
        System.err.println("       BenchMain generate --small-plans --count N [--seed S] [--mix TXT:PDF:DOCX:SCAN] "
                + "[--threads T] DIR");
        System.err.println("       BenchMain ingest --index IDX [--threads N] [--in-process] [--report FILE] PATH...");
        System.err.println("       BenchMain tika [--threads N] PATH...");
        System.exit(2);
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) return fallback;
        String v = args.get(i + 1);
        args.remove(i);
        args.remove(i);
        return v;
    }

    private static boolean flag(List<String> args, String name) {
        return args.remove(name);
    }

    private static void generate(List<String> args) throws Exception {
        int count = Integer.parseInt(option(args, "--count", "100"));
        long seed = Long.parseLong(option(args, "--seed", "1"));
        String mixOption = option(args, "--mix", null);
        String[] mix = (mixOption == null ? "0:1:0:0" : mixOption).split(":");
        int threads = Integer.parseInt(option(args, "--threads", "" + Runtime.getRuntime().availableProcessors()));
        // Formats other than text PDF (DOCX, scans) exist only in the small-plans corpus: --mix asks for it.
        boolean small = flag(args, "--small-plans") || mixOption != null;
        if (args.size() != 1) usage();
        long start = System.nanoTime();
        if (!small) {
            RealSizePdfs.Written w = RealSizePdfs.write(Path.of(args.get(0)), count, seed, threads);
            System.out.printf("{\"generated\":%d,\"pages\":%d,\"bytes\":%d,\"textChars\":%d,\"seconds\":%.1f}%n",
                    w.files(), w.files() * RealSizePdfs.PAGES, w.bytes(), w.chars(), (System.nanoTime() - start) / 1e9);
            return;
        }
        CorpusWriter.Written w = CorpusWriter.write(Path.of(args.get(0)), count, seed,
                new CorpusWriter.Mix(Integer.parseInt(mix[0]), Integer.parseInt(mix[1]), Integer.parseInt(mix[2]),
                        Integer.parseInt(mix[3])), threads);
        System.out.printf("{\"generated\":%d,\"bytes\":%d,\"seconds\":%.1f}%n", w.files(), w.bytes(),
                (System.nanoTime() - start) / 1e9);
    }

    private static void ingest(List<String> args) throws Exception {
        Path index = Path.of(option(args, "--index", "bench-index"));
        int threads = Integer.parseInt(option(args, "--threads", "" + Runtime.getRuntime().availableProcessors()));
        String report = option(args, "--report", null);
        boolean inProcess = flag(args, "--in-process");
        List<Path> paths = args.stream().map(Path::of).toList();
        BulkOptions options = BulkOptions.builder(index).threads(threads).inProcess(inProcess)
                .report(report == null ? null : Path.of(report)).progress(Progress.Mode.LINES).build();
        Summary s;
        long peak;
        try (RssSampler rss = new RssSampler(200)) {
            s = new BulkIngest(options).run(paths);
            peak = rss.peakMb();
        }
        double secs = s.elapsedMillis() / 1000.0;
        System.out.printf("{\"command\":\"ingest\",\"threads\":%d,\"ok\":%d,\"unchanged\":%d,\"failed\":%d,"
                        + "\"pages\":%d,\"seconds\":%.2f,\"docsPerSecond\":%.2f,\"pagesPerSecond\":%.2f,"
                        + "\"peakRssMb\":%d}%n",
                threads, s.count(Status.OK), s.count(Status.UNCHANGED), s.failures(), s.pagesRead(), secs,
                s.count(Status.OK) / secs, s.pagesRead() / secs, peak);
    }

    private static void tika(List<String> args) throws Exception {
        int threads = Integer.parseInt(option(args, "--threads", "" + Runtime.getRuntime().availableProcessors()));
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long peak;
        try (RssSampler rss = new RssSampler(200)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (Path f : files) {
                pool.execute(() -> {
                    BodyContentHandler handler = new BodyContentHandler(-1);
                    try (InputStream in = Files.newInputStream(f)) {
                        parser.parse(in, handler, new Metadata(), new ParseContext());
                        chars.addAndGet(handler.toString().length());
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(7, TimeUnit.DAYS);
            peak = rss.peakMb();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"command\":\"tika\",\"threads\":%d,\"files\":%d,\"failed\":%d,\"chars\":%d,"
                        + "\"seconds\":%.2f,\"docsPerSecond\":%.2f,\"peakRssMb\":%d}%n",
                threads, files.size(), failed.get(), chars.get(), secs, files.size() / secs, peak);
    }
}
