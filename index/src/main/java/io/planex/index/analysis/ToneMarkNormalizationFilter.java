package io.planex.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * NFC-normalises each token and moves its tone mark to the canonical vowel ({@link VietnameseTones}), so "hòa" and
 * "hoà", "thủy" and "thuỷ", "qúy" and "quý" index as one term. Offsets and positions are untouched.
 */
public final class ToneMarkNormalizationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ToneMarkNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (VietnameseTones.normalizeInPlace(term.buffer(), term.length()) == VietnameseTones.NEEDS_NFC) {
            String normalized = VietnameseTones.normalize(term.toString());
            term.setEmpty().append(normalized);
        }
        return true;
    }
}
