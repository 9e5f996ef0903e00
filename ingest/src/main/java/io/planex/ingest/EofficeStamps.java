package io.planex.ingest;

import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the lines of the stamps e-office systems print on a signed document's pages ({@code
 * eoffice-stamp-labels.txt}): the signing stamp, the receiving office's stamp and the signed copy's footer. Why: in
 * the text layer they come wherever the system drew them, often between two lines of the body, where a stamp's
 * capitals ("UBND XÃ IA TÔNG" over "ĐẾN Số: 412") read as a heading that ends a part, and its dates and numbers as
 * the document's. A block of lines, each opening with a stamp's label, is a stamp when one of them is a strong label;
 * a receiving stamp takes the office's name in capitals on the line above it.
 */
final class EofficeStamps {
    private EofficeStamps() {}

    private record Label(String words, boolean strong) {}

    private static final List<Label> LABELS = load();
    /** The first letters of the labels, and of those with no colon (the footer's): most lines open with neither. */
    private static final String FIRST_LETTERS = firstLetters(false);
    private static final String FIRST_LETTERS_WITHOUT_COLON = firstLetters(true);
    /** No label is longer than this, so only a line's first chars are folded. */
    private static final int LABEL_REACH = 32;

    /** Indices of the stamp lines among {@code lines} (one page's lines, blank ones included), in order. */
    static List<Integer> lines(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            // "ĐẾN" on a line of its own over "Số: 1234": the receiving stamp's word, its label on the next line
            boolean arrival = isArrivalWord(lines.get(i)) && i + 1 < lines.size() && startsWith(lines.get(i + 1), "số:");
            Boolean first = arrival ? Boolean.TRUE : kind(lines.get(i));
            if (first == null) {
                i++;
                continue;
            }
            boolean strong = first;
            boolean receiving = arrival || startsWith(lines.get(i), "đến số:");
            int j = arrival ? i + 2 : i + 1;
            Boolean k;
            while (j < lines.size() && (k = kind(lines.get(j))) != null) {
                strong |= k;
                receiving |= startsWith(lines.get(j), "đến số:");
                j++;
            }
            if (strong) {
                // the receiving office's name over "ĐẾN Số:": a short line in capitals right above the block
                if (receiving && i > 0 && isOfficeName(lines.get(i - 1))) out.add(i - 1);
                for (int m = i; m < j; m++) out.add(m);
            }
            i = j;
        }
        return out;
    }

    /** TRUE for a strong label's line, FALSE for a part's, null for any other line. */
    private static Boolean kind(String line) {
        int from = 0;
        while (from < line.length() && line.charAt(from) == ' ') from++;
        if (line.length() - from < 4) return null;
        char c = Character.toLowerCase(line.charAt(from));
        // most lines open with no label's first letter at all, and hold no colon where a label's would be
        if (FIRST_LETTERS.indexOf(c) < 0) return null;
        boolean colon = false;
        for (int i = from + 1; i < Math.min(line.length(), from + LABEL_REACH) && !colon; i++) colon = line.charAt(i) == ':';
        if (!colon && FIRST_LETTERS_WITHOUT_COLON.indexOf(c) < 0) return null;
        String s = line.substring(from);
        String head = Words.fold(s.substring(0, Math.min(s.length(), LABEL_REACH)));
        // "ĐẾN Số: 412": the stamp's word and the label
        head = head.replace("đến  số", "đến số");
        for (Label l : LABELS) if (head.startsWith(l.words())) return l.strong();
        return null;
    }

    private static boolean isArrivalWord(String line) {
        String s = line.strip();
        return s.length() == 3 && Words.fold(s).equals("đến");
    }

    private static boolean startsWith(String line, String label) {
        String s = line.strip();
        return Words.fold(s.substring(0, Math.min(s.length(), LABEL_REACH))).startsWith(label);
    }

    private static boolean isOfficeName(String line) {
        String s = line.strip();
        return !s.isEmpty() && Words.isCaps(s) && Words.splitCount(s) <= 8;
    }

    private static List<Label> load() {
        List<Label> out = new ArrayList<>();
        for (String[] kv : Words.pairs(EofficeStamps.class, "eoffice-stamp-labels.txt")) {
            out.add(new Label(kv[0].toLowerCase(Locale.ROOT), "strong".equals(kv[1])));
        }
        return List.copyOf(out);
    }

    private static String firstLetters(boolean withoutColon) {
        StringBuilder out = new StringBuilder();
        for (Label l : LABELS) {
            if (withoutColon && l.words().indexOf(':') >= 0) continue;
            if (out.indexOf(l.words().substring(0, 1)) < 0) out.append(l.words().charAt(0));
        }
        return out.toString();
    }
}
