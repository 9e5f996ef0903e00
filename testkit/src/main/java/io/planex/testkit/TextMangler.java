package io.planex.testkit;

import java.text.Normalizer;
import java.util.Random;

/**
 * Mangles a text the way scans, converters and typists do: digits split by a space, characters dropped or misread
 * (OCR's confusions), a word's tone marks lost, lines joined, split, dropped or repeated, stray punctuation, a cut
 * anywhere. For tests that a reader or extractor never throws on such text; deterministic for a given
 * {@link Random} seed, so a failure names the seed that reproduces it.
 */
public final class TextMangler {
    /** What OCR reads one character as ("1" for "l", "0" for "O", "l" for "/", ...), both ways. */
    private static final String[][] CONFUSABLE = {
        {"1", "l"}, {"0", "O"}, {"/", "l"}, {"/", "1"}, {"-", " "}, {"Đ", "D"}, {"đ", "d"}, {"ư", "u"}, {"ơ", "o"},
        {"5", "S"}, {"8", "B"}, {".", ","}, {":", ";"}, {"ngày", "ngàyl"}, {"Số", "SỐ"}, {"/", "/ "}, {"-", "- "},
    };
    private static final String STRAY = ";,./-:()|*_";

    private TextMangler() {}

    /** {@code text} with 1 to {@code maxEdits} random edits. */
    public static String mangle(String text, Random r, int maxEdits) {
        StringBuilder t = new StringBuilder(text);
        int edits = 1 + r.nextInt(maxEdits);
        for (int e = 0; e < edits && t.length() > 0; e++) {
            int at = r.nextInt(t.length());
            switch (r.nextInt(11)) {
                case 0 -> { // a space inside a run of digits, as OCR reads "1322" as "1 322"
                    int d = indexOfDigit(t, at);
                    if (d > 0) t.insert(d, ' ');
                }
                case 1 -> t.deleteCharAt(at);
                case 2 -> {
                    String[] pair = CONFUSABLE[r.nextInt(CONFUSABLE.length)];
                    boolean forth = r.nextBoolean();
                    String from = forth ? pair[0] : pair[1];
                    int i = t.indexOf(from, at);
                    if (i >= 0) t.replace(i, i + from.length(), forth ? pair[1] : pair[0]);
                }
                case 3 -> { // a word's marks lost
                    int end = Math.min(t.length(), at + 12);
                    String bare = Normalizer.normalize(Normalizer.normalize(t.substring(at, end), Normalizer.Form.NFD)
                            .replaceAll("\\p{Mn}", ""), Normalizer.Form.NFC);
                    t.replace(at, end, bare);
                }
                case 4 -> { // two lines joined
                    int nl = t.indexOf("\n", at);
                    if (nl >= 0) t.setCharAt(nl, ' ');
                }
                case 5 -> { // a line broken at a space
                    int sp = t.indexOf(" ", at);
                    if (sp >= 0) t.setCharAt(sp, '\n');
                }
                case 6 -> { // a line dropped
                    int from = t.lastIndexOf("\n", at) + 1;
                    int to = t.indexOf("\n", at);
                    t.delete(from, to < 0 ? t.length() : to + 1);
                }
                case 7 -> { // a line repeated (a running header, a page break read twice)
                    int from = t.lastIndexOf("\n", at) + 1;
                    int to = t.indexOf("\n", at);
                    String line = t.substring(from, to < 0 ? t.length() : to + 1);
                    t.insert(from, line.endsWith("\n") ? line : line + "\n");
                }
                case 8 -> t.insert(at, STRAY.charAt(r.nextInt(STRAY.length())));
                case 9 -> t.setLength(at); // cut anywhere
                default -> t.insert(at, r.nextBoolean() ? "\n\n" : "  ");
            }
        }
        return t.toString();
    }

    private static int indexOfDigit(StringBuilder t, int from) {
        for (int i = from; i + 1 < t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) && Character.isDigit(t.charAt(i + 1))) return i + 1;
        }
        return -1;
    }

}
