package io.planex.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Writes a Lucene query that planex's searcher built as Solr's standard query syntax, so that Solr parses it back
 * into the same query: same clauses, same boosts, so the same scores. Terms are already analysed; the schema's
 * analyzers give each one back unchanged (quoted, a term is analysed as a whole, so a syllable pair stays one
 * shingle). A query of a kind planex does not build fails rather than being approximated.
 */
final class SolrQuerySyntax {
    private static final String NOTHING = "(*:* -*:*)";

    private SolrQuerySyntax() {}

    /** The query as q plus filter queries: the top-level FILTER clauses become fq (they do not score). */
    record Split(String q, List<String> filters) {}

    static Split split(Query match) {
        List<String> fq = new ArrayList<>();
        if (match instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) {
            BooleanQuery.Builder scoring = new BooleanQuery.Builder();
            int scoringClauses = 0;
            Query single = null;
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == BooleanClause.Occur.FILTER) {
                    fq.add(of(c.getQuery()));
                } else {
                    scoring.add(c);
                    scoringClauses++;
                    single = c.getOccur() == BooleanClause.Occur.MUST ? c.getQuery() : null;
                }
            }
            if (scoringClauses == 0) return new Split("*:*", fq);
            return new Split(of(scoringClauses == 1 && single != null ? single : scoring.build()), fq);
        }
        return new Split(of(match), fq);
    }

    static String of(Query q) {
        if (q instanceof BooleanQuery b) return bool(b);
        if (q instanceof BoostQuery b) return "(" + of(b.getQuery()) + ")^" + Float.toString(b.getBoost());
        if (q instanceof ConstantScoreQuery c) return "(" + of(c.getQuery()) + ")^=1.0";
        if (q instanceof TermQuery t) return field(t.getTerm()) + quoted(t.getTerm().text());
        if (q instanceof PhraseQuery p) return phrase(p);
        if (q instanceof WildcardQuery w) return field(w.getTerm()) + pattern(w.getTerm().text());
        if (q instanceof PrefixQuery p) return field(p.getPrefix()) + escape(p.getPrefix().text()) + "*";
        // "5/2015/QH13" in the ranking boosts' exact query: Lucene's query parser reads "/2015/" as a regular
        // expression; Solr's parser reads the same syntax back (a slash inside is escaped).
        if (q instanceof RegexpQuery r) {
            return field(r.getRegexp()) + "/" + r.getRegexp().text().replace("/", "\\/") + "/";
        }
        if (q instanceof FuzzyQuery f) {
            return field(f.getTerm()) + escape(f.getTerm().text()) + "~" + f.getMaxEdits();
        }
        if (q instanceof TermRangeQuery r) {
            return r.getField() + ":" + (r.includesLower() ? "[" : "{")
                    + (r.getLowerTerm() == null ? "*" : quoted(r.getLowerTerm().utf8ToString())) + " TO "
                    + (r.getUpperTerm() == null ? "*" : quoted(r.getUpperTerm().utf8ToString()))
                    + (r.includesUpper() ? "]" : "}");
        }
        if (q instanceof PointRangeQuery r) return pointRange(r);
        if (q instanceof MatchAllDocsQuery) return "*:*";
        if (q instanceof MatchNoDocsQuery) return NOTHING;
        throw new IllegalArgumentException("cannot send this query to Solr: " + q.getClass().getSimpleName()
                + " " + q);
    }

    private static String bool(BooleanQuery b) {
        if (b.getMinimumNumberShouldMatch() > 0) {
            throw new IllegalArgumentException("cannot send a minimum-should-match query to Solr: " + b);
        }
        if (b.clauses().isEmpty()) return NOTHING;
        StringBuilder s = new StringBuilder("(");
        for (BooleanClause c : b.clauses()) {
            if (s.length() > 1) s.append(' ');
            switch (c.getOccur()) {
                case MUST -> s.append('+');
                case MUST_NOT -> s.append('-');
                case FILTER -> s.append("+filter(").append(of(c.getQuery())).append(')');
                case SHOULD -> { }
            }
            if (c.getOccur() != BooleanClause.Occur.FILTER) s.append(of(c.getQuery()));
        }
        return s.append(')').toString();
    }

    private static String phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) return NOTHING;
        int[] positions = p.getPositions();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] != positions[0] + i) {
                throw new IllegalArgumentException("cannot send a phrase with gaps to Solr: " + p);
            }
        }
        StringBuilder s = new StringBuilder();
        for (Term t : terms) {
            if (s.length() > 0) s.append(' ');
            s.append(t.text());
        }
        return terms[0].field() + ":" + quoted(s.toString()) + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
    }

    private static String pointRange(PointRangeQuery r) {
        if (r.getNumDims() != 1) throw new IllegalArgumentException("cannot send this range to Solr: " + r);
        String lo;
        String hi;
        if (r.getBytesPerDim() == Integer.BYTES) {
            int l = IntPoint.decodeDimension(r.getLowerPoint(), 0);
            int h = IntPoint.decodeDimension(r.getUpperPoint(), 0);
            lo = l == Integer.MIN_VALUE ? "*" : Integer.toString(l);
            hi = h == Integer.MAX_VALUE ? "*" : Integer.toString(h);
        } else if (r.getBytesPerDim() == Long.BYTES) {
            long l = LongPoint.decodeDimension(r.getLowerPoint(), 0);
            long h = LongPoint.decodeDimension(r.getUpperPoint(), 0);
            lo = l == Long.MIN_VALUE ? "*" : Long.toString(l);
            hi = h == Long.MAX_VALUE ? "*" : Long.toString(h);
        } else {
            throw new IllegalArgumentException("cannot send this range to Solr: " + r);
        }
        return r.getField() + ":[" + lo + " TO " + hi + "]";
    }

    private static String field(Term t) {
        return t.field() + ":";
    }

    /** A quoted term: the field's analyzer sees it whole. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/ \t\n\r";

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) s.append('\\');
            s.append(c);
        }
        return s.toString();
    }

    /** A wildcard pattern as Lucene holds it ('\' escapes the next character): '*' and '?' stay wildcards. */
    private static String pattern(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                s.append('\\').append(text.charAt(++i));
            } else if (c == '*' || c == '?') {
                s.append(c);
            } else {
                if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) s.append('\\');
                s.append(c);
            }
        }
        return s.toString();
    }
}
