package io.planex.bench.serve;

import io.javalin.Javalin;
import io.planex.bench.search.PlanSynthesizer;
import io.planex.index.PlanIndex;
import io.planex.index.live.LiveIndex;
import io.planex.web.WebApp;
import io.planex.web.WebConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * planex serve benchmark: synthesises N plan records ({@link PlanSynthesizer}) into an index (or reuses one), starts
 * the web app on loopback and requests pages and API calls one at a time, reading the server's own time from its
 * Server-Timing header (request in, response body ready) and the client's round trip, and the page sizes.
 *
 * <pre>
 * ./mvnw -B -o -pl bench -am -DskipTests package
 * java -Xmx2g -cp bench/target/planex-bench.jar io.planex.bench.serve.ServeBench --docs 100000
 * </pre>
 *
 * Options: --docs N (100000), --dir DIR (bench/target/serve-index; built unless --reuse), --requests R per kind
 * (300), --warmup W (200), --seed S (7).
 */
public final class ServeBench {
    private ServeBench() {}

    public static void main(String[] args) throws Exception {
        long docs = 100_000;
        Path dir = Path.of("bench/target/serve-index");
        int requests = 300;
        int warmup = 200;
        long seed = 7;
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Long.parseLong(args[++i].replace("_", ""));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--reuse" -> reuse = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        PlanSynthesizer synth = new PlanSynthesizer(seed, 3000);
        StringBuilder report = new StringBuilder("## Run\n\n");
        report.append(String.format(Locale.ROOT, "- documents: %,d synthesised plans (seed %d)%n", docs, seed));
        report.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors\n");
        if (!reuse) {
            long t0 = System.nanoTime();
            build(synth, dir, docs);
            report.append(String.format(Locale.ROOT, "- index built in %.0f s%n", (System.nanoTime() - t0) / 1e9));
        }
        report.append("- load average at start: ").append(loadAverage()).append('\n');

        long t0 = System.nanoTime();
        try (LiveIndex index = LiveIndex.open(dir, Duration.ofSeconds(1))) {
            Javalin app = WebApp.create(index, WebConfig.defaults()).start("127.0.0.1", 0);
            double startMs = (System.nanoTime() - t0) / 1e6;
            report.append(String.format(Locale.ROOT, "- index opened and server listening after %.0f ms%n%n", startMs));
            String base = "http://127.0.0.1:" + app.port();
            try {
                run(report, base, synth, seed, requests, warmup);
            } finally {
                app.stop();
            }
        }
        report.append("\n- load average at end: ").append(loadAverage()).append('\n');
        System.out.println(report);
    }

    private record Kind(String name, Supplier<String> path) {}

    private static void run(StringBuilder report, String base, PlanSynthesizer synth, long seed, int requests,
                            int warmup) throws Exception {
        Random r = new Random(seed + 1);
        List<String> topics = PlanSynthesizer.analystQueries();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> ids = new ArrayList<>();
        for (String id : firstIds(http, base)) ids.add(id);
        List<Kind> kinds = List.of(
                new Kind("search page, free text (`/?q=`, 7 facets, top 10)", () -> "/?q=" + enc(freeText(r, topics))),
                new Kind("search page, --cites + paging (`/?cites=&page=2`)",
                        () -> "/?cites=" + enc(synth.randomDirective(r)) + "&page=2"),
                new Kind("`/api/search?q=` (top 10, no facets: the CLI's default)",
                        () -> "/api/search?q=" + enc(freeText(r, topics))),
                new Kind("`/api/search?cites=&facet=level,year`",
                        () -> "/api/search?cites=" + enc(synth.randomDirective(r)) + "&facet=level,year"),
                new Kind("document page (`/documents/{id}`)", () -> "/documents/" + ids.get(r.nextInt(ids.size()))),
                new Kind("directive page, top-20 directive (`/directives/{symbol}`)",
                        () -> "/directives/" + synth.directive(r.nextInt(20))));
        for (int i = 0; i < warmup; i++) get(http, base + kinds.get(i % kinds.size()).path().get());
        report.append(String.format(Locale.ROOT, "## Latency%n%nOne client, one request at a time, %d per kind after "
                + "%d warm-up requests. Server = the app's own wall time (Server-Timing: request in to body ready); CPU = "
                + "the CPU time of the request's thread over the same span; "
                + "round trip = the client's, loopback HTTP/1.1 included.%n%n", requests, warmup));
        report.append("| request | server p50 ms | server p95 ms | server p99 ms | CPU p50 ms | CPU p95 ms | round trip p95 ms | body p95 kB | body max kB |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Kind k : kinds) {
            double[] server = new double[requests];
            double[] trip = new double[requests];
            double[] cpu = new double[requests];
            long[] size = new long[requests];
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                HttpResponse<byte[]> resp = get(http, base + k.path().get());
                trip[i] = (System.nanoTime() - s) / 1e6;
                if (resp.statusCode() != 200) throw new IllegalStateException(k.name() + ": HTTP " + resp.statusCode());
                String timing = resp.headers().firstValue("Server-Timing").orElseThrow();
                server[i] = Double.parseDouble(timing.replaceAll("^app;dur=([0-9.]+).*", "$1"));
                cpu[i] = Double.parseDouble(timing.replaceAll(".*cpu;dur=([0-9.]+).*", "$1"));
                size[i] = resp.body().length;
            }
            Arrays.sort(server);
            Arrays.sort(trip);
            Arrays.sort(cpu);
            Arrays.sort(size);
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    k.name(), pct(server, 50), pct(server, 95), pct(server, 99), pct(cpu, 50), pct(cpu, 95), pct(trip, 95),
                    size[(int) Math.ceil(0.95 * size.length) - 1] / 1024.0, size[size.length - 1] / 1024.0));
        }
    }

    private static List<String> firstIds(HttpClient http, String base) throws Exception {
        String body = new String(get(http, base + "/api/search?limit=500").body(), StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f]{64})\"").matcher(body);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String freeText(Random r, List<String> topics) {
        String q = topics.get(r.nextInt(topics.size()));
        if (r.nextInt(4) == 0) q = "\"" + q + "\"";
        if (!r.nextBoolean()) return q;
        return Normalizer.normalize(q, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void build(PlanSynthesizer synth, Path dir, long docs) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (long n = 0; n < docs; n++) {
                PlanSynthesizer.Synthesized s = synth.next(n);
                index.put(s.record(), s.text());
                if ((n + 1) % 20_000 == 0) System.err.printf(Locale.ROOT, "indexed %,d%n", n + 1);
            }
            index.forceMerge(1);
            index.commit();
        }
    }
}
