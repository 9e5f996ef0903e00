package io.planex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The words a field's analyzer makes of a text, and the phrase query over them: shared by every query builder. */
public final class FieldWords {
    private FieldWords() {}

    /** The tokens {@code analyzer} makes of {@code text} for {@code field}. */
    public static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The words of {@code text} as a phrase inside one value of {@code field}; matches nothing without words. */
    public static Query phrase(Analyzer analyzer, String field, String text) {
        List<String> words = analyze(analyzer, field, text);
        if (words.isEmpty()) return new MatchNoDocsQuery("no words in " + text);
        if (words.size() == 1) return new TermQuery(new Term(field, words.get(0)));
        return new PhraseQuery(field, words.toArray(new String[0]));
    }
}
