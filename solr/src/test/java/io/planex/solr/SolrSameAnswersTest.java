package io.planex.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.batch.Status;
import io.planex.batch.Summary;
import io.planex.index.CitationGraph;
import io.planex.index.FacetCount;
import io.planex.index.IndexStats;
import io.planex.index.IssuerLevel;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchHit;
import io.planex.index.SearchRequest;
import io.planex.index.SearchResult;
import io.planex.index.StoredDocument;
import io.planex.index.deadline.DeadlineAgenda;
import io.planex.index.deadline.DeadlineFilter;
import io.planex.index.deadline.DeadlineFormats;
import io.planex.index.directive.DirectiveReports;
import io.planex.testkit.corpus.CorpusWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples and a generated corpus of 250 plans ingested into the local index and into a 2-node SolrCloud
 * collection of 2 shards x 2 replicas: every search gives the same hits (ties in score taken in id order), totals,
 * facet counts and snippets; show, graph and stats give the same answers.
 */
class SolrSameAnswersTest {
    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static SolrConnection solr;
    static PlanSearcher local;
    static SolrSearcher remote;
    static Summary localSummary;
    static Summary solrSummary;

    @BeforeAll
    static void ingestBoth() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusWriter.write(corpus, 250, 17L, new CorpusWriter.Mix(6, 1, 1, 0), 2);
        List<Path> roots = List.of(samples(), corpus.resolve("docs"));
        cluster = SolrCluster.start(dir);
        solr = SolrConnection.open(SolrTarget.zk(SolrCluster.zk(cluster), "planex"));
        SolrCollections.init(solr, "planex", 2, 2, SolrCluster.QUIET);
        localSummary = SolrCluster.ingestLocal(dir.resolve("index"), roots);
        solrSummary = SolrCluster.ingestSolr(solr, dir.resolve("state"), roots,
                SolrCluster.options(dir.resolve("state")));
        local = PlanSearcher.open(dir.resolve("index"));
        remote = new SolrSearcher(solr, false);
    }

    static Path samples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
        return p.resolve("samples");
    }

    @AfterAll
    static void stop() throws Exception {
        if (local != null) local.close();
        if (solr != null) solr.close();
        if (cluster != null) cluster.shutdown();
    }

    @Test
    void bothIngestsReadTheSameFiles() throws IOException {
        for (Status st : Status.values()) assertEquals(localSummary.count(st), solrSummary.count(st), st.toString());
        assertEquals(localSummary.pagesRead(), solrSummary.pagesRead());
        assertTrue(local.documentCount() > 240, "documents: " + local.documentCount());
        assertEquals(local.documentCount(), remote.documentCount());
    }

    static Stream<SearchRequest> requests() throws IOException {
        List<SearchRequest.Builder> b = new ArrayList<>();
        // the local search tests' queries
        for (String q : List.of("kết luận", "ket luan", "dang uy", "hoa phong", "Hòa Phong", "Hoà Phong", "hòa phong",
                "du lịch", "du lich", "quảng bá du lịch", "\"quảng bá du lịch\"", "\"quang ba du lich\"",
                "quảng bá (du lịch", "nhãn", "nhan", "nhãn lồng", "nhan long", "\"")) {
            b.add(SearchRequest.builder().query(q));
        }
        b.add(SearchRequest.builder().query("\"hoa phong\"").type("KL"));
        // a symbol typed in the text: its citing and bearing documents first, with the citation snippet
        b.add(SearchRequest.builder().query("57-KL/TW"));
        b.add(SearchRequest.builder().query("57-KL/TW du lịch"));
        b.add(SearchRequest.builder().cites("57-KL/TW"));
        b.add(SearchRequest.builder().cites("57 - kl/tw").facets(List.of("level", "cites")));
        b.add(SearchRequest.builder().cites("9/2017/QH14"));
        b.add(SearchRequest.builder().implementsSymbol("57-KL/TW"));
        b.add(SearchRequest.builder().issuer("Hưng Yên"));
        b.add(SearchRequest.builder().issuer("hoa phong"));
        b.add(SearchRequest.builder().unit("phong noi vu").facets(List.of("unit")));
        b.add(SearchRequest.builder().unit("Sở Văn hóa, Thể thao và Du lịch"));
        b.add(SearchRequest.builder().unit("Ban Tuyên giáo Tỉnh ủy").query("tuyên truyền"));
        b.add(SearchRequest.builder().level(IssuerLevel.COMMUNE).facets(List.of("issuer", "year")));
        b.add(SearchRequest.builder().level(IssuerLevel.PROVINCE).query("chuyen doi so"));
        b.add(SearchRequest.builder().type("KH").year(2022));
        b.add(SearchRequest.builder().type("kh").query("an toàn giao thông"));
        b.add(SearchRequest.builder().from(LocalDate.parse("2023-01-01")).to(LocalDate.parse("2023-12-31")));
        b.add(SearchRequest.builder().deadlineAfter(LocalDate.parse("2023-12-16")).facets(List.of("deadline_month")));
        b.add(SearchRequest.builder().deadlineBefore(LocalDate.parse("2023-12-15")).query("bao cao"));
        // the generated corpus' own words
        for (String q : List.of("chuyển đổi số", "chuyen doi so", "\"phát triển du lịch cộng đồng\"",
                "phong chong tham nhung", "văn hóa đọc", "nong thon moi", "thiên tai OR thien tai",
                "kiểm tra +giám sát", "an toàn -giao", "kinh tế tập thể", "tuyen truyen sau rong", "hop tac*")) {
            b.add(SearchRequest.builder().query(q));
        }
        b.add(SearchRequest.builder().query("du lịch").facets(List.of("cites", "level", "year", "type", "issuer",
                "unit", "deadline_month")).facetLimit(5));
        b.add(SearchRequest.builder().facets(List.of("cites", "level", "year", "type", "issuer", "unit",
                "deadline_month")).facetLimit(1000));
        // the most cited directives of the corpus, by citation and by implementation
        for (FacetCount d : local.stats(6).directives()) {
            b.add(SearchRequest.builder().cites(d.value()).facets(List.of("issuer", "level")));
            b.add(SearchRequest.builder().implementsSymbol(d.value()).query("kế hoạch"));
            b.add(SearchRequest.builder().query(d.value()));
        }
        return b.stream().map(x -> x.limit(400).build());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void searchGivesTheSameAnswer(SearchRequest request) throws IOException {
        SearchResult a = local.search(request);
        SearchResult b = remote.search(request);
        String what = "request " + request;
        assertEquals(a.total(), b.total(), what);
        assertEquals(a.facets(), b.facets(), what);
        assertEquals(a.hits().size(), b.hits().size(), what);
        List<SearchHit> x = tiesById(a.hits());
        List<SearchHit> y = tiesById(b.hits());
        for (int i = 0; i < x.size(); i++) {
            SearchHit h = x.get(i);
            SearchHit k = y.get(i);
            assertEquals(h.id(), k.id(), what + " hit " + i);
            assertEquals(h.score(), k.score(), 1e-4f * Math.max(1f, Math.abs(h.score())), what + " hit " + i);
            assertEquals(shown(h), shown(k), what + " hit " + i);
        }
    }

    /** What a hit shows, score aside. */
    private static List<Object> shown(SearchHit h) {
        return java.util.Arrays.asList(h.file(), h.symbol(), h.title(), h.issuer(), h.date(), h.snippets(), h.paths());
    }

    @Test
    void theRequestsFindSomething() throws IOException {
        long empty = requests().filter(r -> {
            try {
                return local.search(r).total() == 0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertTrue(empty < requests().count() / 3, empty + " requests found nothing: the comparison would be idle");
    }

    /**
     * Tied hits in id order: equal scores (to float rounding) for a text query; equal dates for a newest-first
     * list (scores all 0). The local index breaks ties by its internal document order, which no other index has.
     */
    static List<SearchHit> tiesById(List<SearchHit> hits) {
        List<SearchHit> out = new ArrayList<>(hits);
        int i = 0;
        while (i < out.size()) {
            int j = i + 1;
            while (j < out.size() && tied(out.get(i), out.get(j))) j++;
            out.subList(i, j).sort(Comparator.comparing(SearchHit::id));
            i = j;
        }
        return out;
    }

    private static boolean tied(SearchHit a, SearchHit b) {
        float eps = 1e-4f * Math.max(1f, Math.abs(a.score()));
        return Math.abs(a.score() - b.score()) <= eps
                && (a.score() != 0f || java.util.Objects.equals(a.date(), b.date()));
    }

    /** The planex jar carries no Jetty (the web app's is 12, SolrJ's 10): the Solr client must not need one. */
    @Test
    void searchesWithoutJettyOnTheClassPath() throws Exception {
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("jetty") && !e.contains("tcnative") && !e.contains("epoll"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, NoJettyProbe.class.getName(), SolrCluster.zk(cluster), "planex", "du lịch")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\n");
        assertEquals(Long.toString(local.search(SearchRequest.builder().query("du lịch").build()).total()),
                lines[lines.length - 1], out);
    }

    static Stream<DeadlineFilter> deadlineFilters() {
        LocalDate from = LocalDate.parse("2023-07-01");
        LocalDate to = LocalDate.parse("2024-12-31");
        int all = DeadlineFilter.DEFAULT_MAX_DOCUMENTS;
        return Stream.of(new DeadlineFilter(null, null, null, null, null, all),
                new DeadlineFilter("các thôn", null, IssuerLevel.COMMUNE, null, null, all),
                new DeadlineFilter("phong noi vu", null, null, from, to, all),
                new DeadlineFilter(null, "Hưng Yên", null, null, null, all),
                new DeadlineFilter(null, null, IssuerLevel.DISTRICT, from, null, all));
    }

    @ParameterizedTest
    @MethodSource("deadlineFilters")
    void deadlinesAreTheSame(DeadlineFilter filter) throws IOException {
        LocalDate today = LocalDate.parse("2024-07-01");
        DeadlineAgenda.Result a = local.deadlines(filter);
        DeadlineAgenda.Result b = remote.deadlines(filter);
        assertEquals(DeadlineFormats.json(a, today), DeadlineFormats.json(b, today), filter.toString());
        assertEquals(a.documentsMatched(), b.documentsMatched());
    }

    @Test
    void theAgendaFindsDeadlines() throws IOException {
        assertTrue(local.deadlines(deadlineFilters().findFirst().orElseThrow()).items().size() > 100);
    }

    @Test
    void directiveReportsAreTheSame() throws IOException {
        for (FacetCount d : local.stats(5).directives()) {
            for (String symbol : List.of(d.value(), "57-KL/TW")) {
                var a = new DirectiveReports().report(local, symbol, 50).orElseThrow();
                var b = new DirectiveReports().report(remote, symbol, 50).orElseThrow();
                assertEquals(a.own(), b.own(), symbol);
                assertEquals(java.util.Arrays.asList(a.symbol(), a.level(), a.citedBy(), a.implementedBy(), a.byLevel(),
                        a.byYear(), a.truncated()), java.util.Arrays.asList(b.symbol(), b.level(), b.citedBy(),
                        b.implementedBy(), b.byLevel(), b.byYear(), b.truncated()), symbol);
                assertEquals(a.chain().size(), b.chain().size(), symbol);
            }
        }
    }

    @Test
    void statsAreTheSame() throws IOException {
        IndexStats a = local.stats(10);
        IndexStats b = remote.stats(10);
        assertEquals(a, b);
        assertFalse(a.deadlinesByMonth().isEmpty());
    }

    @Test
    void graphIsTheSame() throws IOException {
        CitationGraph a = local.graph();
        CitationGraph b = remote.graph();
        assertEquals(a.nodes(), b.nodes());
        assertEquals(a.edges(), b.edges());
        assertTrue(a.edges().size() > 300);
    }

    @Test
    void showFindsTheSameDocuments() throws IOException {
        SearchResult some = local.search(SearchRequest.builder().query("du lịch").limit(3).build());
        List<String> refs = new ArrayList<>(List.of("ke-hoach-ubnd-xa-an-thinh.txt", "nothing-by-that-name.pdf",
                samples().resolve("cong-van-so-van-hoa.txt").toString()));
        for (SearchHit h : some.hits()) {
            refs.add(h.id());
            refs.add(h.id().substring(0, 6));
            refs.add(h.file());
        }
        for (String ref : refs) {
            // The local index also keeps where each page starts (for serve's page numbers); Solr keeps no page map.
            UnaryOperator<List<StoredDocument>> byId = l -> l.stream()
                    .map(d -> new StoredDocument(d.id(), d.paths(), d.record(), d.text()))
                    .sorted(Comparator.comparing(StoredDocument::id)).toList();
            assertEquals(byId.apply(local.find(ref)), byId.apply(remote.find(ref)), ref);
        }
    }
}
