package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private final Analyzer analyzer = PlanAnalyzers.indexAnalyzer();

    private List<String> snippets(String text, Set<String> exact, Set<String> folded) {
        return Snippets.forTerms(text, new Snippets.Terms(exact, folded), analyzer, 2);
    }

    @Test
    void picksTheSentenceWithMostDistinctTerms() {
        String text = "Tổ chức hội nghị. Tăng cường quảng bá du lịch của xã trên mạng. Du lịch cộng đồng phát triển.";
        List<String> s = snippets(text, Set.of(), Set.of("quang", "ba", "du", "lich"));
        assertEquals("Tăng cường <b>quảng</b> <b>bá</b> <b>du</b> <b>lịch</b> của xã trên mạng.", s.get(0));
        assertEquals("<b>Du</b> <b>lịch</b> cộng đồng phát triển.", s.get(1));
    }

    @Test
    void listItemsAndHeadingsEndSentencesButWrappedLinesDoNot() {
        String text = "KẾ HOẠCH\nTriển khai công tác\ntuyên truyền về du lịch\n- Phòng Văn hóa chủ trì\n1. Về du lịch";
        List<String> s = snippets(text, Set.of(), Set.of("tuyen", "du"));
        assertEquals("Triển khai công tác <b>tuyên</b> truyền về <b>du</b> lịch", s.get(0));
        assertEquals("1. Về <b>du</b> lịch", s.get(1));
    }

    @Test
    void numberingAndAbbreviationsAreNotSentenceEnds() {
        String text = "Giao UBND TP. Hưng Yên chủ trì việc quảng bá. Câu khác.";
        assertEquals("Giao UBND TP. Hưng Yên chủ trì việc <b>quảng</b> bá.",
                snippets(text, Set.of("quảng"), Set.of()).get(0));
    }

    @Test
    void exactTermsDoNotLightUpOtherMarks() {
        String text = "Ủy ban nhân dân xã. Sản phẩm nhãn lồng.";
        assertEquals(List.of("Sản phẩm <b>nhãn</b> lồng."), snippets(text, Set.of("nhãn"), Set.of()));
        // when nothing matches exactly, folded matches are shown rather than nothing
        assertEquals("Ủy ban <b>nhân</b> dân xã.", snippets("Ủy ban nhân dân xã.", Set.of("nhãn"), Set.of()).get(0));
    }

    @Test
    void longSentencesAreCutAroundTheMatch() {
        String filler = "các cơ quan đơn vị thực hiện nghiêm túc ".repeat(20);
        String text = filler + "quảng bá du lịch " + filler + ".";
        String s = snippets(text, Set.of(), Set.of("quang")).get(0);
        assertTrue(s.startsWith("… ") && s.endsWith(" …"), s);
        assertTrue(s.contains("<b>quảng</b>"), s);
        assertTrue(s.length() < Snippets.MAX_CHARS + 40, s);
    }

    @Test
    void aroundSpanHighlightsAMentionInItsSentence() {
        String text = "Mở đầu. Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị. Phần sau.";
        int at = text.indexOf("57-KL/TW");
        assertEquals("Thực hiện Kết luận số <b>57-KL/TW</b> ngày 15/6/2023 của Bộ Chính trị.",
                Snippets.aroundSpan(text, at, at + 8));
        assertNull(Snippets.aroundSpan(text, -1, 3));
        assertNull(Snippets.aroundSpan(text, 5, text.length() + 1));
    }

    @Test
    void emptyInputsGiveNoSnippets() {
        assertEquals(List.of(), snippets("", Set.of("a"), Set.of()));
        assertEquals(List.of(), snippets(null, Set.of("a"), Set.of()));
        assertEquals(List.of(), snippets("văn bản", Set.of(), Set.of()));
        assertEquals(List.of(), snippets("văn bản", Set.of(), Set.of("khong")));
    }
}
