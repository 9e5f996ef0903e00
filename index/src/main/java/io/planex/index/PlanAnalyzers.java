package io.planex.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzers for Vietnamese text. First cut: Unicode word tokens, lower-cased and ASCII-folded (đ -> d, diacritics
 * dropped) so queries match with or without diacritics. Issue 7 refines ranking and tone placement.
 */
public final class PlanAnalyzers {
    private PlanAnalyzers() {}

    public static Analyzer indexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
