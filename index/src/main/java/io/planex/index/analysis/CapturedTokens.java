package io.planex.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A text analysed once with the {@link VietnameseAnalyzer.Mode#EXACT} chain, replayed as the token streams of all
 * three modes: {@link #exact()}, {@link #folded()} (each token folded, as {@link VietnameseFoldingFilter} does) and
 * {@link #shingles()} (the folded tokens paired, as the {@link VietnameseAnalyzer.Mode#SHINGLE} chain does).
 *
 * <p>Why: a document's body is indexed in three fields, and each analysed it from scratch: the tokenizer,
 * lower-casing and tone normalisation ran three times over the same text, about a third of the parent's CPU in a
 * bulk ingest. The replayed streams carry the same terms, position increments and offsets as the chains they
 * stand for ({@code CapturedTokensTest} compares them token by token), so the index does not change. Memory: the
 * terms' chars and four ints per token, about five bytes per char of text, for the time one document is indexed.
 */
public final class CapturedTokens {
    private final char[] chars;
    /** Per token: where its chars end in {@link #chars}, its position increment and its offsets. */
    private final int[] ends;
    private final int[] increments;
    private final int[] starts;
    private final int[] stops;
    private final int size;
    /** What the chain's end() says: the final offset, and the positions skipped after the last token. */
    private final int finalOffset;
    private final int finalIncrement;

    private CapturedTokens(char[] chars, int[] ends, int[] increments, int[] starts, int[] stops, int size,
            int finalOffset, int finalIncrement) {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
        this.starts = starts;
        this.stops = stops;
        this.size = size;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** {@code text} analysed once by {@code exact} (a {@link VietnameseAnalyzer.Mode#EXACT} analyzer) for {@code field}. */
    public static CapturedTokens of(VietnameseAnalyzer exact, String field, String text) {
        if (exact.mode() != VietnameseAnalyzer.Mode.EXACT) throw new IllegalArgumentException("not EXACT: " + exact.mode());
        return capture(exact, field, text);
    }

    private static CapturedTokens capture(Analyzer analyzer, String field, String text) {
        int guess = Math.max(16, text.length() / 5);
        char[] chars = new char[Math.max(16, text.length())];
        int[] ends = new int[guess];
        int[] increments = new int[guess];
        int[] starts = new int[guess];
        int[] stops = new int[guess];
        int n = 0;
        int used = 0;
        try (TokenStream in = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = in.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = in.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = in.addAttribute(OffsetAttribute.class);
            in.reset();
            while (in.incrementToken()) {
                if (n == ends.length) {
                    int grown = n + (n >> 1) + 16;
                    ends = Arrays.copyOf(ends, grown);
                    increments = Arrays.copyOf(increments, grown);
                    starts = Arrays.copyOf(starts, grown);
                    stops = Arrays.copyOf(stops, grown);
                }
                int length = term.length();
                if (used + length > chars.length) chars = Arrays.copyOf(chars, Math.max(used + length, chars.length * 2));
                System.arraycopy(term.buffer(), 0, chars, used, length);
                used += length;
                ends[n] = used;
                increments[n] = increment.getPositionIncrement();
                starts[n] = offset.startOffset();
                stops[n] = offset.endOffset();
                n++;
            }
            in.end();
            return new CapturedTokens(chars, ends, increments, starts, stops, n, offset.endOffset(),
                    increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e); // a StringReader does not fail
        }
    }

    /** The tokens as the EXACT chain gives them. */
    public TokenStream exact() {
        return new Replay(false);
    }

    /** The tokens as the FOLDED chain gives them. */
    public TokenStream folded() {
        return new Replay(true);
    }

    /**
     * The token pairs as the SHINGLE chain gives them. When every token follows the one before it (no position
     * skipped: nothing but a token over the tokenizer's length limit skips one), the pairs are made here directly,
     * each two folded tokens with a space between, as {@code ShingleFilter} makes them at several times the cost
     * (it copies every token's attributes into a window); otherwise {@code ShingleFilter} itself makes them, with
     * its fillers for the gaps.
     */
    public TokenStream shingles() {
        for (int i = 0; i < size; i++) {
            if (increments[i] != 1) return VietnameseAnalyzer.pairs(folded());
        }
        return new Pairs();
    }

    /** What both replays share: the attributes they set, the token they are at, and the chain's end state. */
    private abstract class CapturedStream extends TokenStream {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        int next;

        @Override
        public final void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }

        @Override
        public final void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /** Folded token pairs, for a text whose every position holds a token (see {@link #shingles()}). */
    private final class Pairs extends CapturedStream {
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

        @Override
        public boolean incrementToken() {
            if (next + 1 >= size) return false;
            clearAttributes();
            int from = next == 0 ? 0 : ends[next - 1];
            int middle = ends[next];
            int to = ends[next + 1];
            char[] buffer = term.resizeBuffer(to - from + 1);
            System.arraycopy(chars, from, buffer, 0, middle - from);
            buffer[middle - from] = ' ';
            System.arraycopy(chars, middle, buffer, middle - from + 1, to - middle);
            VietnameseFoldingFilter.fold(buffer, to - from + 1);
            term.setLength(to - from + 1);
            increment.setPositionIncrement(1);
            offset.setOffset(starts[next], stops[next + 1]);
            type.setType(ShingleFilter.DEFAULT_TOKEN_TYPE);
            length.setPositionLength(1);
            next++;
            return true;
        }
    }

    /** The tokens one by one, folded or not. */
    private final class Replay extends CapturedStream {
        private final boolean fold;

        Replay(boolean fold) {
            this.fold = fold;
        }

        @Override
        public boolean incrementToken() {
            if (next >= size) return false;
            clearAttributes();
            int from = next == 0 ? 0 : ends[next - 1];
            int length = ends[next] - from;
            char[] buffer = term.resizeBuffer(length);
            System.arraycopy(chars, from, buffer, 0, length);
            term.setLength(length);
            if (fold) VietnameseFoldingFilter.fold(buffer, length);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], stops[next]);
            next++;
            return true;
        }
    }
}
