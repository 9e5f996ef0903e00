package io.planex.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.planex.index.analysis.VietnameseAnalyzer.Mode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The replayed streams against each mode's own chain, token by token, offsets, increments and final offset. */
class CapturedTokensTest {
    private static final VietnameseAnalyzer EXACT = new VietnameseAnalyzer(Mode.EXACT);
    private static final VietnameseAnalyzer FOLDED = new VietnameseAnalyzer(Mode.FOLDED);
    private static final VietnameseAnalyzer SHINGLE = new VietnameseAnalyzer(Mode.SHINGLE);

    private static final List<String> TEXTS = List.of("", " ", "Kế", "Kế hoạch",
            "KẾ HOẠCH Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị",
            "Ủy ban nhân dân tỉnh Hòa Bình, UBND huyện Thuỷ Nguyên; hoà, thủy, qúy, quý",
            Normalizer.normalize("Đảng ủy xã Hòa An – Phòng Văn hóa và Thông tin", Normalizer.Form.NFD),
            "1. Sở Tài chính chủ trì, phối hợp...\n\n\t2) Hoàn thành trước ngày 30/11/2026 | Quý IV/2026 |",
            "a" + "x".repeat(300) + " sau một từ quá dài b " + "y".repeat(256) + " c", // longer than a token may be
            "e-mail: vanthu@hanoi.gov.vn, http://x.gov.vn/a?b=1 — 😀 日本語 Ελληνικά ø æ ß ð Ð",
            "kết thúc bằng một từ quá dài " + "z".repeat(400),
            "Ngày\u00A0 tháng  năm\u000B\u000C ...\u2028 đ Đ ơ Ơ ư Ư");

    @Test
    void replaysWhatEachModesChainGives() throws IOException {
        List<String> texts = new ArrayList<>(TEXTS);
        Random random = new Random(3);
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
                + "AĂÂĐÊÔƠƯÀÁẠẾỆỒỘỜỚỪỨ0123456789 .,;:-/()\n\t\"'";
        for (int i = 0; i < 200; i++) { // random text, some longer than the analyzer's read buffer
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 20_000 : 400);
            for (int k = 0; k < length; k++) b.append(letters.charAt(random.nextInt(letters.length())));
            texts.add(b.toString());
        }
        for (String text : texts) {
            CapturedTokens tokens = CapturedTokens.of(EXACT, "f", text);
            // the tokenizer's token types are not replayed: no field indexes them (the pairs' type is checked)
            assertEquals(detailed(EXACT.tokenStream("f", text), false), detailed(tokens.exact(), false), text);
            assertEquals(detailed(FOLDED.tokenStream("f", text), false), detailed(tokens.folded(), false), text);
            assertEquals(detailed(SHINGLE.tokenStream("f", text), true), detailed(tokens.shingles(), true), text);
            assertEquals(detailed(EXACT.tokenStream("f", text), false), detailed(tokens.exact(), false),
                    "replayed twice: " + text);
        }
    }

    @Test
    void takesOnlyTheExactChain() {
        assertThrows(IllegalArgumentException.class, () -> CapturedTokens.of(FOLDED, "f", "x"));
    }

    /** Each token as "term@start-end+increment/length[:type]", then the final offset and increment. */
    private static List<String> detailed(TokenStream stream, boolean withType) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute l = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute y = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t + "@" + o.startOffset() + "-" + o.endOffset() + "+" + p.getPositionIncrement() + "/"
                        + l.getPositionLength() + (withType ? ":" + y.type() : ""));
            }
            ts.end();
            out.add("end@" + o.endOffset() + "+" + p.getPositionIncrement());
        }
        return out;
    }
}
