package io.planex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planex.extract.json.RecordJson;
import io.planex.index.IndexFields;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchRequest;
import io.planex.index.ingestrun.LastIngest;
import io.planex.index.json.IndexJson;
import io.planex.index.live.LiveIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API and the server's safety rules, over HTTP, on an index of the samples. */
class WebApiTest {
    @TempDir
    static Path tmp;
    static Path indexDir;
    static LiveIndex index;
    static Javalin app;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        indexDir = tmp.resolve("index");
        SampleIndex.build(indexDir);
        index = LiveIndex.open(indexDir, Duration.ZERO);
        app = WebApp.create(index, WebConfig.defaults()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        index.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return RecordJson.mapper().readTree(r.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "q=quang+ba+du+lich&facet=level,year                  | quang ba du lich | ",
        "cites=57-KL%2FTW&facet=level,issuer&limit=5           |                  | 57-KL/TW",
    })
    void searchAnswersWithTheSearchersJson(String query, String text, String cites) throws Exception {
        HttpResponse<String> r = get("/api/search?" + query.strip());
        assertEquals(200, r.statusCode(), r.body());
        SearchRequest req = SearchRequest.builder().query(text == null ? null : text.strip())
                .cites(cites == null ? null : cites.strip()).limit(query.contains("limit=5") ? 5 : 10)
                .facets(query.contains("issuer") ? List.of("level", "issuer") : List.of("level", "year")).build();
        String expected;
        try (PlanSearcher s = PlanSearcher.open(indexDir)) {
            expected = IndexJson.searchResult(s.search(req));
        }
        assertEquals(RecordJson.mapper().readTree(expected), json(r));
        assertTrue(json(r).get("total").asLong() >= 1, r.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/search?level=galaxy                 | 400 | unknown level",
        "/api/search?limit=0                      | 400 | positive",
        "/api/search?limit=100000                 | 400 | at most",
        "/api/search?from=yesterday               | 400 | ISO date",
        "/api/search?cites=hello                  | 400 | not a document symbol",
        "/api/search?facet=colour                 | 400 | unknown facet",
        "/api/documents/zzzz                      | 404 | id",
        "/api/documents/0000000000                | 404 | no document",
        "/api/nothing-here                        | 404 | no such page",
        "/api/deadlines?format=pdf                | 400 | format",
        "/api/deadlines?from=2024-01-02&to=2023-01-01 | 400 | after",
    })
    void errorsAreJsonWithAStatus(String path, int status, String message) throws Exception {
        HttpResponse<String> r = get(path.strip());
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json(r).get("error");
        assertEquals(status, e.get("status").asInt());
        assertTrue(e.get("message").asText().contains(message.strip()), e.toString());
    }

    @Test
    void queriesAreBounded() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + "a".repeat(600));
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("error").get("message").asText().contains("500"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/stats", "/overview", "/deadlines", "/api/nothing", "/assets/planex.css")) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline") && !csp.contains("script-src"),
                    path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
    }

    @Test
    void pagesCarryNoScriptAndNoThirdPartyAsset() throws Exception {
        for (String path : List.of("/", "/?q=du+lich", "/overview", "/deadlines", "/directives/57-KL/TW")) {
            String body = get(path).body();
            assertFalse(body.contains("<script"), path);
            assertFalse(body.matches("(?s).*(src|href)=\"(https?:)?//.*"), path);
        }
    }

    @Test
    void documentRecordTextAndOriginal() throws Exception {
        JsonNode hits = json(get("/api/search?cites=57-KL%2FTW&limit=20")).get("hits");
        String id = hits.get(0).get("id").asText();
        JsonNode record = json(get("/api/documents/" + id));
        assertEquals(id, record.get("source").get("sha256").asText());
        assertEquals(id, json(get("/api/documents/" + id.substring(0, 8))).get("source").get("sha256").asText());
        String text = get("/api/documents/" + id + "/text").body();
        JsonNode m = record.get("citations").get(0).get("mentions").get(0);
        assertEquals(m.get("text").asText().replaceAll("\\s+", " "),
                text.substring(m.get("start").asInt(), m.get("end").asInt()).replaceAll("\\s+", " "));

        HttpResponse<byte[]> original = http.send(HttpRequest.newBuilder(URI.create(base + "/documents/" + id + "/original"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, original.statusCode());
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        byte[] onDisk = Files.readAllBytes(Path.of(record.get("source").get("path").asText()));
        assertTrue(java.util.Arrays.equals(onDisk, original.body()));
        // Only full ids; no path can be named.
        assertEquals(404, get("/documents/" + id.substring(0, 8) + "/original").statusCode());
        assertEquals(404, get("/documents/..%2F..%2Fetc%2Fpasswd/original").statusCode());
    }

    @Test
    void directiveGraphStatsAndOpenApi() throws Exception {
        JsonNode d = json(get("/api/directives/57-KL/TW"));
        assertEquals("57-KL/TW", d.get("symbol").asText());
        assertTrue(d.get("citedBy").asLong() >= 1);
        assertTrue(d.get("document").isNull(), "57-KL/TW has no record of its own in the samples");
        assertEquals(d.get("citedBy").asLong(), sum(d.get("byLevel")) + unlevelled(d), d.toString());
        JsonNode graph = json(get("/api/graph"));
        assertTrue(graph.get("nodes").size() > 0 && graph.get("edges").size() > 0);
        JsonNode stats = json(get("/api/stats"));
        assertTrue(stats.get("documents").asLong() >= 4, stats.toString()); // 4 samples (+1 if the reload test ran)
        JsonNode api = json(get("/api/openapi.json"));
        for (String p : List.of("/api/search", "/api/documents/{id}", "/api/directives/{symbol}", "/api/graph",
                "/api/stats", "/api/deadlines", "/api/ingest/last")) {
            assertNotNull(api.get("paths").get(p), p);
        }
    }

    private static long sum(JsonNode counts) {
        long n = 0;
        for (JsonNode c : counts) n += c.get("count").asLong();
        return n;
    }

    private static long unlevelled(JsonNode d) {
        long n = 0;
        for (JsonNode l : d.get("chain")) if (l.get("depth").asInt() == 1 && l.get("level").isNull()) n++;
        return n;
    }

    @Test
    void deadlinesJsonCsvAndIcs() throws Exception {
        JsonNode all = json(get("/api/deadlines"));
        assertTrue(all.get("total").asInt() >= 8, all.toString());
        JsonNode some = json(get("/api/deadlines?unit=cac+thon"));
        assertEquals(1, some.get("total").asInt(), some.toString());
        assertEquals("2023-06-30", some.get("deadlines").get(0).get("due").asText());
        assertTrue(some.get("deadlines").get(0).get("overdue").asBoolean());
        HttpResponse<String> csv = get("/api/deadlines?format=csv&level=commune");
        assertTrue(csv.body().startsWith("due,overdue,"), csv.body());
        HttpResponse<String> ics = get("/deadlines.ics");
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void seesWhatAnIngestCommitsWithoutARestart() throws Exception {
        long before = json(get("/api/stats")).get("documents").asLong();
        Path extra = tmp.resolve("ke-hoach-them.txt");
        Files.writeString(extra, "ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 99/KH-UBND\n\nKẾ HOẠCH\nThực hiện Kết luận số "
                + "57-KL/TW của Bộ Chính trị về chuyển đổi số\n\nGiao Văn phòng UBND xã báo cáo trước ngày 15/12/2024.\n",
                StandardCharsets.UTF_8);
        SampleIndex.add(indexDir, extra);
        assertEquals(before + 1, json(get("/api/stats")).get("documents").asLong());
        assertEquals(1, json(get("/api/search?q=binh+an")).get("total").asLong());
    }

    @Test
    void lastIngestIsShownEscapedAndItsAbsenceSaidPlainly() throws Exception {
        Path file = indexDir.resolve(LastIngest.FILE_NAME);
        Files.deleteIfExists(file);
        HttpResponse<String> none = get("/api/ingest/last");
        assertEquals(404, none.statusCode());
        assertEquals("no ingest recorded for this index", json(none).get("error").get("message").asText());
        String page = get("/overview?lang=en").body();
        assertTrue(page.contains("<p id=\"no-ingest\" class=\"muted\">No ingest (planex ingest) recorded"), page);

        String hostile = "/in/<script>alert(1)</script>&\"x\".pdf";
        LastIngest run = new LastIngest(Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:05:05Z"),
                false, Map.of("ok", 12L, "failed", 103L, "needs-ocr", 1L), 40,
                List.of(new LastIngest.Problem(hostile, "corrupt", "bad <xref> table"),
                        new LastIngest.Problem("/in/khóa.pdf", "encrypted", null)),
                101, List.of(new LastIngest.Problem("/in/bản-quét.pdf", "needs-ocr", "no text layer")), 0);
        run.write(indexDir);
        try {
            HttpResponse<String> r = get("/api/ingest/last");
            assertEquals(200, r.statusCode());
            assertEquals(RecordJson.mapper().readTree(run.toJson()), json(r));
            assertEquals(hostile, json(r).get("failed").get(0).get("path").asText());
            JsonNode documented = json(get("/api/openapi.json")).get("components").get("schemas").get("LastIngest")
                    .get("properties");
            json(r).fieldNames().forEachRemaining(n -> assertNotNull(documented.get(n), "documented: " + n));

            page = get("/overview").body();
            assertFalse(page.contains("<script>"), "the file's path is escaped");
            assertTrue(page.contains("/in/&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;x&quot;.pdf"), page);
            assertTrue(page.contains("bad &lt;xref&gt; table"));
            assertTrue(page.contains("/in/khóa.pdf") && page.contains("/in/bản-quét.pdf"));
            assertTrue(page.contains("data-status=\"failed\" data-count=\"103\""));
            assertTrue(page.contains("… và 101 tệp khác"), "the files not listed are counted");
            assertFalse(page.contains("no-ingest"));

            Files.writeString(file, "{\"version\":1,\"started\":\"yesterday\"}");
            assertTrue(get("/overview").body().contains("Không đọc được bản tóm tắt lần nạp gần nhất"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void indexFieldsStayTheCliOnes() {
        assertTrue(SearchPage.FACETS.containsAll(IndexFields.FACETS));
    }
}
