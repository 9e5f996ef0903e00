package io.planex.solr;

import io.planex.batch.BulkOptions;
import io.planex.batch.Summary;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchBackend;
import io.planex.index.SearchRequest;
import io.planex.testkit.corpus.CorpusWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Benchmark (a main, never run by the build): the same generated files ingested into the local index and into a
 * 2-node MiniSolrCloudCluster collection of 2 shards x 2 replicas, through the same pipeline (worker JVMs unless
 * --in-process); then a query mix on both, single thread, p50 and p99 latency. Figures: docs/bench/solr.md.
 *
 * <pre>java -cp ... io.planex.solr.SolrBench [--files 2000] [--queries 300] [--dir DIR] [--in-process]</pre>
 */
public final class SolrBench {
    private SolrBench() {}

    public static void main(String[] args) throws Exception {
        int files = 2000;
        int queries = 300;
        boolean inProcess = false;
        Path dir = Files.createTempDirectory("planex-solr-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--in-process" -> inProcess = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path corpus = dir.resolve("corpus");
        if (!Files.isDirectory(corpus.resolve("docs"))) {
            CorpusWriter.write(corpus, files, 42L, new CorpusWriter.Mix(3, 5, 2, 0), 2);
        }
        List<Path> roots = List.of(corpus.resolve("docs"));
        MiniSolrCloudCluster cluster = SolrCluster.start(dir);
        try (SolrConnection solr = SolrConnection.open(SolrTarget.zk(SolrCluster.zk(cluster), "bench"))) {
            SolrCollections.init(solr, "planex", 2, 2, SolrCluster.QUIET);
            BulkOptions.Builder local = SolrCluster.options(dir.resolve("index")).inProcess(inProcess).ocrMode("auto");
            BulkOptions.Builder remote = SolrCluster.options(dir.resolve("state")).inProcess(inProcess).ocrMode("auto");
            report("local index", new io.planex.batch.BulkIngest(local.build()).run(roots));
            report("solr 2x2    ", SolrCluster.ingestSolr(solr, dir.resolve("state"), roots, remote));
            try (PlanSearcher a = PlanSearcher.open(dir.resolve("index"));
                    SolrSearcher b = new SolrSearcher(solr, false)) {
                List<SearchRequest> mix = mix(a, queries);
                latency("local index", a, mix);
                latency("solr 2x2    ", b, mix);
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static void report(String what, Summary s) {
        double secs = s.elapsedMillis() / 1000.0;
        System.out.printf("ingest %s: %d files in %.1f s = %.1f files/s, %.1f pages/s%n", what,
                s.count(io.planex.batch.Status.OK), secs, s.count(io.planex.batch.Status.OK) / secs,
                s.pagesRead() / secs);
    }

    /** Free text (with and without diacritics, phrases), cited and implemented directives, filters with facets. */
    private static List<SearchRequest> mix(PlanSearcher local, int n) throws Exception {
        String[] text = {"chuyển đổi số", "chuyen doi so", "\"du lịch cộng đồng\"", "phòng chống tham nhũng",
            "an toan giao thong", "văn hóa đọc", "nông thôn mới", "bảo hiểm xã hội", "thiên tai", "dân vận"};
        List<String> cited = local.stats(30).directives().stream().map(f -> f.value()).toList();
        Random r = new Random(7);
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SearchRequest.Builder b = SearchRequest.builder();
            switch (i % 4) {
                case 0 -> b.query(text[r.nextInt(text.length)]);
                case 1 -> b.cites(cited.get(r.nextInt(cited.size())));
                case 2 -> b.implementsSymbol(cited.get(r.nextInt(cited.size()))).facets(List.of("level", "year"));
                default -> b.query(text[r.nextInt(text.length)])
                        .facets(List.of("cites", "issuer", "level", "year", "unit", "type"));
            }
            out.add(b.build());
        }
        return out;
    }

    private static void latency(String what, SearchBackend backend, List<SearchRequest> mix) throws Exception {
        for (int i = 0; i < Math.min(50, mix.size()); i++) backend.search(mix.get(i)); // warm-up
        long[] nanos = new long[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long t = System.nanoTime();
            backend.search(mix.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("query %s: %d queries, p50 %.1f ms, p99 %.1f ms%n", what, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6);
    }
}
