package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.text.Words;
import io.planex.testkit.corpus.PlanGenerator;
import io.planex.testkit.corpus.RealSizePlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The unit extractor's shortcuts against what they replace, on gold and generated texts and random strings. */
class UnitShortcutsTest {
    private static final String GOLD = "/io/planex/extract/gold/";

    /** The texts of the project's gold documents, as index.txt lists them. */
    private static List<String> goldTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read(GOLD + "index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) texts.add(read(GOLD + name.strip()));
        }
        return texts;
    }

    /**
     * {@code headLength} folds only as far as its lookups read: the same length as folding the 160 chars it folded
     * before, on every paragraph and line of gold and generated texts, their capitals, and plural words before
     * runs of spaces.
     */
    @Test
    void headLengthFoldsOnlyWhatItReads() throws IOException {
        List<String> texts = goldTexts();
        RealSizePlans real = new RealSizePlans(11);
        for (int i = 0; i < 8; i++) texts.add(real.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]));
        List<String> inputs = new ArrayList<>(List.of(
                "các" + " ".repeat(70) + "Sở, ban, ngành tỉnh chủ động triển khai",
                "tất cả các\t\t" + " ".repeat(40) + "tổ chức chính trị - xã hội của tỉnh",
                "Đồng chí   " + " ".repeat(60) + "Bí thư Đảng ủy chỉ đạo chung",
                "Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn", "Tòa Gia đình và người chưa thành niên tỉnh"));
        for (String t : texts) {
            for (String variant : List.of(t, t.toUpperCase(Locale.ROOT))) {
                for (Outline.Paragraph p : Outline.of(variant).paragraphs()) inputs.add(p.text());
                inputs.addAll(List.of(variant.split("\n")));
            }
        }
        int heads = 0;
        for (String in : inputs) {
            int expected = UnitNames.headLength(in, false);
            assertEquals(expected, UnitNames.headLength(in), in);
            if (expected > 0) heads++;
        }
        assertTrue(heads > 200, "heads found: " + heads);
    }

    /** {@code sectionKind}'s one pass gives the first section entry a {@code contains} per entry finds. */
    @Test
    void sectionKindMatchesAContainsPerEntry() throws IOException {
        List<String> texts = goldTexts();
        RealSizePlans real = new RealSizePlans(7);
        PlanGenerator small = new PlanGenerator(8);
        for (int i = 0; i < 12; i++) {
            texts.add(real.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]));
            texts.add(small.generate(i).text());
        }
        int paragraphs = 0;
        for (String t : texts) {
            for (String variant : List.of(t, t.toUpperCase(Locale.ROOT))) {
                for (Outline.Paragraph p : Outline.of(variant).paragraphs()) {
                    assertEquals(UnitExtractor.sectionKindByContains(p.text()), UnitExtractor.sectionKind(p.text()), p.text());
                    // the outline keeps isCaps of a paragraph up to date line by line instead of re-reading it
                    assertEquals(Words.isCaps(p.text()), p.caps(), p.text());
                    assertEquals(UnitNames.assignVerbLengthByDefinition(p.text()), UnitNames.assignVerbLength(p.text()), p.text());
                    paragraphs++;
                }
            }
        }
        assertTrue(paragraphs > 1000, "paragraphs: " + paragraphs);
        // random runs of the section words and their pieces, where several entries overlap or are cut short
        String[] pieces = {"tổ", "TỔ", "chức", "CHỨC", "thực", "THỤC", "hiện", "phân", "công", "nhiệm", "vụ", "NHIỆM",
            "VỤ", "trách", "của", "các", "triển", "khai", "giải", "pháp", "mục", "đích", "yêu", "cầu", "căn", "cứ",
            "kinh", "phí", "nội", "dung", "đối", "tượng", "phạm", "vi", "thời", "gian", "chế", "độ", "báo", "cáo", "kết",
            "quả", "tình", "hình", "thông", "tin", "sơ", "tổng", "khen", "thưởng", "t", "n", "c", "I.", "1.", ":", "\u0301",
            "Ω", "가"};
        Random r = new Random(17);
        String[] gaps = {" ", " ", "", "  ", "\t", "-"};
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            // short headings and long list items (sectionKind skips window starts in these)
            int words = n % 2 == 0 ? 1 + r.nextInt(8) : 1 + r.nextInt(60);
            for (int k = 0; k < words; k++) b.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String s = b.toString();
            assertEquals(UnitExtractor.sectionKindByContains(s), UnitExtractor.sectionKind(s), s);
        }
    }

    /** assignVerbLength's folded prefix and capital test give what folding the whole paragraph gives. */
    @Test
    void assignVerbLengthMatchesItsDefinition() {
        String[] pieces = {"Giao", "giao", "GIAO", "cho", "Đề", "đề", "nghị", "Phân", "công", "Ủy", "Uỷ", "quyền", "Đối",
            "với", "Trách", "nhiệm", "của", "Nhiệm", "vụ", "Về", "phía", "yêu", "cầu", "chỉ", "đạo", "Đảng", "ủy", "UBND",
            "Ủy ban nhân dân", "xã", "Sở", "Nội", "vụ", "Công an", "huyện", "hoà", "hoàn", ":", ",", ".", " ", "  ", "\t",
            "\u00a0", "\u2003", "a", "1.", "\ud835\udc00", "thực hiện", "chủ trì"};
        Random r = new Random(21);
        int nonZero = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(12);
            for (int k = 0; k < words; k++) b.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            String s = b.toString();
            int expected = UnitNames.assignVerbLengthByDefinition(s);
            if (expected > 0) nonZero++;
            assertEquals(expected, UnitNames.assignVerbLength(s), s);
        }
        assertTrue(nonZero > 1000, "non-zero: " + nonZero);
        // an issuer of up to MAX_ISSUER_WORDS words, then a verb: assignVerbLength folds only the opening words, so
        // verbs around the sixth to eighth word, after runs of spaces strip() or \s does not count, are compared here
        String[] words = {"Đảng", "ủy", "Ban", "Thường", "vụ", "Huyện", "UBND", "xã", "Sở", "\u2003", "\u00a0", "\t",
            "a", "giao", "Giao", "cho", "đề", "nghị", "yêu", "cầu", "chỉ", "đạo", "Ủy ban nhân dân", "Công an"};
        String[] gaps = {" ", " ", "  ", "\u2003", "\u00a0", "\t", " \u2003 ", ""};
        int issuers = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder("Đảng ủy");
            int count = 3 + r.nextInt(9);
            for (int k = 0; k < count; k++) b.append(gaps[r.nextInt(gaps.length)]).append(words[r.nextInt(words.length)]);
            b.append(" giao Ủy ban nhân dân xã thực hiện kế hoạch này trong năm 2025");
            String s = b.toString();
            int expected = UnitNames.assignVerbLengthByDefinition(s);
            if (expected > 0) issuers++;
            assertEquals(expected, UnitNames.assignVerbLength(s), s);
        }
        assertTrue(issuers > 1000, "issuer verbs: " + issuers);
    }

    /**
     * issuerReach's offset: an issuer cut past it has more words than allowed (what lets assignVerbLength fold only
     * the paragraph's opening words). It is a bound, not the least such offset: runs of whitespace strip() would drop
     * count as words when they are inside the issuer.
     */
    @Test
    void issuerReachIsTheFirstOffsetWithTooManyWords() {
        String[] pieces = {"Đảng", "ủy", "a", "\u2003", "\u00a0", " ", "  ", "\t", "\n", "\u2003\u2003", "x,", "-"};
        Random r = new Random(29);
        int bounded = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + r.nextInt(24);
            for (int k = 0; k < count; k++) b.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            String s = b.toString();
            int reach = UnitNames.issuerReach(s);
            for (int at = 0; at <= s.length(); at++) {
                boolean tooMany = io.planex.extract.text.Words.splitCount(s.substring(0, at).strip()) > 6;
                if (reach >= 0 && at > reach) assertTrue(tooMany, s + " at " + at);
            }
            if (reach >= 0) bounded++;
        }
        assertTrue(bounded > 5_000, "strings with a reach: " + bounded);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(UnitShortcutsTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
