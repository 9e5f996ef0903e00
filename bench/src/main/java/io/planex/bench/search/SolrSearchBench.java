package io.planex.bench.search;

import io.planex.index.PlanSearcher;
import io.planex.index.SearchBackend;
import io.planex.index.SearchRequest;
import io.planex.solr.SolrCollections;
import io.planex.solr.SolrConnection;
import io.planex.solr.SolrSearcher;
import io.planex.solr.SolrSink;
import io.planex.solr.SolrTarget;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The search benchmark's query mix ({@link SearchBench#kinds}) on the same N synthesised plans in the local index
 * and in a SolrCloud collection of 2 shards x 2 replicas on a 2-node cluster: ingest rate of the records (no file
 * reading) and query latency p50/p95/p99 per kind, single thread, the same requests on both. Prints Markdown.
 * The cluster is the solr module's MiniSolrCloudCluster in a JVM of its own (this class path has the web app's
 * Jetty 12; Solr's is 10), or any cluster given by --zk. Figures: docs/bench/solr.md.
 *
 * <pre>
 * ./mvnw -B -o -pl bench -am -DskipTests package     # also writes solr/target/cluster-classpath.txt
 * java -Xmx2g -cp bench/target/planex-bench.jar io.planex.bench.search.SolrSearchBench --docs 100000
 * </pre>
 *
 * Options: --docs N (100000), --dir DIR (bench/target/solr-search; the local index in DIR/index, rebuilt unless
 * --reuse), --queries Q per kind (100), --warmup W (100), --seed S (7), --zk HOST:PORT (an existing cluster).
 */
public final class SolrSearchBench {
    private SolrSearchBench() {}

    public static void main(String[] args) throws Exception {
        long docs = 100_000;
        Path dir = Path.of("bench/target/solr-search");
        int queries = 100;
        int warmup = 100;
        long seed = 7;
        boolean reuse = false;
        String zk = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Long.parseLong(args[++i].replace("_", ""));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--reuse" -> reuse = true;
                case "--zk" -> zk = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Path index = dir.resolve("index");
        Process cluster = null;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "- documents: %,d synthesised plans (seed %d), load at start: %s%n",
                docs, seed, load()));
        try {
            if (zk == null) {
                cluster = startCluster(dir.resolve("solr"));
                zk = readZk(cluster);
            }
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true);
            try (SolrConnection solr = SolrConnection.open(SolrTarget.zk(zk, "bench"))) {
                SolrCollections.init(solr, "planex", 2, 2, quiet);
                if (!reuse || !Files.isDirectory(index)) {
                    SearchBench.clear(index);
                    Files.createDirectories(index);
                    long t0 = System.nanoTime();
                    SearchBench.index(new PlanSynthesizer(seed, SearchBench.DIRECTIVE_POOL), index, docs);
                    report.append(rate("local index", docs, System.nanoTime() - t0));
                    long t1 = System.nanoTime();
                    indexSolr(new PlanSynthesizer(seed, SearchBench.DIRECTIVE_POOL), solr, docs, quiet);
                    report.append(rate("solr 2x2", docs, System.nanoTime() - t1));
                }
                try (PlanSearcher local = PlanSearcher.open(index); SolrSearcher remote = new SolrSearcher(solr, false)) {
                    if (local.documentCount() != remote.documentCount()) {
                        throw new IllegalStateException("local " + local.documentCount() + " documents, Solr "
                                + remote.documentCount() + ": run without --reuse");
                    }
                    latency(report, local, remote, seed, queries, warmup);
                }
            }
        } finally {
            if (cluster != null) {
                cluster.getOutputStream().close();
                cluster.waitFor();
            }
        }
        System.out.println(report);
    }

    private static String rate(String what, long docs, long nanos) {
        double secs = nanos / 1e9;
        return String.format(Locale.ROOT, "- indexing into the %s: %,d records in %.1f s = %.0f records/s (%.2f ms "
                + "per record), load after: %s%n", what, docs, secs, docs / secs, secs * 1000 / docs, load());
    }

    /** The records through the ingest's Solr sink: batches of 100, a hard commit every 10,000 and at the end. */
    private static void indexSolr(PlanSynthesizer synth, SolrConnection solr, long docs, PrintStream quiet)
            throws Exception {
        SolrSink sink = new SolrSink(solr, quiet, false);
        for (long n = 0; n < docs; n++) {
            PlanSynthesizer.Synthesized s = synth.next(n);
            sink.put(s.record(), s.text(), List.of(s.record().source().path()));
            if ((n + 1) % 10_000 == 0) {
                sink.commit(Map.of());
                System.err.printf(Locale.ROOT, "solr: %,d records%n", n + 1);
            }
        }
        sink.commit(Map.of());
    }

    private static void latency(StringBuilder report, SearchBackend local, SearchBackend remote, long seed,
                                int queries, int warmup) throws Exception {
        PlanSynthesizer synth = new PlanSynthesizer(seed, SearchBench.DIRECTIVE_POOL);
        List<SearchBench.Kind> kinds = SearchBench.kinds(synth, new Random(seed + 1));
        List<SearchRequest> warm = new ArrayList<>();
        for (int i = 0; i < warmup; i++) warm.add(kinds.get(i % kinds.size()).make().get());
        for (SearchRequest q : warm) {
            local.search(q);
            remote.search(q);
        }
        report.append(String.format(Locale.ROOT, "%nSingle thread, %d queries per kind after %d warm-up queries on "
                + "each engine; the same requests on both; top 10 hits with records and snippets.%n%n", queries, warmup));
        report.append("| query kind | local p50 | local p95 | local p99 | Solr p50 | Solr p95 | Solr p99 | mean hits |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Long> allLocal = new ArrayList<>();
        List<Long> allSolr = new ArrayList<>();
        for (SearchBench.Kind k : kinds) {
            List<SearchRequest> mix = new ArrayList<>();
            for (int i = 0; i < queries; i++) mix.add(k.make().get());
            long[] a = new long[queries];
            long[] b = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                // alternate the engines so that the machine's load falls on both alike
                long t = System.nanoTime();
                long ha = local.search(mix.get(i)).total();
                a[i] = System.nanoTime() - t;
                t = System.nanoTime();
                long hb = remote.search(mix.get(i)).total();
                b[i] = System.nanoTime() - t;
                if (ha != hb) throw new IllegalStateException(mix.get(i) + ": " + ha + " hits locally, " + hb + " on Solr");
                hits += ha;
            }
            for (long x : a) allLocal.add(x);
            for (long x : b) allSolr.add(x);
            Arrays.sort(a);
            Arrays.sort(b);
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d |%n", k.name(),
                    SearchBench.pct(a, 50), SearchBench.pct(a, 95), SearchBench.pct(a, 99), SearchBench.pct(b, 50),
                    SearchBench.pct(b, 95), SearchBench.pct(b, 99), hits / queries));
        }
        long[] a = allLocal.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] b = allSolr.stream().mapToLong(Long::longValue).sorted().toArray();
        report.append(String.format(Locale.ROOT, "| **whole mix** | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | |%n",
                SearchBench.pct(a, 50), SearchBench.pct(a, 95), SearchBench.pct(a, 99), SearchBench.pct(b, 50),
                SearchBench.pct(b, 95), SearchBench.pct(b, 99)));
        report.append("\n(ms) load after: ").append(load()).append('\n');
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static Process startCluster(Path dir) throws Exception {
        Path solrTarget = Path.of("solr", "target").toAbsolutePath();
        Path cpFile = solrTarget.resolve("cluster-classpath.txt");
        if (!Files.isRegularFile(cpFile)) {
            throw new IllegalStateException("no " + cpFile + ": run from the project folder after building the solr "
                    + "module (./mvnw -pl bench -am -DskipTests package), or give --zk");
        }
        String cp = solrTarget.resolve("test-classes") + File.pathSeparator + solrTarget.resolve("classes")
                + File.pathSeparator + Files.readString(cpFile).strip();
        Files.createDirectories(dir);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-cp",
                cp, "io.planex.solr.SolrClusterMain", dir.toString())
                .redirectError(dir.resolve("cluster.log").toFile()).start();
    }

    private static String readZk(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l; (l = out.readLine()) != null; ) {
            if (l.startsWith("zk=")) return l.substring(3);
        }
        throw new IllegalStateException("the Solr cluster did not start (see its cluster.log)");
    }
}
