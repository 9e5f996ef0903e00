package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.planex.extract.json.RecordJson;
import io.planex.index.live.LiveIndex;
import io.planex.index.live.SearchSource;
import io.planex.solr.SolrSource;
import io.planex.solr.SolrTarget;
import io.planex.testkit.corpus.CorpusWriter;
import io.planex.web.WebApp;
import io.planex.web.WebConfig;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deadlines, serve and ingest --from-json against a real SolrCloud (2 nodes, a collection of 2 shards x 2
 * replicas) give what they give on the local index: the same deadline JSON, the same API answers, the same
 * documents from the same records. The cluster runs in a JVM of its own ({@code io.planex.solr.SolrClusterMain},
 * on the solr module's test class path): Solr's Jetty 10 cannot share this class path with the web app's Jetty 12.
 */
class SolrCommandsTest {
    static final Path SAMPLES = Path.of("..", "samples");
    static final String TODAY = "2024-07-01";

    @TempDir
    static Path tmp;
    static Process cluster;
    static String zk;
    static Path index;
    static LiveIndex live;
    static SearchSource solr;
    static Javalin localApp;
    static Javalin solrApp;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        cluster = startCluster(tmp.resolve("solr"));
        Cli.Run init = Cli.run("solr", "init", "--zk", zk, "--collection", "planex", "--shards", "2", "--replicas", "2");
        assertEquals(0, init.exitCode(), init.err());

        Path corpus = tmp.resolve("corpus");
        CorpusWriter.write(corpus, 40, 23L, new CorpusWriter.Mix(1, 0, 0, 0));
        List<String> roots = new ArrayList<>();
        // The text-layer samples (the scanned PDF holds the same text and would only add OCR time).
        for (String f : List.of("ke-hoach-ubnd-xa-an-thinh.txt", "cong-van-so-van-hoa.txt",
                "ke-hoach-dang-uy-phuong-hoa-loc.docx", "quyet-dinh-ubnd-huyen-long-dien.pdf")) {
            roots.add(SAMPLES.resolve(f).toString());
        }
        roots.add(corpus.resolve("docs").toString());
        index = tmp.resolve("index");
        Cli.Run local = ingest(List.of("--index", index.toString()), roots);
        Cli.Run remote = ingest(List.of("--solr", zk, "--collection", "planex", "--state",
                tmp.resolve("state").toString()), roots);
        assertTrue(local.err().contains("44 indexed"), local.err());
        assertTrue(remote.err().contains("44 indexed"), remote.err());

        Clock clock = Clock.fixed(Instant.parse(TODAY + "T09:00:00Z"), ZoneOffset.UTC);
        live = LiveIndex.open(index, Duration.ofSeconds(1));
        solr = SolrSource.open(SolrTarget.zk(zk, "planex"), Duration.ofSeconds(1));
        localApp = WebApp.create(live, new WebConfig(null, Duration.ofSeconds(1), clock)).start("127.0.0.1", 0);
        solrApp = WebApp.create(solr, new WebConfig(null, Duration.ofSeconds(1), clock)).start("127.0.0.1", 0);
    }

    /** Starts SolrClusterMain and waits for its ZooKeeper address. */
    private static Process startCluster(Path dir) throws Exception {
        Path solrTarget = Path.of("..", "solr", "target").toAbsolutePath().normalize();
        Path cpFile = solrTarget.resolve("cluster-classpath.txt");
        if (!Files.isRegularFile(cpFile)) {
            throw new IllegalStateException("no " + cpFile + ": build the solr module first (./mvnw -pl cli -am verify)");
        }
        String cp = solrTarget.resolve("test-classes") + File.pathSeparator + solrTarget.resolve("classes")
                + File.pathSeparator + Files.readString(cpFile).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", cp, "io.planex.solr.SolrClusterMain", dir.toString())
                .redirectError(Files.createDirectories(tmp).resolve("cluster.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l; (l = out.readLine()) != null; ) {
                    if (l.startsWith("zk=")) return l;
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(300, TimeUnit.SECONDS);
        if (line == null) {
            p.destroyForcibly();
            throw new IllegalStateException("the Solr cluster did not start: " + Files.readString(tmp.resolve("cluster.log")));
        }
        zk = line.substring(3);
        return p;
    }

    private static Cli.Run ingest(List<String> target, List<String> roots) {
        List<String> args = new ArrayList<>(List.of("ingest", "--in-process", "--threads", "2", "--ocr", "never",
                "--progress", "none"));
        args.addAll(target);
        args.addAll(roots);
        Cli.Run run = Cli.run(args.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @AfterAll
    static void stop() throws Exception {
        if (localApp != null) localApp.stop();
        if (solrApp != null) solrApp.stop();
        if (live != null) live.close();
        if (solr != null) solr.close();
        if (cluster != null) {
            cluster.getOutputStream().close(); // SolrClusterMain shuts the cluster down
            if (!cluster.waitFor(60, TimeUnit.SECONDS)) cluster.destroyForcibly().waitFor();
        }
    }

    // ---------------------------------------------------------------- deadlines

    @ParameterizedTest
    @ValueSource(strings = {"", "--unit các thôn", "--level commune", "--from 2023-07-01 --to 2024-12-31",
        "--issuer Long Điền", "--level district --from 2024-01-01", "--unit Sở Văn hóa, Thể thao và Du lịch"})
    void deadlinesGiveTheSameJson(String filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("deadlines", "--format", "json", "--today", TODAY));
        if (!filters.isEmpty()) args.addAll(options(filters));
        Cli.Run a = run(args, "--index", index.toString());
        Cli.Run b = run(args, "--solr", zk, "--collection", "planex");
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(RecordJson.mapper().readTree(a.out()), RecordJson.mapper().readTree(b.out()), filters);
        if (filters.isEmpty()) {
            assertTrue(RecordJson.mapper().readTree(a.out()).toString().length() > 2000, "an agenda to compare: " + a.out());
        }
    }

    @Test
    void deadlinesTableAndCalendarAreTheSame() {
        for (String format : List.of("table", "csv")) {
            List<String> args = List.of("deadlines", "--format", format, "--today", TODAY);
            assertEquals(run(args, "--index", index.toString()).out(),
                    run(args, "--solr", zk, "--collection", "planex").out(), format);
        }
    }

    private static Cli.Run run(List<String> args, String... target) {
        List<String> all = new ArrayList<>(args.subList(0, 1));
        all.addAll(List.of(target));
        all.addAll(args.subList(1, args.size()));
        Cli.Run r = Cli.run(all.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    /** "--unit các thôn --level x" as arguments: the words after an option are its one value. */
    private static List<String> options(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder value = null;
        for (String w : line.split(" ")) {
            if (w.startsWith("--")) {
                if (value != null) out.add(value.toString());
                out.add(w);
                value = null;
            } else {
                value = value == null ? new StringBuilder(w) : value.append(' ').append(w);
            }
        }
        if (value != null) out.add(value.toString());
        return out;
    }

    // ---------------------------------------------------------------- serve

    static Stream<String> apiPaths() throws Exception {
        List<String> paths = new ArrayList<>(List.of(
                "/api/search?q=quang+ba+du+lich",
                "/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch&limit=50",
                "/api/search?q=57-KL%2FTW",
                "/api/search?q=57-KL%2FTW+du+l%E1%BB%8Bch",
                "/api/search?cites=57-KL%2FTW&facet=level,issuer",
                "/api/search?implements=57-KL%2FTW&limit=3",
                "/api/search?level=commune&facet=year,unit,type&facet-limit=3",
                "/api/search?facet=cites,issuer,level,year,unit,type,deadline_month&limit=100",
                "/api/search?from=2023-01-01&to=2023-12-31&type=KH",
                "/api/stats",
                "/api/stats?top=3",
                "/api/graph",
                "/api/deadlines",
                "/api/deadlines?unit=c%C3%A1c+th%C3%B4n&level=commune",
                "/api/directives/57-KL%2FTW",
                "/api/documents/0000",
                "/api/documents/not-an-id"));
        // every document, by id, and the generated corpus' directives
        JsonNode all = RecordJson.mapper().readTree(get(localBase() + "/api/search?facet=cites&facet-limit=5&limit=100").body());
        for (JsonNode h : all.get("hits")) paths.add("/api/documents/" + h.get("id").asText());
        for (JsonNode c : all.get("facets").get("cites")) {
            String s = URLEncoder.encode(c.get("value").asText(), StandardCharsets.UTF_8);
            paths.add("/api/search?q=" + s);
            paths.add("/api/directives/" + s.replace("%2F", "/"));
        }
        return paths.stream();
    }

    @ParameterizedTest
    @MethodSource("apiPaths")
    void serveOverSolrAnswersAsOverTheLocalIndex(String path) throws Exception {
        HttpResponse<String> a = get(localBase() + path);
        HttpResponse<String> b = get("http://127.0.0.1:" + solrApp.port() + path);
        assertEquals(a.statusCode(), b.statusCode(), path + ": " + b.body());
        JsonNode x = RecordJson.mapper().readTree(a.body());
        JsonNode y = RecordJson.mapper().readTree(b.body());
        if (path.startsWith("/api/search")) {
            assertSameSearch(x, y, path);
        } else if (path.startsWith("/api/directives")) {
            assertEquals(chainById(x), chainById(y), path);
        } else {
            assertEquals(x, y, path);
        }
        if (path.equals("/api/search?q=57-KL%2FTW")) {
            // the citation snippet of a symbol typed in the query text (issue 17)
            assertTrue(y.get("hits").get(0).get("snippets").toString().contains("<b>KL</b>/<b>TW</b>"), b.body());
        }
    }

    private static String localBase() {
        return "http://127.0.0.1:" + localApp.port();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The same search answer: hits tied in score (or, without text, in date) come in id order on Solr and in
     * indexing order locally (docs/solrcloud.md), so ties are compared in id order; scores to 1e-4 (relative).
     */
    static void assertSameSearch(JsonNode a, JsonNode b, String what) {
        assertEquals(a.get("total"), b.get("total"), what);
        assertEquals(a.get("shown"), b.get("shown"), what);
        assertEquals(a.get("facets"), b.get("facets"), what);
        List<JsonNode> x = tiesById(a.get("hits"));
        List<JsonNode> y = tiesById(b.get("hits"));
        assertEquals(x.size(), y.size(), what);
        for (int i = 0; i < x.size(); i++) {
            double s = x.get(i).get("score").asDouble();
            assertEquals(s, y.get(i).get("score").asDouble(), 1e-4 * Math.max(1, Math.abs(s)), what + " hit " + i);
            assertEquals(withoutScore(x.get(i)), withoutScore(y.get(i)), what + " hit " + i);
        }
    }

    private static JsonNode withoutScore(JsonNode hit) {
        ObjectNode o = ((ObjectNode) hit).deepCopy();
        o.remove("score");
        return o;
    }

    private static List<JsonNode> tiesById(JsonNode hits) {
        List<JsonNode> out = new ArrayList<>();
        hits.forEach(out::add);
        int i = 0;
        while (i < out.size()) {
            int j = i + 1;
            while (j < out.size() && tied(out.get(i), out.get(j))) j++;
            out.subList(i, j).sort(Comparator.comparing(h -> h.get("id").asText()));
            i = j;
        }
        return out;
    }

    private static boolean tied(JsonNode a, JsonNode b) {
        double s = a.get("score").asDouble();
        return Math.abs(s - b.get("score").asDouble()) <= 1e-4 * Math.max(1, Math.abs(s))
                && (s != 0 || a.get("date").equals(b.get("date")));
    }

    /** A directive report with its chain in (depth, id) order: links of one depth tie in date like hits. */
    private static JsonNode chainById(JsonNode report) {
        if (!report.has("chain")) return report;
        ObjectNode o = ((ObjectNode) report).deepCopy();
        List<JsonNode> links = new ArrayList<>();
        o.get("chain").forEach(links::add);
        links.sort(Comparator.comparing((JsonNode l) -> l.get("depth").asInt()).thenComparing(l -> l.get("id").asText()));
        ArrayNode sorted = o.putArray("chain");
        links.forEach(sorted::add);
        return o;
    }

    // ---------------------------------------------------------------- ingest --from-json

    @Test
    void recordsFromJsonGoIntoSolrAsIntoTheLocalIndex() throws Exception {
        Path records = tmp.resolve("records");
        List<String> extract = new ArrayList<>(List.of("extract", "--out", records.toString()));
        try (Stream<Path> files = Files.walk(tmp.resolve("corpus").resolve("docs"))) {
            files.filter(Files::isRegularFile).sorted().limit(15).forEach(f -> extract.add(f.toString()));
        }
        extract.add(SAMPLES.resolve("ke-hoach-ubnd-xa-an-thinh.txt").toString());
        Cli.Run x = Cli.run(extract.toArray(new String[0]));
        assertEquals(0, x.exitCode(), x.err());
        Cli.Run init = Cli.run("solr", "init", "--zk", zk, "--collection", "records", "--shards", "2", "--replicas", "1");
        assertEquals(0, init.exitCode(), init.err());
        Path localIndex = tmp.resolve("records-index");
        List<String> solrTarget = List.of("--solr", zk, "--collection", "records", "--state",
                tmp.resolve("records-state").toString());

        Cli.Run local = fromJson(List.of("--index", localIndex.toString()), records);
        Cli.Run remote = fromJson(solrTarget, records);
        assertTrue(local.err().contains("16 indexed"), local.err());
        assertTrue(remote.err().contains("16 indexed"), remote.err());
        Cli.Run again = fromJson(solrTarget, records);
        assertTrue(again.err().contains("16 unchanged"), "the state beside the run: " + again.err());

        String cited = RecordJson.mapper().readTree(run(List.of("stats", "--json"), "--index", localIndex.toString())
                .out()).get("directives").get(0).get("value").asText();
        for (List<String> q : List.of(List.of("stats", "--json"), List.of("graph"),
                List.of("search", "--json", "--cites", cited), List.of("search", "--json", "--level", "commune",
                        "--facet", "year,unit,issuer"), List.of("deadlines", "--format", "json", "--today", TODAY))) {
            JsonNode a = RecordJson.mapper().readTree(run(q, "--index", localIndex.toString()).out());
            JsonNode b = RecordJson.mapper().readTree(run(q, "--solr", zk, "--collection", "records").out());
            if (q.get(0).equals("search")) {
                assertSameSearch(a, b, q.toString());
                assertTrue(a.get("total").asLong() > 0, q + " finds something");
            } else {
                assertEquals(a, b, q.toString());
            }
        }
        assertFalse(run(List.of("show", "ke-hoach-ubnd-xa-an-thinh.txt"), "--solr", zk, "--collection",
                "records").out().isBlank());
    }

    private static Cli.Run fromJson(List<String> target, Path records) {
        List<String> args = new ArrayList<>(List.of("ingest", "--from-json", "--progress", "none"));
        args.addAll(target);
        args.add(records.toString());
        Cli.Run run = Cli.run(args.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }
}
