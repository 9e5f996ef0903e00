package io.planex.ingest.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.OcrMode;
import io.planex.testkit.PdfFixtures;
import io.planex.testkit.PdfFixtures.LegacyRun;
import io.planex.testkit.WordFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyCapitalsTest {
    @TempDir
    Path dir;

    /** What a typist types in the capitals font: the lower-case TCVN3 codes of the words. */
    private static String typedInCapitalsFont(String words) {
        return LegacyEncoding.TCVN3.encode(words.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({
        "ĐẢNG BỘ TỈNH LÀO CAI",
        "ỦY BAN NHÂN DÂN XÃ AN THỊNH",
        "KẾ HOẠCH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BAN THƯỜNG VỤ HUYỆN ỦY",
    })
    void capitalsFontRunsDecodeToCapitals(String shown) {
        String typed = typedInCapitalsFont(shown);
        assertEquals(shown.toLowerCase(java.util.Locale.ROOT),
                LegacyEncoding.TCVN3.decode(typed).toLowerCase(java.util.Locale.ROOT));
        assertFalse(LegacyEncoding.TCVN3.decode(typed).equals(shown), "read without the font: not capitals");
        assertEquals(shown, LegacyEncoding.TCVN3.decode(LegacyCapitals.toCapitalCodes(typed)));
    }

    @ParameterizedTest
    @CsvSource({
        ".VnTimeH, true", "ABCDEF+.VnTimeH, true", "VnArialH, true", ".VnTimeH-Bold, true", "'.VnTimeH,BoldItalic', true",
        ".VnCentury SchoolbookH, true", ".VnTime, false", ".VnArial, false", "TimesNewRomanPSMT, false",
        "VNI-Times, false", "Helvetica, false"})
    void capitalsFontNames(String name, boolean capitals) {
        assertEquals(capitals, LegacyCapitals.isCapitalsFont(name), name);
    }

    @Test
    void runsAreRewrittenInOrder() {
        String text = "§¶ng bé\nKÕ ho¹ch sè 12\nbé";
        assertEquals("§¶NG Bé\nKÕ ho¹ch sè 12\nBé", LegacyCapitals.rewriteRuns(text, List.of("§¶ng bé", "bé")));
    }

    private static final List<List<LegacyRun>> DOCUMENT = List.of(
                List.of(new LegacyRun(".VnTimeH", typedInCapitalsFont("ĐẢNG BỘ TỈNH LÀO CAI"))),
                List.of(new LegacyRun(".VnTimeH", typedInCapitalsFont("ĐẢNG ỦY XÃ AN THỊNH"))),
                List.of(new LegacyRun(".VnTime", LegacyEncoding.TCVN3.encode("Số 12-KH/ĐU, "))),
                List.of(new LegacyRun(".VnTimeH", typedInCapitalsFont("KẾ HOẠCH"))),
                List.of(new LegacyRun(".VnTime", LegacyEncoding.TCVN3.encode(
                        "Thực hiện công tác tuyên truyền năm 2026 trên địa bàn xã."))));

    @ParameterizedTest
    @CsvSource({"legacy.pdf", "legacy.docx"})
    void fileWithCapitalsFontKeepsItsCapitals(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, name.endsWith(".pdf") ? PdfFixtures.legacyFonts(DOCUMENT) : WordFixtures.legacyDocx(DOCUMENT));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        String text = doc.text();
        assertTrue(text.contains("ĐẢNG BỘ TỈNH LÀO CAI"), text);
        assertTrue(text.contains("ĐẢNG ỦY XÃ AN THỊNH"), text);
        assertTrue(text.contains("KẾ HOẠCH"), text);
        assertTrue(text.contains("Thực hiện công tác tuyên truyền năm 2026"), text);
        assertFalse(text.contains("đảng bộ"), text);
    }
}
