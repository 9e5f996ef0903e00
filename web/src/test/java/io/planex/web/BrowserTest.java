package io.planex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PageMap;
import io.planex.index.ingestrun.LastIngest;
import io.planex.index.live.LiveIndex;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import java.io.StringReader;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium, on an index of the samples plus one hostile document. Each test saves
 * a screenshot under target/screenshots/.
 */
@Tag("browser")
@EnabledIf(value = "io.planex.web.BrowserSupport#available",
        disabledReason = "system chromium/chromedriver not installed (apt-get install chromium chromium-driver)")
class BrowserTest {
    /** "Today" for the agenda: after the 2023 sample deadlines, before the 2025 ones. */
    static final Instant TODAY = Instant.parse("2024-07-01T08:00:00Z");
    static final String HOSTILE_TITLE = "<script>alert('x')</script> \"trích\" & <b>đậm</b>";

    @TempDir
    static Path tmp;
    static LiveIndex index;
    static Javalin app;
    static WebDriver driver;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path hostile = tmp.resolve("hostile.txt");
        Files.writeString(hostile, String.join("\n",
                "ỦY BAN NHÂN DÂN", "XÃ THỬ NGHIỆM", "Số: 13/KH-UBND", "", "KẾ HOẠCH",
                "Về việc " + HOSTILE_TITLE, "",
                "Căn cứ Kết luận số 57-KL/TW của Bộ Chính trị;",
                "Nội dung: </pre><h1 id=\"injected\">injected</h1><img src=x onerror=\"alert(1)\">",
                "<a href=\"javascript:alert(2)\">bấm vào đây</a> &amp; 'nháy đơn' \"nháy kép\" hoang dã",
                "Giao Văn phòng UBND xã báo cáo trước ngày 15/12/2024.", ""), StandardCharsets.UTF_8);
        Path indexDir = tmp.resolve("index");
        SampleIndex.build(indexDir, hostile);
        index = LiveIndex.open(indexDir, Duration.ofSeconds(1));
        app = WebApp.create(index, new WebConfig(null, Duration.ofSeconds(1), Clock.fixed(TODAY, ZoneOffset.UTC)))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        driver = BrowserSupport.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
        if (index != null) index.close();
    }

    private static void open(String path) {
        driver.get(base + path);
    }

    private static long total() {
        return Long.parseLong(driver.findElement(By.id("total")).getAttribute("data-total"));
    }

    private static List<String> hitIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector("li.hit"))) ids.add(e.getAttribute("data-id"));
        return ids;
    }

    private static void search(String words) {
        WebElement box = driver.findElement(By.id("q"));
        WebElement page = driver.findElement(By.tagName("main"));
        box.clear();
        box.sendKeys(words);
        driver.findElement(By.id("go")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
    }

    /**
     * Whether the element has left the document (the next page replaced it). Chromedriver says so with a stale
     * element error or, when it asks in the middle of the navigation, with an "unknown error" that the node does
     * not belong to the document (ExpectedConditions.stalenessOf lets the latter through, failing on busy machines).
     */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException err) {
            if (String.valueOf(err.getMessage()).contains("does not belong to the document")) return true;
            throw err;
        }
    }

    static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return RecordJson.mapper().readTree(r.body());
    }

    @Test
    void searchWithAndWithoutDiacritics() throws Exception {
        open("/");
        search("quảng bá du lịch");
        List<String> withMarks = hitIds();
        assertFalse(withMarks.isEmpty(), "no hit for 'quảng bá du lịch'");
        assertFalse(driver.findElements(By.cssSelector("p.snippet mark.hl")).isEmpty(), "snippets are highlighted");
        BrowserSupport.screenshot(driver, "search-diacritics");
        search("quang ba du lich");
        assertEquals(new HashSet<>(withMarks), new HashSet<>(hitIds()));
        assertEquals("quang ba du lich", driver.findElement(By.id("q")).getAttribute("value"), "state is in the URL");
        BrowserSupport.screenshot(driver, "search-no-diacritics");
        driver.navigate().back();
        assertTrue(java.net.URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).contains("q=quảng bá du lịch"),
                "back button: " + driver.getCurrentUrl());
        assertEquals(withMarks, hitIds());
    }

    @Test
    void clickingAFacetFilters() throws Exception {
        open("/");
        long all = total();
        WebElement commune = driver.findElement(By.cssSelector("section[data-facet=level] a[data-value=commune]"));
        long expected = Long.parseLong(commune.findElement(By.xpath("following-sibling::span")).getText());
        commune.click();
        assertTrue(driver.getCurrentUrl().contains("level=commune"), driver.getCurrentUrl());
        assertEquals(expected, total());
        assertTrue(expected < all, "the facet narrowed the hits");
        WebElement chip = driver.findElement(By.cssSelector("li.chip[data-filter=level]"));
        assertTrue(chip.getText().contains("Xã"), chip.getText());
        BrowserSupport.screenshot(driver, "facet-level-commune");
        chip.findElement(By.cssSelector("a.remove")).click();
        assertEquals(all, total());
    }

    @Test
    void documentHighlightsAreExactlyTheExtractedItems() throws Exception {
        open("/?cites=57-KL%2FTW");
        driver.findElement(By.xpath("//li[contains(@class,'hit')][.//span[@class='file']"
                + "[text()='ke-hoach-dang-uy-phuong-hoa-loc.docx']]//a[@class='title']")).click();
        String id = driver.findElement(By.cssSelector("article.document")).getAttribute("data-id");
        JsonNode record = api("/api/documents/" + id);
        String text = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents/" + id + "/text")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

        Set<String> expected = new HashSet<>();
        for (JsonNode c : record.get("citations")) for (JsonNode m : c.get("mentions")) expected.add(span("citation", m));
        for (JsonNode u : record.get("units")) for (JsonNode m : u.get("mentions")) expected.add(span("unit", m));
        for (JsonNode d : record.get("deadlines")) expected.add(span("deadline", d));
        assertTrue(expected.size() >= 5, expected.toString());

        Set<String> shown = new HashSet<>();
        for (WebElement mark : driver.findElements(By.cssSelector("#doc-text mark"))) {
            String kind = mark.getAttribute("data-kind");
            int start = Integer.parseInt(mark.getAttribute("data-start"));
            int end = Integer.parseInt(mark.getAttribute("data-end"));
            shown.add(kind + ":" + start + "-" + end);
            if (mark.getAttribute("data-cut") == null && mark.findElements(By.tagName("mark")).isEmpty()) {
                assertEquals(text.substring(start, end), (String) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].textContent", mark), kind + " " + start);
            }
        }
        assertEquals(expected, shown);

        WebElement firstDeadline = driver.findElement(By.cssSelector("#deadlines a.goto"));
        firstDeadline.click();
        assertTrue(driver.getCurrentUrl().endsWith("#d0"), driver.getCurrentUrl());
        Object top = ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('d0').getBoundingClientRect().top");
        assertTrue(((Number) top).doubleValue() >= 0 && ((Number) top).doubleValue() < 1000, "scrolled to: " + top);
        BrowserSupport.screenshot(driver, "document");
    }

    private static String span(String kind, JsonNode m) {
        return kind + ":" + m.get("start").asInt() + "-" + m.get("end").asInt();
    }

    @Test
    void pageNumbersSitAtTheLineWhereEachPageStarts() throws Exception {
        Path pdf = SampleIndex.samples().resolve("quyet-dinh-ubnd-huyen-long-dien.pdf");
        PlanReader.Result read = PlanReader.withOcr(OcrMode.NEVER).read(pdf);
        PageMap pages = read.document().pageMap();
        assertEquals(2, pages.pageCount());
        String page2 = read.document().rawPages().get(1).text().strip();
        String firstLine = page2.substring(0, page2.indexOf('\n'));
        open("/documents/" + read.record().source().sha256());
        String text = (String) js("return document.getElementById('doc-text').textContent");
        assertTrue(text.startsWith(firstLine, pages.startOf(2)), "page 2 starts with its first line: " + firstLine);

        List<WebElement> marks = driver.findElements(By.cssSelector("#doc-text span.pg"));
        assertEquals(List.of("1", "2"), marks.stream().map(m -> m.getAttribute("data-n")).toList());
        WebElement mark = marks.get(1);
        assertEquals("tr. 2", mark.getAttribute("data-page"));
        // Where the mark is in the text, and that it is drawn on the line of the page's first character.
        long at = ((Number) js("var r = document.createRange(); r.setStart(document.getElementById('doc-text'), 0);"
                + " r.setEndBefore(arguments[0]); return r.toString().length;", mark)).longValue();
        assertEquals(pages.startOf(2), at);
        double markTop = ((Number) js("return arguments[0].getBoundingClientRect().top", mark)).doubleValue();
        double charTop = ((Number) js("var pre = document.getElementById('doc-text'), left = arguments[0];"
                + " var w = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), n;"
                + " while ((n = w.nextNode())) { if (left < n.length) break; left -= n.length; }"
                + " var r = document.createRange(); r.setStart(n, left); r.setEnd(n, left + 1);"
                + " return r.getBoundingClientRect().top;", pages.startOf(2))).doubleValue();
        double line = ((Number) js("return parseFloat(getComputedStyle(document.getElementById('doc-text')).lineHeight)"))
                .doubleValue();
        assertTrue(Math.abs(markTop - charTop) < line / 2, "mark at " + markTop + ", page's first line at " + charTop
                + ", line height " + line);
        js("arguments[0].scrollIntoView({block: 'center'})", mark);
        BrowserSupport.screenshot(driver, "page-numbers");
    }

    @Test
    void overviewShowsTheLastIngestsFailuresEscaped() throws Exception {
        Path file = index.dir().resolve(LastIngest.FILE_NAME);
        Files.deleteIfExists(file);
        open("/overview");
        assertEquals("Chưa ghi nhận lần nạp (planex ingest) nào vào chỉ mục này.",
                driver.findElement(By.id("no-ingest")).getText());
        BrowserSupport.screenshot(driver, "overview-no-ingest");

        String hostile = "/lưu trữ/<img src=x onerror=alert(1)>\"quét\".pdf";
        LastIngest run = new LastIngest(TODAY.minusSeconds(3600), TODAY.minusSeconds(3300), true,
                Map.of("ok", 41L, "unchanged", 3L, "failed", 2L, "needs-ocr", 105L), 230,
                List.of(new LastIngest.Problem(hostile, "corrupt", "<script>alert(2)</script>"),
                        new LastIngest.Problem("/lưu trữ/khóa.pdf", "encrypted", "needs a password")),
                0, List.of(new LastIngest.Problem("/lưu trữ/bản quét 1.pdf", "needs-ocr", "no text layer")), 104);
        run.write(index.dir());
        try {
            open("/overview");
            assertTrue(driver.findElements(By.id("no-ingest")).isEmpty());
            List<WebElement> failed = driver.findElements(By.cssSelector("#failed-files tr.problem"));
            assertEquals(2, failed.size());
            assertEquals(hostile, failed.get(0).findElement(By.cssSelector("td.path")).getText());
            assertEquals("<script>alert(2)</script>", failed.get(0).findElement(By.cssSelector("td.message")).getText());
            assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
            assertTrue(driver.findElements(By.cssSelector("img")).isEmpty(), "markup in a path became an element");
            assertEquals(0L, js("return document.scripts.length"));
            assertEquals("105", driver.findElement(By.cssSelector("#ingest-counts [data-status=needs-ocr]"))
                    .getAttribute("data-count"));
            assertEquals(1, driver.findElements(By.cssSelector("#needs-ocr-files tr.problem")).size());
            assertTrue(driver.findElement(By.cssSelector("#last-ingest p.more")).getText().contains("104"));
            js("document.getElementById('last-ingest').scrollIntoView()");
            BrowserSupport.screenshot(driver, "overview-last-ingest");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void directivePageShowsTheChain() throws Exception {
        open("/directives/57-KL/TW");
        assertEquals("57-KL/TW", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("own")).getAttribute("class").contains("no-record"));
        JsonNode report = api("/api/directives/57-KL/TW");
        List<WebElement> nodes = driver.findElements(By.cssSelector("#chain .node[data-id]"));
        assertEquals(report.get("chain").size(), nodes.size());
        assertTrue(nodes.size() >= 2, "documents carrying 57-KL/TW");
        // The directive heads the central column; the commune plans sit in theirs.
        assertEquals("57-KL/TW", driver.findElement(By.cssSelector("#chain section[data-level=central] .node.root")).getText());
        assertFalse(driver.findElements(By.cssSelector("#chain section[data-level=commune] .node[data-id]")).isEmpty());
        assertEquals(report.get("citedBy").asLong(),
                Long.parseLong(driver.findElement(By.id("cited-by")).getAttribute("data-count")));
        assertFalse(driver.findElements(By.cssSelector("#by-level tr")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#by-year tr")).isEmpty());
        BrowserSupport.screenshot(driver, "directive-57-KL-TW");
    }

    @Test
    void deadlinesAgendaAndIcsExport() throws Exception {
        open("/deadlines");
        int shown = driver.findElements(By.cssSelector("li.agenda")).size();
        assertTrue(shown >= 8, "agenda items: " + shown);
        List<WebElement> overdue = driver.findElements(By.cssSelector("li.agenda.overdue"));
        assertFalse(overdue.isEmpty());
        for (WebElement o : overdue) assertTrue(o.getAttribute("data-due").compareTo("2024-07-01") < 0);
        for (WebElement e : driver.findElements(By.cssSelector("li.agenda:not(.overdue)"))) {
            String due = e.getAttribute("data-due");
            assertTrue(due.isEmpty() || due.compareTo("2024-07-01") >= 0
                    || !e.findElements(By.cssSelector(".badge")).isEmpty(), "not overdue: " + due);
        }
        List<String> months = new ArrayList<>();
        for (WebElement m : driver.findElements(By.cssSelector("section.month"))) months.add(m.getAttribute("data-month"));
        List<String> sorted = new ArrayList<>(months);
        sorted.sort(null);
        assertEquals(sorted, months, "one section per month, in order");
        BrowserSupport.screenshot(driver, "deadlines");

        String href = driver.findElement(By.id("ics")).getAttribute("href");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Calendar cal = new CalendarBuilder().build(new StringReader(r.body()));
        List<net.fortuna.ical4j.model.component.VEvent> events = cal.getComponents(Component.VEVENT);
        JsonNode agenda = api("/api/deadlines");
        int dated = 0;
        int recurring = 0;
        for (JsonNode d : agenda.get("deadlines")) {
            if (!d.get("due").isNull()) dated++;
            if (!d.get("recurrence").isNull() && !d.get("due").isNull()) recurring++;
        }
        assertEquals(dated, events.size());
        int withRule = 0;
        Set<String> uids = new HashSet<>();
        for (net.fortuna.ical4j.model.component.VEvent e : events) {
            if (e.getProperty(Property.RRULE).isPresent()) withRule++;
            uids.add(e.getProperty(Property.UID).map(p -> ((Property) p).getValue()).orElseThrow());
            assertTrue(e.getProperty(Property.SUMMARY).isPresent());
            assertTrue(e.getProperty(Property.DESCRIPTION).map(p -> ((Property) p).getValue()).orElse("")
                    .contains("planex id: "));
        }
        assertEquals(recurring, withRule);
        assertTrue(recurring >= 2, "the samples' quarterly and semiannual reports");
        assertEquals(events.size(), uids.size(), "UIDs are unique");

        open("/deadlines?unit=" + URLEncoder.encode("các thôn", StandardCharsets.UTF_8));
        assertEquals(1, driver.findElements(By.cssSelector("li.agenda")).size());
    }

    @Test
    void languageSwitchKeepsThePage() throws Exception {
        open("/?q=du+lich");
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Tìm kiếm", driver.findElement(By.cssSelector("header nav a.active")).getText());
        driver.findElement(By.id("lang-switch")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Search", driver.findElement(By.cssSelector("header nav a.active")).getText());
        assertEquals("du lich", driver.findElement(By.id("q")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("total")).getText().contains("document"));
        BrowserSupport.screenshot(driver, "english");
        driver.findElement(By.cssSelector("header nav a[href^='/overview']")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), "links keep the language");
        driver.findElement(By.id("lang-switch")).click();
        assertEquals("Tổng quan", driver.findElement(By.tagName("h1")).getText());
        BrowserSupport.screenshot(driver, "overview");
    }

    @Test
    void documentTextRendersAsTextNeverAsMarkup() throws Exception {
        open("/?q=" + URLEncoder.encode("hoang dã", StandardCharsets.UTF_8));
        assertEquals(1, total());
        WebElement hit = driver.findElement(By.cssSelector("li.hit a.title"));
        assertTrue(hit.getText().contains(HOSTILE_TITLE), hit.getText());
        hit.click();
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript("return document.scripts.length"));
        assertTrue(driver.findElements(By.id("injected")).isEmpty(), "markup in the text became an element");
        assertTrue(driver.findElements(By.cssSelector("img")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
        String shown = driver.findElement(By.id("doc-text")).getText();
        assertTrue(shown.contains("</pre><h1 id=\"injected\">injected</h1><img src=x onerror=\"alert(1)\">"), shown);
        assertTrue(shown.contains("<a href=\"javascript:alert(2)\">bấm vào đây</a> &amp; 'nháy đơn' \"nháy kép\""));
        assertTrue(driver.findElement(By.cssSelector("p.doc-title")).getText().contains(HOSTILE_TITLE));
        assertNotNull(driver.findElement(By.cssSelector("a.directive")));
        BrowserSupport.screenshot(driver, "escaping");
    }
}
