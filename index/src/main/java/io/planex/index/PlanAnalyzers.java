package io.planex.index;

import io.planex.index.analysis.VietnameseAnalyzer;
import io.planex.index.analysis.VietnameseAnalyzer.Mode;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzer of each index field: diacritics kept in {@link IndexFields#TEXT} and {@link IndexFields#TITLE},
 * folded in the *_folded fields and in issuer and unit names, syllable pairs in the *_shingles fields.
 */
public final class PlanAnalyzers {
    private PlanAnalyzers() {}

    /** The per-field analyzer used for both indexing and query parsing. */
    public static Analyzer indexAnalyzer() {
        Analyzer folded = new VietnameseAnalyzer(Mode.FOLDED);
        Analyzer shingles = new VietnameseAnalyzer(Mode.SHINGLE);
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(Mode.EXACT), Map.of(
                IndexFields.TEXT_FOLDED, folded,
                IndexFields.TITLE_FOLDED, folded,
                IndexFields.ISSUER, folded,
                IndexFields.UNIT, folded,
                IndexFields.TEXT_SHINGLES, shingles,
                IndexFields.TITLE_SHINGLES, shingles,
                IndexFields.ID, new KeywordAnalyzer()));
    }
}
