package io.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.testkit.PdfFixtures;
import io.planex.testkit.PdfFixtures.Line;
import io.planex.testkit.PdfFixtures.Widget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Text that signature widgets stamp into a page's blanks is read in place; signature captions are not. */
class PdfPageReaderTest {
    private static final float SIZE = 13;
    private static final float LEFT = 60;
    private static final float RIGHT = 300;
    private static final float ROW = 120;

    @TempDir
    Path dir;

    /** A signed-style header: number and day left blank on the page, stamped by widgets. */
    private static byte[] header(String number, String day, float charSpacing, String typedMonth, String month,
                                 List<Widget> extra) {
        String numberLine = "Số:            /UBND-XD";
        String dateLine = "Lào Cai, ngày          tháng " + typedMonth + " năm 2026";
        List<Line> lines = List.of(
                new Line(LEFT, 60, "ỦY BAN NHÂN DÂN"),
                new Line(LEFT, 78, "TỈNH LÀO CAI"),
                new Line(LEFT, ROW, numberLine),
                new Line(RIGHT, ROW, dateLine),
                new Line(LEFT, 160, "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD"),
                new Line(LEFT, 200, "Ủy ban nhân dân tỉnh đề nghị các sở thực hiện nghiêm túc."));
        List<Widget> widgets = new ArrayList<>();
        float numberX = LEFT + PdfFixtures.width("Số:  ", SIZE);
        widgets.add(new Widget(numberX, ROW - 11, 40, 14, List.of(number), charSpacing));
        float dayX = RIGHT + PdfFixtures.width("Lào Cai, ngày  ", SIZE);
        widgets.add(new Widget(dayX, ROW - 11, 24, 14, List.of(day), charSpacing));
        if (month != null) {
            float monthX = RIGHT + PdfFixtures.width("Lào Cai, ngày          tháng ", SIZE) - 0.5f;
            widgets.add(new Widget(monthX, ROW - 11, 12, 14, List.of(month), 0));
        }
        widgets.addAll(extra);
        return PdfFixtures.signed(lines, widgets);
    }

    static Stream<Arguments> stamped() {
        Widget caption = new Widget(320, 300, 200, 60,
                List.of("Ký bởi: Nguyễn Văn An", "Email: an@example.gov.vn", "Thời gian ký: 21.07.2026 10:54:35"), 0);
        return Stream.of(
                Arguments.of("number and day", header("7432", "21", 0, "7", null, List.of()),
                        List.of("Số: 7432 /UBND-XD", "ngày 21 tháng 7 năm 2026"), List.of()),
                Arguments.of("letter-spaced digits", header("7432", "21", 3f, "7", null, List.of()),
                        List.of("Số: 7432 /UBND-XD", "ngày 21 tháng 7"), List.of("7 4 3 2")),
                Arguments.of("month stamped over a typed month", header("1696", "15", 0, "4", "5", List.of()),
                        List.of("ngày 15 tháng 5 năm 2026"), List.of("tháng 4", "54", "45")),
                Arguments.of("signature caption left out", header("7432", "21", 0, "7", null, List.of(caption)),
                        List.of("Số: 7432 /UBND-XD"), List.of("Ký bởi", "Nguyễn Văn An", "Thời gian ký", "@")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stamped")
    void widgetTextIsReadInPlace(String name, byte[] pdf, List<String> present, List<String> absent)
            throws Exception {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfPageReader.PageRead read = new PdfPageReader().read(doc, 0);
            text = read.text();
            assertTrue(read.widgetRuns() >= 2, text);
        }
        for (String p : present) assertTrue(squeeze(text).contains(p), () -> "missing '" + p + "' in\n" + text);
        for (String a : absent) assertFalse(text.contains(a), () -> "unexpected '" + a + "' in\n" + text);
    }

    @Test
    void signedPdfGivesItsNumberAndDateToTheRecord() throws Exception {
        Path file = dir.resolve("signed.pdf");
        Files.write(file, header("7432", "21", 0, "7", null, List.of()));
        PlanReader.Result result = new PlanReader(DocumentReader.withOcr(OcrMode.NEVER)).read(file);
        IngestedDocument doc = result.document();
        assertTrue(doc.text().contains("Số: 7432 /UBND-XD"), doc.text());
        assertEquals("7432/UBND-XD", result.record().document().symbol(), doc.text());
        assertEquals("2026-07-21", result.record().document().date(), doc.text());
        assertFalse(doc.source().ocr());
    }

    @Test
    void pageWithoutWidgetsReadsAsTikaDoes() throws Exception {
        Path file = dir.resolve("plain.pdf");
        Files.write(file, PdfFixtures.signed(List.of(new Line(LEFT, ROW, "Số:      /UBND-XD"),
                new Line(LEFT, 160, "Ủy ban nhân dân tỉnh đề nghị các sở thực hiện.")), List.of()));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        assertTrue(doc.text().contains("Số:"), doc.text());
        assertFalse(doc.text().matches("(?s).*\\d.*"), doc.text());
    }

    /**
     * An e-office print: the header's number and day left blank on the page and drawn last, after the footer, as
     * page text (no widget), {@code late} the digits and where they go.
     */
    private static byte[] filledLast(List<Line> late) {
        List<Line> lines = new ArrayList<>(List.of(
                new Line(LEFT, 60, "ỦY BAN NHÂN DÂN"),
                new Line(LEFT, 78, "TỈNH NINH BÌNH"),
                new Line(LEFT, ROW, "Số:            /QĐ-UBND"),
                new Line(RIGHT, ROW, "Ninh Bình, ngày          tháng 11 năm 2025"),
                new Line(LEFT, 160, "QUYẾT ĐỊNH"),
                new Line(LEFT, 200, "Phê duyệt phương án sắp xếp trụ sở làm việc."),
                new Line(LEFT, 800, "Văn bản được ký số bởi: Ủy ban nhân dân tỉnh Ninh Bình - Trang 1/1")));
        lines.addAll(late);
        return PdfFixtures.signed(lines, List.of());
    }

    @Test
    void digitsDrawnLastIntoTheHeadersBlanksAreReadThere() throws Exception {
        float numberX = LEFT + PdfFixtures.width("Số:  ", SIZE);
        float dayX = RIGHT + PdfFixtures.width("Ninh Bình, ngày  ", SIZE);
        Path file = dir.resolve("filled.pdf");
        Files.write(file, filledLast(List.of(new Line(numberX, ROW, "2417"), new Line(dayX, ROW, "18"))));
        PlanReader.Result result = new PlanReader(DocumentReader.withOcr(OcrMode.NEVER)).read(file);
        String text = result.document().text();
        assertTrue(squeeze(text).contains("Số: 2417 /QĐ-UBND"), text);
        assertTrue(squeeze(text).contains("ngày 18 tháng 11 năm 2025"), text);
        assertEquals("2417/QĐ-UBND", result.record().document().symbol(), text);
        assertEquals("2025-11-18", result.record().document().date(), text);
    }

    @Test
    void digitsDrawnLastOverTextOrAtTheMarginKeepTheirPlace() throws Exception {
        // a page number under the footer and a figure stamped over a word fill no blank
        Path file = dir.resolve("late.pdf");
        Files.write(file, filledLast(List.of(new Line(540, 820, "1"), new Line(LEFT + 30, 200, "45"))));
        String text = DocumentReader.withOcr(OcrMode.NEVER).read(file).text();
        assertTrue(text.contains("Số:            /QĐ-UBND") || squeeze(text).contains("Số: /QĐ-UBND"), text);
        assertFalse(squeeze(text).contains("Số: 45"), text);
        assertFalse(squeeze(text).contains("Số: 1 "), text);
    }

    /** The stamp an e-office system prints turned along the left margin. */
    private static final List<Line> MARGIN_STAMP = List.of(
            new Line(30, 700, "Ký bởi: Ủy ban nhân dân xã Minh Đức"),
            new Line(40, 700, "Email: ubnd@minhduc.gov.vn"),
            new Line(50, 700, "Thời gian ký: 06-05-2026 07:45:10 +07:00"));

    @Test
    void aStampTurnedAlongTheMarginIsNoPartOfTheText() throws Exception {
        List<Line> body = List.of(
                new Line(LEFT + 20, 100, "III. TỔ CHỨC THỰC HIỆN"),
                new Line(LEFT + 20, 120, "1. Ban Chỉ huy Phòng thủ dân sự xã"),
                new Line(LEFT + 20, 140, "Chỉ đạo, điều hành công tác phòng, chống thiên tai trên địa bàn."),
                new Line(LEFT + 20, 160, "2. Phòng Kinh tế"),
                new Line(LEFT + 20, 180, "Chủ trì rà soát, lập danh sách hộ dân tại vùng có nguy cơ sạt lở."));
        String text;
        try (PDDocument doc = Loader.loadPDF(PdfFixtures.withTurnedLines(body, MARGIN_STAMP, 1))) {
            text = new PdfPageReader().read(doc, 0).text();
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(body.stream().map(Line::text).toList(), lines, text);
        // and so read by the whole reader, whose first reading (Tika's) wrote the stamp as a column of scraps
        Path file = dir.resolve("turned.pdf");
        Files.write(file, PdfFixtures.withTurnedLines(body, MARGIN_STAMP, 1));
        String read = DocumentReader.withOcr(OcrMode.NEVER).read(file).text();
        assertEquals(body.stream().map(Line::text).toList(),
                read.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ page's text (\n between lines) ¦ may hold a turned run
        "a stamp turned along the margin ¦ 1. Phòng Kinh tế\\nK ý\\nbở i:\\nỦ y\\nba n\\nnh ân\\nd ân\\nx ã\\nM in\\nh\\nChủ trì rà soát ¦ true",
        "the same with blank lines between its scraps ¦ K ý\\n\\nbở i:\\n\\nỦ y\\nba n\\nnh ân\\n\\nd ân\\nx ã\\nM in\\nh ¦ true",
        "a short run of short lines ¦ 1.\\n2.\\n3.\\nCác xã, phường thực hiện\\n4.\\n5. ¦ false",
        "prose ¦ Ủy ban nhân dân xã ban hành Kế hoạch\\nthực hiện như sau: ¦ false",
    })
    void findsPagesThatMayHoldATurnedRun(String layout, String text, boolean expected) {
        assertEquals(expected, PdfPageReader.mayHoldTurnedRun(text.replace("\\n", "\n")));
    }

    private static String squeeze(String s) {
        return s.replaceAll("[ \\t]+", " ");
    }
}
