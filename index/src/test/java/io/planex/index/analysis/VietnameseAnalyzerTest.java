package io.planex.index.analysis;

import static io.planex.index.analysis.TokenAssert.assertTerms;
import static io.planex.index.analysis.TokenAssert.detailed;
import static io.planex.index.analysis.TokenAssert.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.index.analysis.VietnameseAnalyzer.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
    private final VietnameseAnalyzer exact = new VietnameseAnalyzer(Mode.EXACT);
    private final VietnameseAnalyzer folded = new VietnameseAnalyzer(Mode.FOLDED);
    private final VietnameseAnalyzer shingles = new VietnameseAnalyzer(Mode.SHINGLE);

    @Test
    void exactKeepsDiacriticsButUnifiesTonePlacementAndCase() throws Exception {
        assertTerms(exact, "Kết luận số 57-KL/TW của Bộ Chính trị", "kết", "luận", "số", "57", "kl", "tw", "của",
                "bộ", "chính", "trị");
        assertEquals(terms(exact, "Đảng ủy xã Hòa Phong"), terms(exact, "ĐẢNG UỶ XÃ HOÀ PHONG"));
        assertEquals(terms(exact, "thủy lợi, quý IV"), terms(exact, "thuỷ lợi, qúy IV"));
        assertEquals(List.of("hoa"), terms(exact, "hoa"), "no marks stays without marks");
    }

    @Test
    void foldedDropsEveryMarkAndFoldsDToD() throws Exception {
        assertTerms(folded, "Kết luận", "ket", "luan");
        assertTerms(folded, "Đảng ủy", "dang", "uy");
        assertTerms(folded, "Hòa Phong", "hoa", "phong");
        assertTerms(folded, "Hoà Phong", "hoa", "phong");
        assertTerms(folded, "quảng bá du lịch", "quang", "ba", "du", "lich");
        assertTerms(folded, "Ưu tiên nước sạch, ổn định đời sống", "uu", "tien", "nuoc", "sach", "on", "dinh", "doi",
                "song");
        assertTerms(folded, "ỳ ỷ ỹ ỵ ý Ả Ạ Ặ Ẫ", "y", "y", "y", "y", "y", "a", "a", "a", "a");
        assertEquals(terms(folded, "ket luan"), terms(folded, "KẾT LUẬN"));
    }

    @Test
    void shinglesArePairsOfFoldedSyllablesWithOffsets() throws Exception {
        assertTerms(shingles, "Quảng bá du lịch", "quang ba", "ba du", "du lich");
        assertEquals(List.of("quang ba@0-8+1", "ba du@6-11+1", "du lich@9-16+1"),
                detailed(shingles, "Quảng bá du lịch"));
        assertTerms(shingles, "một");
    }

    @Test
    void allModesShareTokenizationSoOffsetsAgree() throws Exception {
        String text = "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023, UBND xã Hòa Phong";
        List<String> e = detailed(exact, text);
        List<String> f = detailed(folded, text);
        assertEquals(e.size(), f.size());
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).substring(e.get(i).indexOf('@')), f.get(i).substring(f.get(i).indexOf('@')));
        }
    }

    @Test
    void multiValuedFieldsKeepAGapBetweenValues() {
        assertEquals(VietnameseAnalyzer.VALUE_GAP, folded.getPositionIncrementGap("unit"));
    }
}
