package io.planex.index.analysis;

import static io.planex.index.analysis.TokenAssert.assertTerms;
import static io.planex.index.analysis.TokenAssert.detailed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

class ToneMarkNormalizationFilterTest {
    private static final Analyzer WHITESPACE_TONES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new WhitespaceTokenizer();
            return new TokenStreamComponents(t, new ToneMarkNormalizationFilter(t));
        }
    };

    @Test
    void normalisesEachTokenAndKeepsOffsetsAndPositions() throws Exception {
        assertEquals(List.of("Hoà@0-3+1", "Phong@4-9+1", "uỷ@10-12+1", "ban@13-16+1", "quý@17-20+1"),
                detailed(WHITESPACE_TONES, "Hòa Phong ủy ban qúy"));
    }

    @Test
    void composesDecomposedTokensWithoutChangingOffsets() throws Exception {
        String nfd = Normalizer.normalize("Đảng ủy", Normalizer.Form.NFD);
        List<String> tokens = detailed(WHITESPACE_TONES, nfd);
        assertEquals(2, tokens.size());
        assertEquals("Đảng@0-" + nfd.indexOf(' ') + "+1", tokens.get(0));
        assertEquals("uỷ", tokens.get(1).substring(0, tokens.get(1).indexOf('@')));
    }

    @Test
    void passesAsciiAndEmptyInputThrough() throws Exception {
        assertTerms(WHITESPACE_TONES, "57-KL/TW ket luan", "57-KL/TW", "ket", "luan");
        assertTerms(WHITESPACE_TONES, "");
    }

    @Test
    void factoryIsFoundByNameInCustomAnalyzer() throws Exception {
        Analyzer a = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter(ToneMarkNormalizationFilterFactory.NAME)
                .addTokenFilter("asciiFolding")
                .build();
        assertTerms(a, "Hòa Phong, Thuỷ lợi", "hoa", "phong", "thuy", "loi");
        assertTrue(TokenFilterFactory.availableTokenFilters().contains(ToneMarkNormalizationFilterFactory.NAME));
        // normalize() (used by query parsers for wildcard terms) applies the filter too
        assertEquals("hoa", a.normalize("f", "HÒA").utf8ToString());
        Analyzer exact = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(ToneMarkNormalizationFilterFactory.NAME).build();
        assertEquals("hoà", exact.normalize("f", "HÒA").utf8ToString());
    }

    @Test
    void factoryRejectsUnknownParameters() {
        assertThrows(IllegalArgumentException.class,
                () -> new ToneMarkNormalizationFilterFactory(new java.util.HashMap<>(Map.of("x", "1"))));
    }

    private static void assertTrue(boolean b) {
        org.junit.jupiter.api.Assertions.assertTrue(b);
    }
}
