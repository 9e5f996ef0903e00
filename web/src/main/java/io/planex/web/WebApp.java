package io.planex.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.planex.extract.json.RecordJson;
import io.planex.index.IssuerLevel;
import io.planex.index.IssuerLevels;
import io.planex.index.SearchRequest;
import io.planex.index.SearchResult;
import io.planex.index.StoredDocument;
import io.planex.index.deadline.DeadlineAgenda;
import io.planex.index.deadline.DeadlineCalendar;
import io.planex.index.deadline.DeadlineFilter;
import io.planex.index.deadline.DeadlineFormats;
import io.planex.index.directive.DirectiveJson;
import io.planex.index.directive.DirectiveReport;
import io.planex.index.directive.DirectiveReports;
import io.planex.index.ingestrun.LastIngest;
import io.planex.index.json.IndexJson;
import io.planex.index.live.SearchSource;
import io.planex.index.live.SearchView;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code planex serve}: the analysts' web app and the JSON API over an index (local, or a SolrCloud collection:
 * any {@link SearchSource}), read-only. Pages are rendered
 * on the server with no script at all (the Content-Security-Policy forbids scripts), every page's state is in
 * its URL, and every piece of document text is escaped. The API answers with the command line's JSON contracts.
 */
public final class WebApp {
    /** Content-Security-Policy: nothing but this server's own stylesheet; no script, no frames, no plugins. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    private static final String FAILED = "planex.failed";
    private static final String STARTED = "planex.started";
    private static final String STARTED_CPU = "planex.started.cpu";
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-fA-F]{4,64}");
    private static final int DIRECTIVE_CHAIN_LIMIT = 120;
    private static final int API_DIRECTIVE_CHAIN_LIMIT = 1000;

    private final SearchSource index;
    private final WebConfig config;
    private final Auth auth;
    private final Map<String, Asset> assets;
    private final String openApi;

    private record Asset(byte[] bytes, String contentType) {}

    private WebApp(SearchSource index, WebConfig config) {
        this.index = index;
        this.config = config;
        this.auth = config.token() == null ? null : new Auth(config.token());
        this.assets = Map.of("planex.css", asset("planex.css", "text/css; charset=utf-8"));
        this.openApi = new String(asset("openapi.json", "application/json").bytes(), StandardCharsets.UTF_8);
    }

    /** The app over {@code index}; start it with {@link Javalin#start(String, int)}, stop it before closing the index. */
    public static Javalin create(SearchSource index, WebConfig config) {
        return new WebApp(index, config).javalin();
    }

    private Javalin javalin() {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 16 * 1024; // only the login form posts anything
            cfg.http.generateEtags = false;
            var r = cfg.routes;
            r.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                ctx.attribute(STARTED_CPU, THREADS.getCurrentThreadCpuTime());
            });
            r.before(this::securityHeaders);
            r.before(this::authenticate);
            r.get("/assets/{name}", this::asset);
            r.get("/login", ctx -> html(ctx, LoginPage.render(context(ctx), null)));
            r.post("/login", this::login);
            r.get("/", this::searchPage);
            r.get("/documents/{id}", this::documentPage);
            r.get("/documents/{id}/original", this::original);
            r.get("/directives/<symbol>", this::directivePage);
            r.get("/deadlines", this::deadlinesPage);
            r.get("/deadlines.ics", this::deadlinesIcs);
            r.get("/overview", this::overviewPage);
            r.get("/api/search", this::apiSearch);
            r.get("/api/documents/{id}", this::apiDocument);
            r.get("/api/documents/{id}/text", this::apiDocumentText);
            r.get("/api/directives/<symbol>", this::apiDirective);
            r.get("/api/graph", ctx -> json(ctx, index.read(v -> v.memo("graph", WebApp::graphJson))));
            r.get("/api/stats", ctx -> {
                int top = SearchParams.number(ctx::queryParam, "top", 10, 1000);
                json(ctx, index.read(v -> IndexJson.stats(v.backend().stats(top))));
            });
            r.get("/api/deadlines", this::apiDeadlines);
            r.get("/api/ingest/last", this::apiLastIngest);
            r.get("/api/openapi.json", ctx -> json(ctx, openApi));
            r.after(WebApp::serverTiming);
            r.exception(HttpError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
            r.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                System.err.println("planex serve: " + ctx.method() + " " + ctx.path() + " failed: " + trace);
                fail(ctx, 500, "internal error (see the server's log)");
            });
            // Javalin's own 404/405 (no route) get the same JSON or page as ours; ours are left as they are.
            r.error(404, ctx -> {
                if (ctx.attribute(FAILED) == null) fail(ctx, 404, "no such page: " + ctx.path());
            });
            r.error(405, ctx -> {
                if (ctx.attribute(FAILED) == null) fail(ctx, 405, "method not allowed");
            });
        });
    }

    /**
     * How long the server worked on the request (W3C Server-Timing), for the benchmark and browsers' tools: wall
     * time, and the CPU time of the request's thread, which a busy shared machine inflates far less.
     */
    private static void serverTiming(Context ctx) {
        Long started = ctx.attribute(STARTED);
        Long startedCpu = ctx.attribute(STARTED_CPU);
        if (started == null || startedCpu == null) return;
        double ms = (System.nanoTime() - started) / 1e6;
        double cpu = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e6;
        ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f, cpu;dur=%.2f", ms, cpu));
    }

    // ------------------------------------------------------------------ security

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private void authenticate(Context ctx) {
        if (auth == null || ctx.path().equals("/login") || ctx.path().startsWith("/assets/")) return;
        if (!auth.allows(ctx)) throw new HttpError(401, "authentication required");
    }

    private void login(Context ctx) {
        if (auth == null) {
            ctx.redirect("/");
            return;
        }
        if (auth.matches(ctx.formParam("token"))) {
            auth.login(ctx);
            ctx.redirect("/");
        } else {
            ctx.status(401);
            html(ctx, LoginPage.render(context(ctx), context(ctx).t("login.wrong")));
        }
    }

    private void fail(Context ctx, int status, String message) {
        ctx.attribute(FAILED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            var root = RecordJson.mapper().createObjectNode();
            root.putObject("error").put("status", status).put("message", message);
            json(ctx, root.toString());
        } else if (status == 401) {
            html(ctx, LoginPage.render(context(ctx), null));
        } else {
            html(ctx, Layout.error(context(ctx), status, message));
        }
    }

    // ------------------------------------------------------------------ pages

    private void searchPage(Context ctx) throws IOException {
        PageContext c = context(ctx);
        int page = SearchParams.number(ctx::queryParam, "page", 1, SearchPage.MAX_DEPTH / SearchPage.PAGE_SIZE);
        SearchRequest request = SearchParams.parse(ctx::queryParam, page * SearchPage.PAGE_SIZE, SearchPage.FACETS);
        SearchRequest paged = SearchRequest.builder().query(request.query()).cites(request.cites())
                .implementsSymbol(request.implementsSymbol()).issuer(request.issuer()).level(request.level())
                .type(request.type()).year(request.year()).from(request.from()).to(request.to()).unit(request.unit())
                .deadlineAfter(request.deadlineAfter()).deadlineBefore(request.deadlineBefore())
                .facets(SearchPage.FACETS).facetLimit(8).limit(page * SearchPage.PAGE_SIZE).build();
        SearchResult result = index.read(v -> v.backend().search(paged));
        html(ctx, SearchPage.render(c, result, page));
    }

    private void documentPage(Context ctx) throws IOException {
        PageContext c = context(ctx);
        StoredDocument d = index.read(v -> document(v, ctx.pathParam("id")));
        String level = IssuerLevels.defaults().infer(d.record().document().issuer(), d.record().document().symbol())
                .map(IssuerLevel::label).orElse(null);
        html(ctx, DocumentPage.render(c, d, level));
    }

    private void directivePage(Context ctx) throws IOException {
        DirectiveReport r = directive(ctx.pathParam("symbol"), DIRECTIVE_CHAIN_LIMIT);
        html(ctx, DirectivePage.render(context(ctx), r));
    }

    private void deadlinesPage(Context ctx) throws IOException {
        DeadlineFilter filter = deadlineFilter(ctx);
        DeadlineAgenda.Result result = index.read(v -> v.backend().deadlines(filter));
        html(ctx, DeadlinesPage.render(context(ctx), result, today()));
    }

    private void deadlinesIcs(Context ctx) throws IOException {
        DeadlineFilter filter = deadlineFilter(ctx);
        DeadlineAgenda.Result result = index.read(v -> v.backend().deadlines(filter));
        ctx.header("Content-Disposition", "attachment; filename=\"planex-deadlines.ics\"");
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.result(DeadlineCalendar.ics(result.items(), config.clock().instant()));
    }

    private void overviewPage(Context ctx) throws IOException {
        var stats = index.read(v -> v.backend().stats(15));
        OverviewPage.LastRun last;
        try {
            last = lastIngest().map(r -> new OverviewPage.LastRun(r, null)).orElse(OverviewPage.LastRun.NONE);
        } catch (IOException e) {
            last = new OverviewPage.LastRun(null, e.getMessage());
        }
        html(ctx, OverviewPage.render(context(ctx), stats, index.describe(), last, config.clock().getZone()));
    }

    /** The summary the last {@code planex ingest} left beside the local index; none for a Solr collection. */
    private java.util.Optional<LastIngest> lastIngest() throws IOException {
        var folder = index.folder();
        return folder.isEmpty() ? java.util.Optional.empty() : LastIngest.read(folder.get());
    }

    /** The summary the last {@code planex ingest} left beside the index, as it wrote it; 404 when there is none. */
    private void apiLastIngest(Context ctx) throws IOException {
        LastIngest last = lastIngest().orElseThrow(() -> HttpError.notFound("no ingest recorded for this index"));
        json(ctx, last.toJson());
    }

    /** The original file of an indexed document, by id only, and only while its bytes are still the indexed ones. */
    private void original(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) throw HttpError.notFound("a download needs the document's full id");
        StoredDocument d = index.read(v -> document(v, id));
        for (String p : d.paths()) {
            byte[] bytes = ZIP_MEMBER.matcher(p).find() ? zipMember(p, d.record().source().bytes())
                    : originalFile(Path.of(p));
            if (bytes == null || !id.equals(sha256(bytes))) continue;
            String name = d.record().source().file() == null ? id : d.record().source().file();
            ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                    + "\"; filename*=UTF-8''" + PageContext.encode(name).replace("+", "%20"));
            ctx.contentType("application/octet-stream");
            ctx.result(bytes);
            return;
        }
        throw new HttpError(410, "the original file is no longer where it was indexed, or has changed since");
    }

    // ------------------------------------------------------------------ API

    private void apiSearch(Context ctx) throws IOException {
        SearchRequest request = SearchParams.parse(ctx::queryParam, 10, List.of());
        json(ctx, index.read(v -> IndexJson.searchResult(v.backend().search(request))));
    }

    private void apiDocument(Context ctx) throws IOException {
        json(ctx, index.read(v -> RecordJson.toLine(document(v, ctx.pathParam("id")).record())));
    }

    private void apiDocumentText(Context ctx) throws IOException {
        String text = index.read(v -> document(v, ctx.pathParam("id")).text());
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(text == null ? "" : text);
    }

    private void apiDirective(Context ctx) throws IOException {
        json(ctx, DirectiveJson.of(directive(ctx.pathParam("symbol"), API_DIRECTIVE_CHAIN_LIMIT)));
    }

    private void apiDeadlines(Context ctx) throws IOException {
        DeadlineFilter filter = deadlineFilter(ctx);
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        DeadlineAgenda.Result result = index.read(v -> v.backend().deadlines(filter));
        switch (format) {
            case "json" -> json(ctx, DeadlineFormats.json(result, today()));
            case "csv" -> {
                StringWriter w = new StringWriter();
                DeadlineFormats.csv(result, today(), new PrintWriter(w));
                ctx.contentType("text/csv; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"planex-deadlines.csv\"");
                ctx.result(w.toString());
            }
            case "ics" -> {
                ctx.contentType("text/calendar; charset=utf-8");
                ctx.result(DeadlineCalendar.ics(result.items(), config.clock().instant()));
            }
            default -> throw HttpError.badRequest("format: json, csv or ics, was '" + format + "'");
        }
    }

    // ------------------------------------------------------------------ shared

    private DirectiveReport directive(String symbol, int limit) throws IOException {
        if (symbol == null || symbol.isBlank() || symbol.length() > SearchParams.MAX_VALUE) {
            throw HttpError.badRequest("not a document symbol");
        }
        return index.read(v -> new DirectiveReports().report(v.backend(), symbol, limit))
                .orElseThrow(() -> HttpError.notFound("not a document symbol: '" + symbol + "' (e.g. 57-KL/TW)"));
    }

    private static StoredDocument document(SearchView v, String id) throws IOException {
        if (id == null || !ID_PREFIX.matcher(id).matches()) {
            throw HttpError.notFound("a document is named by its id (4 to 64 hex digits)");
        }
        List<StoredDocument> found = v.backend().find(id);
        if (found.isEmpty()) throw HttpError.notFound("no document " + id);
        if (found.size() > 1) throw HttpError.notFound("'" + id + "' names " + found.size() + " documents: give more of the id");
        return found.get(0);
    }

    private static String graphJson(SearchView v) {
        try {
            return v.backend().graph().toJson();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DeadlineFilter deadlineFilter(Context ctx) {
        IssuerLevel level = null;
        String lv = SearchParams.value(ctx::queryParam, "level", SearchParams.MAX_VALUE);
        if (lv != null) {
            level = IssuerLevel.ofLabel(lv).orElseThrow(() -> HttpError.badRequest(
                    "level: unknown level '" + lv + "' (central, province, district, commune)"));
        }
        LocalDate from = SearchParams.date(ctx::queryParam, "from");
        LocalDate to = SearchParams.date(ctx::queryParam, "to");
        if (from != null && to != null && from.isAfter(to)) throw HttpError.badRequest("from is after to");
        return new DeadlineFilter(SearchParams.value(ctx::queryParam, "unit", SearchParams.MAX_VALUE),
                SearchParams.value(ctx::queryParam, "issuer", SearchParams.MAX_VALUE), level, from, to,
                DeadlineFilter.DEFAULT_MAX_DOCUMENTS);
    }

    private LocalDate today() {
        return LocalDate.now(config.clock());
    }

    private static PageContext context(Context ctx) {
        return new PageContext(Lang.of(ctx.queryParam("lang")), ctx.path(), ctx.queryParamMap());
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }

    private static void json(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(json);
    }

    private void asset(Context ctx) {
        Asset a = assets.get(ctx.pathParam("name"));
        if (a == null) throw HttpError.notFound("no such asset");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(a.contentType());
        ctx.result(a.bytes());
    }

    private static Asset asset(String name, String contentType) {
        try (InputStream in = WebApp.class.getResourceAsStream("/io/planex/web/assets/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member path of a zip bundle, as ingest names it: {@code /archive/bundle.zip!/a/plan.pdf}. */
    private static final Pattern ZIP_MEMBER = Pattern.compile("(?i)\\.zip!/");

    /**
     * The file's bytes, or null when it is not there. Paths are indexed composed (NFC); a name macOS stored
     * decomposed is found under its decomposed spelling.
     */
    private static byte[] originalFile(Path file) throws IOException {
        if (Files.isRegularFile(file)) return Files.readAllBytes(file);
        Path nfd = Path.of(java.text.Normalizer.normalize(file.toString(), java.text.Normalizer.Form.NFD));
        return Files.isRegularFile(nfd) ? Files.readAllBytes(nfd) : null;
    }

    /**
     * The bytes of an indexed zip member, read from its zip; null when the zip or the member is gone, or the member
     * inflates past the size indexed (then it has changed, and a bomb must not be inflated in the server).
     */
    private static byte[] zipMember(String path, long indexedBytes) throws IOException {
        var m = ZIP_MEMBER.matcher(path);
        if (!m.find()) return null;
        Path zip = Path.of(path.substring(0, m.start() + 4));
        if (!Files.isRegularFile(zip)) return null;
        try (var file = new java.util.zip.ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            var entry = file.getEntry(path.substring(m.end()));
            if (entry == null || entry.getSize() != indexedBytes) return null;
            try (InputStream in = file.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, indexedBytes + 1));
                return bytes.length == indexedBytes ? bytes : null;
            }
        } catch (java.util.zip.ZipException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
