package io.planex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Snippets for people: the sentence of a text that holds the most query terms, or the sentence around a given
 * span (a citation mention), with matches wrapped in {@code <b>...</b>} and whitespace collapsed. Sentences end
 * at . ! ? ; followed by a space, and at a line break that opens a list item or a blank line (PDF text breaks
 * lines mid-sentence, so a bare line break is not an end). Long sentences are cut to a window around the match.
 */
public final class Snippets {
    /** Longest snippet, in characters of the source text. */
    static final int MAX_CHARS = 260;

    public static final String OPEN = "<b>";
    public static final String CLOSE = "</b>";

    private Snippets() {}

    /** A highlighted span of the text, end exclusive. */
    record Span(int start, int end) {}

    /**
     * What the query asks to see highlighted: words typed with diacritics must match exactly (tone placement
     * aside); words typed without them match any marks.
     */
    public record Terms(Set<String> exact, Set<String> folded) {
        public Terms {
            exact = Set.copyOf(exact);
            folded = Set.copyOf(folded);
        }

        public boolean isEmpty() {
            return exact.isEmpty() && folded.isEmpty();
        }
    }

    /**
     * Up to {@code max} snippets, best first: sentences ranked by how many distinct query terms they hold.
     * {@code analyzer} is the per-field index analyzer (the exact and folded text fields share offsets). When no
     * word matches under the strict reading (diacritics typed must match), any folded match is highlighted.
     */
    public static List<String> forTerms(String text, Terms terms, Analyzer analyzer, int max) {
        if (text == null || text.isEmpty() || terms.isEmpty() || max <= 0) return List.of();
        List<String> exactTokens = new ArrayList<>();
        List<String> foldedTokens = new ArrayList<>();
        List<Span> offsets = new ArrayList<>();
        // One analysis pass: the folded field's analysis is the exact one plus folding, so fold the exact terms.
        tokens(analyzer, IndexFields.TEXT, text, exactTokens, offsets);
        for (String e : exactTokens) foldedTokens.add(io.planex.index.analysis.VietnameseFoldingFilter.fold(e));
        List<Span> hits = new ArrayList<>();
        List<String> hitTerms = new ArrayList<>();
        for (int pass = 0; pass < 2 && hits.isEmpty(); pass++) {
            for (int k = 0; k < exactTokens.size(); k++) {
                String f = foldedTokens.get(k);
                boolean match = pass == 0
                        ? terms.exact().contains(exactTokens.get(k)) || terms.folded().contains(f)
                        : terms.folded().contains(f) || foldedOf(terms.exact(), f);
                if (match) {
                    hits.add(offsets.get(k));
                    hitTerms.add(f);
                }
            }
        }
        if (hits.isEmpty()) return List.of();
        // Group hits by sentence and score each sentence by its distinct terms, then by its hit count.
        record Scored(Span sentence, int distinct, int count, List<Span> spans) {}
        List<Scored> scored = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            Span sentence = sentenceAround(text, hits.get(i).start);
            Set<String> distinct = new HashSet<>();
            List<Span> spans = new ArrayList<>();
            do { // the first hit is always inside its own sentence, so each pass moves on
                distinct.add(hitTerms.get(i));
                spans.add(hits.get(i));
                i++;
            } while (i < hits.size() && hits.get(i).start < sentence.end);
            scored.add(new Scored(sentence, distinct.size(), spans.size(), spans));
        }
        scored.sort((a, b) -> a.distinct != b.distinct ? Integer.compare(b.distinct, a.distinct)
                : a.count != b.count ? Integer.compare(b.count, a.count)
                : Integer.compare(a.sentence.start, b.sentence.start));
        List<String> out = new ArrayList<>();
        for (Scored s : scored) {
            if (out.size() >= max) break;
            out.add(render(text, s.sentence, s.spans));
        }
        return out;
    }

    private static boolean foldedOf(Set<String> exactTerms, String folded) {
        for (String e : exactTerms) {
            if (fold(e).equals(folded)) return true;
        }
        return false;
    }

    private static String fold(String s) {
        return io.planex.index.analysis.VietnameseFoldingFilter.fold(s);
    }

    private static void tokens(Analyzer analyzer, String field, String text, List<String> terms, List<Span> offsets) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                if (offsets != null) offsets.add(new Span(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence around {@code [start, end)}, with that span highlighted; null when the span is out of range. */
    public static String aroundSpan(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) return null;
        Span sentence = sentenceAround(text, start);
        sentence = new Span(sentence.start, Math.max(sentence.end, Math.min(text.length(), end)));
        return render(text, sentence, List.of(new Span(start, end)));
    }

    /** The sentence holding offset {@code at}. */
    static Span sentenceAround(String text, int at) {
        int start = at;
        while (start > 0 && !endsSentence(text, start)) start--;
        int end = Math.min(text.length(), at + 1); // the sentence holds at least the character at `at`
        while (end < text.length() && !endsSentence(text, end)) end++;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        return new Span(start, end);
    }

    /** True when a sentence ends just before offset {@code i}. */
    private static boolean endsSentence(String text, int i) {
        if (i <= 0 || i >= text.length()) return true;
        char prev = text.charAt(i - 1);
        char c = text.charAt(i);
        if ((prev == '.' || prev == '!' || prev == '?' || prev == ';') && Character.isWhitespace(c)) {
            // "1." "a." "TP." are numbering or abbreviations, not sentence ends, when short
            return !shortToken(text, i - 1);
        }
        if (prev == '\n') {
            if (isHeadingLine(text, i - 1)) return true;
            int j = i;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
            if (j >= text.length()) return true;
            char first = text.charAt(j);
            if (first == '\n' || first == '\r' || first == '-' || first == '+' || first == '•' || first == '–'
                    || first == '*') {
                return true;
            }
            return listNumber(text, j);
        }
        return false;
    }

    /** True when the line ending at the line break {@code nl}, or the one after it, is written in capitals. */
    private static boolean isHeadingLine(String text, int nl) {
        int b = text.lastIndexOf('\n', nl - 1) + 1;
        if (capitals(text, b, nl)) return true;
        int e = text.indexOf('\n', nl + 1);
        return capitals(text, nl + 1, e < 0 ? text.length() : e);
    }

    private static boolean capitals(String text, int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /** "12." or "a)" or "II." at {@code j}: a numbered list item. */
    private static boolean listNumber(String text, int j) {
        int k = j;
        while (k < text.length() && k - j < 5 && Character.isLetterOrDigit(text.charAt(k))) k++;
        if (k == j || k >= text.length()) return false;
        char after = text.charAt(k);
        if (after != '.' && after != ')') return false;
        String head = text.substring(j, k);
        return head.chars().allMatch(Character::isDigit) || head.length() == 1 || head.matches("[IVXLC]+");
    }

    /**
     * True when the word before the dot at {@code dot} is list numbering or an abbreviation: digits ("1."), one
     * letter ("a."), or up to three capitals ("TP.", "TW.")—not a lower-case word ending a sentence.
     */
    private static boolean shortToken(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) k--;
        int len = dot - k;
        if (len == 0 || (k > 0 && !Character.isWhitespace(text.charAt(k - 1)))) return false;
        String word = text.substring(k, dot);
        if (word.chars().allMatch(Character::isDigit) || len == 1) return true;
        return len <= 3 && word.chars().allMatch(Character::isUpperCase);
    }

    private static String render(String text, Span sentence, List<Span> spans) {
        int from = sentence.start;
        int to = sentence.end;
        if (to - from > MAX_CHARS) {
            Span first = spans.get(0);
            from = Math.max(sentence.start, first.start - MAX_CHARS / 3);
            to = Math.min(sentence.end, from + MAX_CHARS);
            from = wordStart(text, from, sentence.start);
            to = wordEnd(text, to, sentence.end);
        }
        StringBuilder b = new StringBuilder();
        if (from > sentence.start) b.append("… ");
        int pos = from;
        for (Span s : spans) {
            if (s.start < pos || s.end > to) continue;
            b.append(text, pos, s.start).append(OPEN).append(text, s.start, s.end).append(CLOSE);
            pos = s.end;
        }
        b.append(text, pos, to);
        if (to < sentence.end) b.append(" …");
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private static int wordStart(String text, int i, int min) {
        while (i > min && !Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String text, int i, int max) {
        while (i < max && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
