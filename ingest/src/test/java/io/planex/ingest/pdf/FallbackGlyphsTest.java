package io.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.ingest.layer.VietnameseSyllables;
import io.planex.testkit.PdfFixtures;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PDF whose maker drew the letters its font lacks from a fallback font after each line (LibreOffice with a font
 * without Vietnamese's marked vowels): read in the order drawn, those letters leave their words ("Ban Th ng vườ ụ
 * T nh yỉ ủ"); planex reads such pages again in the order of the page and gets the record the text gives.
 */
class FallbackGlyphsTest {
    private static final String PLAN = String.join("\n",
            "TỈNH ỦY QUẢNG TRỊ", "*", "Số 15-CT/TU", "Quảng Trị, ngày 10 tháng 3 năm 2026", "",
            "CHỈ THỊ", "của Ban Thường vụ Tỉnh ủy về tăng cường chuyển đổi số", "",
            "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
                    + "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Tỉnh ủy yêu cầu:",
            "1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền, quán triệt Chỉ thị này.",
            "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc; tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/4/2026.",
            "3. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Chỉ thị.", "",
            // the signature alone on the last page: too few torn words there to tell by itself
            "\fT/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "Hồ Văn Tâm");

    @TempDir
    Path dir;

    /** Which letters the main font lacks: all that only Vietnamese writes, or a few marked vowels. */
    enum Lacking {
        ALL_VIETNAMESE_LETTERS(cp -> cp <= Character.MAX_VALUE && VietnameseSyllables.isVietnameseOnlyLetter((char) cp)),
        // the last page then has a single torn letter, in the signer's name
        SOME_MARKED_VOWELS(cp -> "ảỉủộồ".indexOf(cp) >= 0);

        final IntPredicate fallback;

        Lacking(IntPredicate fallback) {
            this.fallback = fallback;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(OcrMode.NEVER, OcrMode.AUTO)
                .flatMap(ocr -> Stream.of(Lacking.values()).map(l -> Arguments.of(ocr, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void lettersDrawnAfterTheirLineAreReadBackIntoTheirWords(OcrMode ocr, Lacking lacking) throws Exception {
        Path file = dir.resolve("fallback.pdf");
        Files.write(file, PdfFixtures.fallbackGlyphsAfterEachLine(PLAN, lacking.fallback));
        try (PDDocument pdf = Loader.loadPDF(new File(file.toString()))) {
            String drawn = new PDFTextStripper().getText(pdf);
            assertFalse(drawn.contains("Tỉnh"), "the fixture draws the letters apart:\n" + drawn);
        }
        PlanReader.Result read = new PlanReader(DocumentReader.withOcr(ocr)).read(file);
        IngestedDocument doc = read.document();
        assertTrue(doc.text().contains("của Ban Thường vụ Tỉnh ủy"), doc.text());
        assertFalse(doc.source().ocr(), "read from the text layer, not OCRed");
        Extraction fromText = new PlanExtractor().extract(PLAN);
        PlanRecord fromPdf = read.record();
        assertEquals(header(fromText.document()), header(fromPdf.document()));
        assertEquals(fromText.citations().stream().map(FallbackGlyphsTest::citation).toList(),
                fromPdf.citations().stream().map(FallbackGlyphsTest::citation).toList());
        assertEquals(fromText.units().stream().map(Unit::name).toList(),
                fromPdf.units().stream().map(Unit::name).toList());
        assertEquals(fromText.deadlines().stream().map(Deadline::date).toList(),
                fromPdf.deadlines().stream().map(Deadline::date).toList());
        assertEquals(3, fromPdf.units().size(), "the plan's units: " + fromPdf.units());
    }

    private static String header(DocumentHeader h) {
        return String.join("|", h.type(), h.symbol(), h.issuer(), h.date(), String.valueOf(h.signer()));
    }

    private static String citation(Citation c) {
        return c.symbol() + "|" + c.date() + "|" + c.issuer() + "|" + c.implementing();
    }
}
