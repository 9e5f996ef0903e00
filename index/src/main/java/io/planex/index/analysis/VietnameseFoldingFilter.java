package io.planex.index.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds Latin letters to their base letter: every diacritic dropped, đ -> d, Đ -> D ("Đảng ủy" -> "Dang uy").
 * Same effect on Vietnamese as Lucene's ASCIIFoldingFilter, but table-driven: that filter's folding method is
 * too large for the JIT to compile (HotSpot's huge-method limit), which made it the indexing bottleneck.
 * Letters with no decomposition (ø, æ, ß) and non-Latin text pass unchanged; length never changes.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
    private static final char[] FOLD = new char[0x1F00];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = c;
            if (c < 0x80 || !Character.isLetter(c)) continue;
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (d.length() > 1 && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0))) FOLD[c] = d.charAt(0);
        }
        FOLD['đ'] = 'd';
        FOLD['Đ'] = 'D';
        FOLD['\u00F0'] = 'd'; // ð, printed for đ by some fonts and OCR
        FOLD['\u00D0'] = 'D';
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        fold(term.buffer(), term.length());
        return true;
    }

    /** Folds {@code buf[0, length)} in place; returns true when anything changed. */
    public static boolean fold(char[] buf, int length) {
        boolean changed = false;
        for (int i = 0; i < length; i++) {
            char c = buf[i];
            if (c < 0x80 || c >= FOLD.length) continue;
            char f = FOLD[c];
            if (f != c) {
                buf[i] = f;
                changed = true;
            }
        }
        return changed;
    }

    /** The folded form of {@code s}. */
    public static String fold(String s) {
        char[] b = s.toCharArray();
        return fold(b, b.length) ? new String(b) : s;
    }
}
