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

    /** {@code sectionKind}'s one pass gives the first section entry a {@code contains} per entry finds. */
    @Test
    void sectionKindMatchesAContainsPerEntry() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read(GOLD + "index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) texts.add(read(GOLD + name.strip()));
        }
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
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(8);
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
    }

    private static String read(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(UnitShortcutsTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
