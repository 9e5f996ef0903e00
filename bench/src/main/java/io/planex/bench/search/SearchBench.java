package io.planex.bench.search;

import io.planex.index.IndexFields;
import io.planex.index.IssuerLevel;
import io.planex.index.PlanIndex;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Search benchmark: synthesises N plan records ({@link PlanSynthesizer}), indexes them streaming through
 * {@link PlanIndex}, then measures index size, open time and query latency for typical queries (free text,
 * --cites, filters + facets). Prints a Markdown report on stdout.
 *
 * <pre>
 * mvn -B -o -pl bench -am -DskipTests package
 * java -Xmx2g -cp bench/target/planex-bench.jar io.planex.bench.search.SearchBench --docs 100000
 * </pre>
 *
 * Options: --docs N (100000), --dir DIR (bench/target/search-index; emptied first unless --reuse),
 * --queries Q per kind (500), --warmup W (300), --seed S (7), --reuse (measure an index built earlier).
 */
public final class SearchBench {
    private SearchBench() {}

    static final int DIRECTIVE_POOL = 3000;

    public static void main(String[] args) throws Exception {
        long docs = 100_000;
        Path dir = Path.of("bench/target/search-index");
        int queries = 500;
        int warmup = 300;
        long seed = 7;
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Long.parseLong(args[++i].replace("_", ""));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--reuse" -> reuse = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        PlanSynthesizer synth = new PlanSynthesizer(seed, DIRECTIVE_POOL);
        StringBuilder report = new StringBuilder();
        report.append("## Run\n\n").append(String.format(Locale.ROOT,
                "- documents: %,d synthesised plans (seed %d, directive pool %d, Zipf s=1.1)%n", docs, seed,
                DIRECTIVE_POOL));
        report.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors\n\n");

        if (!reuse) {
            clear(dir);
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            long textChars = index(synth, dir, docs);
            double secs = (System.nanoTime() - t0) / 1e9;
            report.append("## Indexing\n\n").append(String.format(Locale.ROOT,
                    "- %,d documents in %.1f s (%.0f docs/s), one writer thread fed by one generator thread; "
                            + "average text %,d chars%n", docs, secs, docs / secs, textChars / Math.max(1, docs)));
        }
        long bytes = size(dir);
        report.append(String.format(Locale.ROOT, "- index size: %,.1f MB, %,.0f bytes per document (text and JSON "
                + "record stored, %d files)%n%n", bytes / 1048576.0, bytes / (double) docs, fileCount(dir)));

        // Open time: the first open after indexing, then the median of 5 more (OS page cache warm).
        report.append("## Opening the index\n\n");
        long[] opens = new long[6];
        for (int i = 0; i < opens.length; i++) {
            long t = System.nanoTime();
            try (PlanSearcher s = PlanSearcher.open(dir)) {
                opens[i] = System.nanoTime() - t;
            }
        }
        long firstFacet;
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            long t = System.nanoTime();
            s.search(SearchRequest.builder().facets(List.of(IndexFields.FACET_LEVEL)).limit(1).build());
            firstFacet = System.nanoTime() - t;
        }
        long[] later = Arrays.copyOfRange(opens, 1, opens.length);
        Arrays.sort(later);
        report.append(String.format(Locale.ROOT, "- open: first %.1f ms, then median %.1f ms%n", opens[0] / 1e6,
                later[later.length / 2] / 1e6));
        report.append(String.format(Locale.ROOT, "- first query (filter + facet) on a fresh searcher in this JVM: "
                + "%.1f ms (a `planex search` process pays this, plus JVM start)%n%n", firstFacet / 1e6));

        try (PlanSearcher searcher = PlanSearcher.open(dir)) {
            Random r = new Random(seed + 1);
            List<Kind> kinds = kinds(synth, r);
            for (int i = 0; i < warmup; i++) {
                searcher.search(kinds.get(i % kinds.size()).make.get());
            }
            report.append("## Query latency\n\n").append(String.format(Locale.ROOT,
                    "Single thread, %d queries per kind after %d warm-up queries; top 10 hits with stored record "
                            + "parsed and snippets built (what `planex search` does, minus JVM start).%n%n",
                    queries, warmup));
            report.append("| query kind | p50 ms | p90 ms | p99 ms | max ms | mean hits |\n");
            report.append("|---|---:|---:|---:|---:|---:|\n");
            for (Kind k : kinds) {
                long[] t = new long[queries];
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    SearchRequest q = k.make.get();
                    long s = System.nanoTime();
                    hits += searcher.search(q).total();
                    t[i] = System.nanoTime() - s;
                }
                Arrays.sort(t);
                report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %,d |%n", k.name,
                        pct(t, 50), pct(t, 90), pct(t, 99), t[t.length - 1] / 1e6, hits / queries));
            }
        }
        System.out.println(report);
    }

    /** A kind of query of the mix, and how to make one. */
    record Kind(String name, java.util.function.Supplier<SearchRequest> make) {}

    /** The query mix (also SolrSearchBench's): five kinds, drawn with {@code r} from the synthesised vocabulary. */
    static List<Kind> kinds(PlanSynthesizer synth, Random r) {
        List<String> topics = PlanSynthesizer.analystQueries();
        String[] provinces = synth.provinces();
        return List.of(
                new Kind("free text (a topic of 1-4 words; half typed without diacritics; 1 in 4 \"quoted\")",
                        () -> SearchRequest.builder().query(freeText(r, topics)).build()),
                new Kind("--cites SYMBOL (skewed: popular directives match thousands)",
                        () -> SearchRequest.builder().cites(synth.randomDirective(r)).build()),
                new Kind("--implements SYMBOL --facet level,year",
                        () -> SearchRequest.builder().implementsSymbol(synth.randomDirective(r))
                                .facets(List.of("level", "year")).build()),
                new Kind("filters + 6 facets (--level, --year, --facet cites,issuer,level,year,unit,type)",
                        () -> SearchRequest.builder().level(IssuerLevel.values()[r.nextInt(4)])
                                .year(2019 + r.nextInt(7))
                                .facets(List.of("cites", "issuer", "level", "year", "unit", "type")).build()),
                new Kind("free text + --issuer + --deadline-before + 3 facets",
                        () -> SearchRequest.builder().query(freeText(r, topics))
                                .issuer(provinces[r.nextInt(provinces.length)])
                                .deadlineBefore(java.time.LocalDate.of(2019 + r.nextInt(7), 12, 15))
                                .facets(List.of("unit", "cites", "level")).build()));
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String freeText(Random r, List<String> topics) {
        String q = topics.get(r.nextInt(topics.size()));
        if (r.nextInt(4) == 0) q = "\"" + q + "\"";
        return r.nextBoolean() ? fold(q) : q;
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Indexes {@code docs} synthesised records: a generator thread feeds the writer through a small queue. */
    static long index(PlanSynthesizer synth, Path dir, long docs) throws Exception {
        BlockingQueue<PlanSynthesizer.Synthesized> queue = new ArrayBlockingQueue<>(512);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        PlanSynthesizer.Synthesized end = new PlanSynthesizer.Synthesized(null, null);
        Thread producer = new Thread(() -> {
            try {
                for (long n = 0; n < docs; n++) queue.put(synth.next(n));
                queue.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "synthesizer");
        producer.start();
        long chars = 0;
        long done = 0;
        long t0 = System.nanoTime();
        try (PlanIndex index = PlanIndex.open(dir)) {
            while (true) {
                PlanSynthesizer.Synthesized s = queue.take();
                if (s == end) break;
                index.put(s.record(), s.text());
                chars += s.text().length();
                if (++done % 20_000 == 0) {
                    System.err.printf(Locale.ROOT, "indexed %,d (%.0f s)%n", done, (System.nanoTime() - t0) / 1e9);
                }
            }
            index.commit();
        }
        producer.join();
        if (failure.get() != null) throw new IllegalStateException(failure.get());
        return chars;
    }

    static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p)) Files.delete(p);
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
