package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planex.extract.json.RecordJson;
import io.planex.index.live.LiveIndex;
import io.planex.web.WebApp;
import io.planex.web.WebConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * planex serve's API answers with exactly the command line's JSON, on an index built by {@code planex ingest};
 * the serve command's address and token rules.
 */
class ServeCommandTest {
    static final Path SAMPLES = Path.of("..", "samples");
    static final String TODAY = "2024-07-01";

    @TempDir
    static Path tmp;
    static Path index;
    static LiveIndex live;
    static Javalin app;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        index = tmp.resolve("index");
        // The text-layer samples (the scanned PDF holds the same text and would only add OCR time).
        Cli.Run ingest = Cli.run("ingest", "--index", index.toString(), "--threads", "1",
                SAMPLES.resolve("ke-hoach-ubnd-xa-an-thinh.txt").toString(),
                SAMPLES.resolve("cong-van-so-van-hoa.txt").toString(),
                SAMPLES.resolve("ke-hoach-dang-uy-phuong-hoa-loc.docx").toString(),
                SAMPLES.resolve("quyet-dinh-ubnd-huyen-long-dien.pdf").toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        live = LiveIndex.open(index, Duration.ofSeconds(1));
        Clock clock = Clock.fixed(Instant.parse(TODAY + "T09:00:00Z"), ZoneOffset.UTC);
        app = WebApp.create(live, new WebConfig(null, Duration.ofSeconds(1), clock)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.stop();
        if (live != null) live.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode tree(String json) throws Exception {
        return RecordJson.mapper().readTree(json);
    }

    /** CLI arguments (after --index) | the same question as API query parameters. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "search --json quang ba du lich                          | /api/search?q=quang+ba+du+lich",
        "search --json --cites 57-KL/TW --facet level,issuer     | /api/search?cites=57-KL%2FTW&facet=level,issuer",
        "search --json --implements 147/QĐ-TTg --limit 3         | /api/search?implements=147%2FQ%C4%90-TTg&limit=3",
        "search --json --level commune --facet year,unit,type --facet-limit 3 | /api/search?level=commune&facet=year,unit,type&facet-limit=3",
        "search --json --issuer Long Điền --deadline-before 2023-12-15 | /api/search?issuer=Long+%C4%90i%E1%BB%81n&deadline-before=2023-12-15",
        "search --json --from 2023-01-01 --to 2023-12-31 --type KH | /api/search?from=2023-01-01&to=2023-12-31&type=KH",
        "stats --json                                            | /api/stats",
        "stats --json --top 3                                    | /api/stats?top=3",
        "graph                                                   | /api/graph",
        "deadlines --format json --today 2024-07-01              | /api/deadlines",
        "deadlines --format json --today 2024-07-01 --unit các thôn --level commune | /api/deadlines?unit=c%C3%A1c+th%C3%B4n&level=commune",
        "deadlines --format json --today 2024-07-01 --from 2023-07-01 --to 2024-12-31 | /api/deadlines?from=2023-07-01&to=2024-12-31",
    })
    void apiAnswersWithTheCommandLinesJson(String cli, String api) throws Exception {
        String[] words = cli.strip().split(" ");
        // Multi-word values: the words after an option up to the next option are one value (as a shell would quote).
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(words[0], "--index", index.toString()));
        StringBuilder value = null;
        for (int i = 1; i < words.length; i++) {
            if (words[i].startsWith("--")) {
                if (value != null) args.add(value.toString());
                value = null;
                args.add(words[i]);
                if (i + 1 < words.length && !words[i + 1].startsWith("--") && !words[i].equals("--json")) {
                    value = new StringBuilder(words[++i]);
                }
            } else if (value != null) {
                value.append(' ').append(words[i]);
            } else {
                value = new StringBuilder(words[i]);
            }
        }
        if (value != null) args.add(value.toString());
        Cli.Run run = Cli.run(args.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        HttpResponse<String> r = get(api.strip());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(tree(run.out()), tree(r.body()), "planex " + args);
    }

    @Test
    void documentIsTheRecordShowPrints() throws Exception {
        JsonNode hit = tree(get("/api/search?cites=57-KL%2FTW").body()).get("hits").get(0);
        String id = hit.get("id").asText();
        Cli.Run show = Cli.run("show", "--index", index.toString(), id);
        assertEquals(0, show.exitCode(), show.err());
        assertEquals(tree(show.out()), tree(get("/api/documents/" + id).body()));
        Cli.Run text = Cli.run("show", "--index", index.toString(), "--text", id);
        assertEquals(text.out().strip(), get("/api/documents/" + id + "/text").body().strip());
    }

    @Test
    void deadlinesPrintsCsvIcsAndATable() {
        Cli.Run csv = Cli.run("deadlines", "--index", index.toString(), "--format", "csv", "--level", "commune");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.out().split("\r\n");
        assertTrue(lines[0].startsWith("due,overdue,recurrence,action,units"), lines[0]);
        assertTrue(lines.length >= 5, csv.out());
        Cli.Run ics = Cli.run("deadlines", "--index", index.toString(), "--format", "ics");
        assertTrue(ics.out().startsWith("BEGIN:VCALENDAR\r\n") && ics.out().contains("RRULE:FREQ=MONTHLY;INTERVAL=3"),
                ics.out());
        Cli.Run table = Cli.run("deadlines", "--index", index.toString(), "--today", TODAY);
        assertTrue(table.out().contains("OVERDUE") && table.out().contains("2025-12"), table.out());
        Cli.Run bad = Cli.run("deadlines", "--index", index.toString(), "--level", "galaxy");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown level"), bad.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bind 0.0.0.0                            | --token-file FILE",
        "--bind 0.0.0.0 --no-auth --token-file TOK | exclude each other",
        "--port 70000                              | --port",
        "--bind no-such-host.invalid               | unknown address",
    })
    void serveRefusesUnsafeOrBadAddresses(String options, String message) throws Exception {
        Path tok = tmp.resolve("token");
        Files.writeString(tok, "0123456789abcdef0123");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--index", index.toString()));
        for (String o : options.strip().split(" ")) args.add(o.equals("TOK") ? tok.toString() : o);
        Cli.Run run = Cli.run(args.toArray(new String[0]));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(message.strip()), run.err());
    }

    @Test
    void serveWithATokenAnswersOnlyWithIt() throws Exception {
        Path tok = tmp.resolve("token2");
        Files.writeString(tok, "s3cret-token-0123456789\n");
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread server = new Thread(() -> {
            var cl = PlanexCli.newCommandLine();
            cl.setErr(new PrintWriter(err, true));
            code.set(cl.execute("serve", "--index", index.toString(), "--port", "0", "--token-file", tok.toString()));
        });
        server.start();
        Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        Matcher m = url.matcher("");
        for (int i = 0; i < 300 && !(m = url.matcher(err.toString())).find(); i++) Thread.sleep(50);
        assertTrue(m.find(0), "serve did not start: " + err);
        String root = "http://127.0.0.1:" + m.group(1);
        try {
            assertEquals(401, get(root + "/api/stats").statusCode());
            assertEquals(401, get(root + "/api/stats", "Authorization", "Bearer wrong-token-000000000").statusCode());
            assertEquals(200, get(root + "/api/stats", "Authorization", "Bearer s3cret-token-0123456789").statusCode());
            assertEquals(200, get(root + "/api/stats", "Cookie", "planex_token=s3cret-token-0123456789").statusCode());
            HttpResponse<String> page = get(root + "/");
            assertEquals(401, page.statusCode());
            assertTrue(page.body().contains("name=\"token\""), "a login form");
            assertEquals(200, get(root + "/assets/planex.css").statusCode());
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertEquals(0, code.get(), err.toString());
    }
}
