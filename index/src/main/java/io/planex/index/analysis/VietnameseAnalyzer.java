package io.planex.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text analysis in three flavours that share one tokenizer, so offsets line up across fields:
 * <ul>
 *   <li>{@link Mode#EXACT}: Unicode words, lower-cased, NFC with tone placement normalised; diacritics kept, so
 *       a query typed with diacritics matches only the same syllables.</li>
 *   <li>{@link Mode#FOLDED}: EXACT then folded (đ -> d, every mark dropped; {@link VietnameseFoldingFilter}): "ket luan" finds "Kết luận".</li>
 *   <li>{@link Mode#SHINGLE}: FOLDED syllable pairs ("du lich"), because Vietnamese words are mostly two
 *       syllables and a document holding the pair adjacent should outrank one holding both apart.</li>
 * </ul>
 */
public final class VietnameseAnalyzer extends Analyzer {
    public enum Mode { EXACT, FOLDED, SHINGLE }

    /** Gap between the values of a multi-valued field, so a phrase never spans two units or issuers. */
    static final int VALUE_GAP = 100;

    private final Mode mode;

    public VietnameseAnalyzer(Mode mode) {
        this.mode = mode;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ToneMarkNormalizationFilter(stream);
        if (mode != Mode.EXACT) stream = new VietnameseFoldingFilter(stream);
        if (mode == Mode.SHINGLE) stream = pairs(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The SHINGLE mode's last step: each token with the next, as one term ("du lich"); no single tokens. */
    static TokenStream pairs(TokenStream folded) {
        ShingleFilter shingles = new ShingleFilter(folded, 2, 2);
        shingles.setOutputUnigrams(false);
        return shingles;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        stream = new ToneMarkNormalizationFilter(stream);
        if (mode != Mode.EXACT) stream = new VietnameseFoldingFilter(stream);
        return stream;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
