package io.planex.ingest.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.layer.TextLayerJudge.GlyphCounts;
import io.planex.ingest.layer.TextLayerJudge.Verdict;
import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.testkit.corpus.PlanGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextLayerJudgeTest {
    private static final String CLEAN = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ CÔNG THƯƠNG                           Độc lập - Tự do - Hạnh phúc",
            "Số: 3036/SCT-CN                     Lào Cai, ngày 28 tháng 5 năm 2026",
            "Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ quy định chi tiết;",
            "Sở Công Thương nhận được Giấy mời của Công ty cổ phần Năng lượng về việc kiểm tra, nghiệm thu",
            "kho chứa vật liệu nổ công nghiệp phục vụ thi công công trình thủy điện. Sau khi nghiên cứu hồ sơ",
            "và đối chiếu với các quy định pháp luật hiện hành liên quan, Sở Công Thương thông báo kế hoạch",
            "kiểm tra công tác nghiệm thu hoàn thành công trình như sau: thời gian, thành phần, nội dung.",
            "Đề nghị Công ty chuẩn bị đầy đủ hồ sơ, tài liệu liên quan để phục vụ đoàn kiểm tra.");

    /** What a Word-to-Ghostscript PDF's broken ToUnicode map made of real text (the kind seen in archives). */
    private static final String CYRILLIC_SOUP = String.join("\n",
            "UBND 7ӌ1+ LÀO CAI &Ӝ1* HOÀ XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM",
            "6Ӣ CÔNG 7+ѬѪ1* ĈӝF OұS - 7ӵ do - +ҥQK phúc",
            "6ӕ 3036 /SCT-CN Lào Cai, ngày 28 tháng 5 QăP 2026",
            "V/v NӃ KRҥFK NLӇP tra công tác QJKLӋP thu hoàn thành công trình",
            "xây GӵQJ kho FKӭD YұW OLӋX Qә công QJKLӋS FӫD Gӵ án WKӫ\\ ÿLӋQ Móng",
            "Kính JӱL Công ty Fә SKҫQ 1ăQJ OѭӧQJ %ҧR Long");

    static Stream<Arguments> pages() {
        String numbers = String.join("\n", "STT  Chỉ tiêu  2024  2025  2026",
                "1  12.450  13.210  14.005", "2  8.300  8.950  9.100", "3  1.204,5  1.310,2  1.402,9",
                "Tổng  21.954,5  23.470,2  24.507,9");
        String signature = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Thuân";
        String english = "The Provincial People's Committee approved the plan for digital transformation. "
                + "Agencies shall report progress every quarter and submit their proposals before December.";
        String french = "Le comité populaire de la province a approuvé le plan. Les services concernés "
                + "doivent présenter leurs rapports avant la fin de l'année; la première réunion aura lieu "
                + "à Hanoï. Être prêt, même à côté, fenêtre, château, hôtel, forêt, âge, connaître, maître.";
        String shuffled = shuffleLetters(CLEAN);
        String junk = CLEAN.replaceAll("[a-z]", "\uE001");
        return Stream.of(
                Arguments.of("clean Unicode page", CLEAN, GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("decomposed Unicode (NFD)", java.text.Normalizer.normalize(CLEAN,
                        java.text.Normalizer.Form.NFD), GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("TCVN3 mojibake", LegacyEncoding.TCVN3.encode(CLEAN), GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("VNI mojibake", LegacyEncoding.VNI.encode(CLEAN), GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("table of numbers", numbers, GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("short signature page", signature, GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("English passage", english, GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("French passage", french, GlyphCounts.UNKNOWN, Verdict.USABLE),
                Arguments.of("simple fonts without ToUnicode, all glyphs read", CLEAN,
                        new GlyphCounts(CLEAN.length(), CLEAN.length()), Verdict.USABLE),
                Arguments.of("stray marks of a scan", "| . ,", GlyphCounts.UNKNOWN, Verdict.NO_TEXT),
                Arguments.of("letters read as Cyrillic", CYRILLIC_SOUP, GlyphCounts.UNKNOWN, Verdict.GARBLED),
                Arguments.of("letters shuffled", shuffled, GlyphCounts.UNKNOWN, Verdict.GARBLED),
                Arguments.of("private-use junk", junk, GlyphCounts.UNKNOWN, Verdict.GARBLED),
                Arguments.of("glyphs dropped by the parser", "UBND  LÀO CAI  HOÀ XÃ     NAM\n CÔNG   -  do -  phúc\n"
                        + "   /SCT-CN    Lào Cai, ngày        tháng 5  2026", new GlyphCounts(1756, 1750),
                        Verdict.GARBLED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void judgesPages(String name, String text, GlyphCounts glyphs, Verdict expected) {
        TextLayerJudge.Judgement j = TextLayerJudge.judge(text, glyphs);
        assertEquals(expected, j.verdict(), () -> j + "\n" + text);
    }

    /** A decision's opening, as a scanner's own OCR gives it under the scan: most marks lost. */
    private static final String DECISION = String.join("\n",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị định số 108/2024/NĐ-CP của Chính phủ quy định việc quản lý, sử dụng và khai thác tài sản;",
            "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 845/TTr-STC ngày 15 tháng 4 năm 2026.",
            "Điều 1. Giao các cơ quan, đơn vị, địa phương thực hiện rà soát, lập phương án sắp xếp lại, xử lý nhà, đất",
            "dôi dư sau sắp xếp đơn vị hành chính trên địa bàn tỉnh theo Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh",
            "và nhiệm vụ cụ thể tại Điều 2 Quyết định này.",
            "Điều 2. Trách nhiệm của các cơ quan, đơn vị, địa phương",
            "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành tổng hợp phương án, trình Ủy ban nhân dân tỉnh quyết định;",
            "theo dõi, đôn đốc việc thực hiện của các cơ quan, đơn vị và báo cáo kết quả thực hiện trước ngày 30/6/2026.",
            "2. Ủy ban nhân dân các xã, phường rà soát hiện trạng nhà, đất; lập phương án xử lý trên địa bàn của đơn vị.");

    /** The text without its marks, as an OCR layer that lost them: "Giao cac co quan, don vi, dia phuong thuc hien". */
    private static String stripped(String text) {
        String d = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    @Test
    void aTextLayerThatLostItsMarksIsGarbledAndOneWithThemIsNot() {
        assertEquals(Verdict.USABLE, TextLayerJudge.verdict(DECISION));
        TextLayerJudge.Judgement j = TextLayerJudge.judge(stripped(DECISION), GlyphCounts.UNKNOWN);
        assertEquals(Verdict.GARBLED, j.verdict(), j::toString);
        assertEquals("marks stripped", j.why());
        // an English passage and a page of numbers lose nothing: no Vietnamese word without its marks
        assertEquals(Verdict.USABLE, TextLayerJudge.verdict(stripped("The committee shall report progress every "
                + "quarter and submit proposals before December; the plan covers transport, health and education.")));
    }

    @Test
    void syllableGrammar() {
        for (String ok : List.of("người", "nghiêng", "quyết", "khuya", "giữ", "gì", "Nguyễn", "được", "xoong",
                "THƯƠNG", "tỉnh", "oái", "uống", "huân", "thuở")) {
            assertTrue(VietnameseSyllables.isSyllable(ok), ok);
        }
        for (String bad : List.of("QăP", "Nӗ", "nguyễnn", "ạả", "SKҫQ", "ĐQ", "Vӕ", "thưởngg")) {
            assertTrue(!VietnameseSyllables.isSyllable(bad), bad);
        }
    }

    /**
     * No false alarm on thousands of generated clean pages (every level and genre of the generator, as Unicode,
     * TCVN3 and VNI text), and every one of them caught once its letters are shuffled or read as Cyrillic.
     */
    @Test
    void noFalseAlarmOnGeneratedPagesAndAllGarbledCaught() {
        List<String> pages = generatedPages(13, 3000);
        int falseAlarms = 0;
        int missed = 0;
        StringBuilder examples = new StringBuilder();
        for (String page : pages) {
            for (String form : List.of(page, LegacyEncoding.TCVN3.encode(page), LegacyEncoding.VNI.encode(page))) {
                if (TextLayerJudge.verdict(form) == Verdict.GARBLED) {
                    falseAlarms++;
                    if (examples.length() < 2000) examples.append(TextLayerJudge.judge(form, GlyphCounts.UNKNOWN))
                            .append('\n').append(form).append("\n---\n");
                }
            }
            if (TextLayerJudge.judge(page, GlyphCounts.UNKNOWN).letters() < 200) continue;
            if (TextLayerJudge.verdict(shuffleLetters(page)) != Verdict.GARBLED) missed++;
            if (TextLayerJudge.verdict(cyrillic(page)) != Verdict.GARBLED) missed++;
        }
        assertEquals(0, falseAlarms, examples::toString);
        assertEquals(0, missed);
    }

    /**
     * No page of thousands of generated clean ones reads as letters torn from their words, and every one does once
     * its Vietnamese-only letters are moved to the end of their line, as a PDF drawing them from a fallback font
     * after the line gives them in the order drawn.
     */
    @Test
    void lettersTornFromTheirWordsAreToldFromCleanPages() {
        List<String> pages = generatedPages(17, 3000);
        int falseAlarms = 0;
        int missed = 0;
        StringBuilder examples = new StringBuilder();
        for (String page : pages) {
            if (TextLayerJudge.judge(page, GlyphCounts.UNKNOWN).displacedMarks()) {
                falseAlarms++;
                if (examples.length() < 2000) examples.append(page).append("\n---\n");
            }
            if (TextLayerJudge.judge(page, GlyphCounts.UNKNOWN).letters() < 400) continue;
            if (!TextLayerJudge.judge(lettersAfterTheirLine(page), GlyphCounts.UNKNOWN).displacedMarks()) missed++;
        }
        assertEquals(0, falseAlarms, examples::toString);
        assertEquals(0, missed);
        assertEquals(2, TextLayerJudge.judge("Ban Th ng vườ ụ T nh yỉ ủ ở cơ sở, để xử lý ổ dịch, đề nghị đủ độ ẩm",
                GlyphCounts.UNKNOWN).displacedWords());
        // a title set with letter spacing holds capitals alone: no sign of a torn page
        assertFalse(TextLayerJudge.judge("H Ư Ớ N G  D Ẫ N\nkiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng",
                GlyphCounts.UNKNOWN).displacedMarks());
    }

    /** Each line's Vietnamese-only letters taken out of its words and put after the line, a space between them. */
    static String lettersAfterTheirLine(String page) {
        StringBuilder out = new StringBuilder();
        for (String line : java.text.Normalizer.normalize(page, java.text.Normalizer.Form.NFC).split("\n")) {
            StringBuilder kept = new StringBuilder();
            StringBuilder moved = new StringBuilder();
            for (char c : line.toCharArray()) {
                if (VietnameseSyllables.isVietnameseOnlyLetter(c)) moved.append(' ').append(c);
                else kept.append(c);
            }
            out.append(kept).append(moved).append('\n');
        }
        return out.toString();
    }

    /** At least {@code count} pages of plans generated with {@code seed}, every level and genre of the generator. */
    static List<String> generatedPages(int seed, int count) {
        PlanGenerator generator = new PlanGenerator(seed);
        List<String> pages = new ArrayList<>();
        for (int i = 0; pages.size() < count; i++) pages.addAll(pagesOf(generator.generate(i).text()));
        return pages;
    }

    /** Pages of about 40 lines, as a PDF page holds. */
    static List<String> pagesOf(String text) {
        List<String> pages = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i += 40) {
            pages.add(String.join("\n", java.util.Arrays.copyOfRange(lines, i, Math.min(lines.length, i + 40))));
        }
        return pages;
    }

    /** Every letter replaced by another letter of the text, as a ToUnicode map that is off by some glyphs is. */
    static String shuffleLetters(String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        List<Integer> letters = nfc.codePoints().filter(Character::isLetter).distinct().sorted().boxed().toList();
        StringBuilder out = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            int i = letters.indexOf(cp);
            out.appendCodePoint(i < 0 ? cp : letters.get((i * 7 + 3) % letters.size()));
        });
        return out.toString();
    }

    static String cyrillic(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isLetter(cp) && cp > 0x7F ? 0x0410 + cp % 48
                : Character.isLetter(cp) && cp % 3 == 0 ? 0x0430 + cp % 32 : cp));
        return out.toString();
    }
}
