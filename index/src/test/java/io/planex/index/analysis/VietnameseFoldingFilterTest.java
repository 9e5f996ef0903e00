package io.planex.index.analysis;

import static io.planex.index.analysis.TokenAssert.assertTerms;
import static io.planex.index.analysis.TokenAssert.detailed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

class VietnameseFoldingFilterTest {
    private static final Analyzer FOLD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new WhitespaceTokenizer();
            return new TokenStreamComponents(t, new VietnameseFoldingFilter(t));
        }
    };

    @Test
    void dropsEveryVietnameseMarkAndFoldsD() throws Exception {
        assertTerms(FOLD, "Đảng ủy xã Hòa Phong", "Dang", "uy", "xa", "Hoa", "Phong");
        assertTerms(FOLD, "ĂÂÊÔƠƯ ăâêôơư đĐ ðÐ", "AAEOOU", "aaeoou", "dD", "dD");
        assertEquals(List.of("Ket@0-3+1", "luan@4-8+1"), detailed(FOLD, "Kết luận"));
    }

    @Test
    void agreesWithLuceneAsciiFoldingOnEveryVietnameseLetter() {
        StringBuilder all = new StringBuilder();
        String base = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
        String[] tones = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
        for (char c : base.toCharArray()) {
            for (String t : tones) all.append(java.text.Normalizer.normalize(c + t, java.text.Normalizer.Form.NFC));
        }
        all.append("đĐ");
        char[] in = all.toString().toCharArray();
        char[] lucene = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, lucene, 0, in.length);
        assertEquals(new String(lucene, 0, n), VietnameseFoldingFilter.fold(all.toString()));
    }

    @Test
    void leavesAsciiAndUndecomposableLettersAlone() throws Exception {
        assertTerms(FOLD, "57-KL/TW øæß Москва 北京", "57-KL/TW", "øæß", "Москва", "北京");
        assertEquals("abc", VietnameseFoldingFilter.fold("abc"));
    }

    @Test
    void factoryIsFoundByName() throws Exception {
        assertTrue(TokenFilterFactory.availableTokenFilters().contains(VietnameseFoldingFilterFactory.NAME));
        Analyzer a = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(ToneMarkNormalizationFilterFactory.NAME)
                .addTokenFilter(VietnameseFoldingFilterFactory.NAME).build();
        assertTerms(a, "Thủy lợi ĐẢNG ỦY", "thuy", "loi", "dang", "uy");
        assertEquals("dang", a.normalize("f", "ĐẢNG").utf8ToString());
        assertThrows(IllegalArgumentException.class,
                () -> new VietnameseFoldingFilterFactory(new java.util.HashMap<>(Map.of("x", "1"))));
    }
}
