package io.planex.extract.text;

/**
 * The lines of a document's header block that the readers of blocks printed around a document look for: its number
 * line ("Số: 45/SY-VP", "Số 12-KH/TU", a cell of a row) and its motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG
 * SẢN VIỆT NAM"). A copy's block ({@link CopyBlocks}) and a forwarded letter ({@link ForwardedDocuments}) are told by
 * them. Pure and thread-safe.
 */
public final class HeaderLines {
    private HeaderLines() {}

    /** The nation's and the Party's mottos as printed in capitals (the old-style "HOÀ" too). */
    private static final String[] MOTTOS = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", "ĐẢNG CỘNG SẢN VIỆT NAM"};

    /** Whether the (stripped) line opens with a motto. */
    static boolean opensWithMotto(String line) {
        for (String m : MOTTOS) if (line.startsWith(m)) return true;
        return false;
    }

    /** Where the first motto at or after {@code from} stands, -1 when none does. */
    static int nextMotto(String text, int from) {
        int best = -1;
        for (String m : MOTTOS) {
            int at = text.indexOf(m, from);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    /** Whether the line is a number line: "Số", a colon or spaces, then a digit. */
    static boolean isNumberLine(String line) {
        return numberAt(line) >= 0;
    }

    /**
     * The symbol a number line prints, its stray spaces around "/" and "-" dropped ("Số: 3418 /BNNMT-TTBVTV" gives
     * "3418/BNNMT-TTBVTV"); null for another line or a number without a slash.
     */
    static String symbolOf(String line) {
        String s = stripped(line);
        int i = numberAt(line);
        if (i < 0) return null;
        int end = i;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || "/-&.".indexOf(s.charAt(end)) >= 0
                || s.charAt(end) == ' ' && end + 1 < s.length() && "/-".indexOf(s.charAt(end + 1)) >= 0
                || s.charAt(end) == ' ' && end > 0 && "/-".indexOf(s.charAt(end - 1)) >= 0)) {
            end++;
        }
        String symbol = s.substring(i, end).replace(" ", "");
        return symbol.indexOf('/') > 0 ? symbol : null;
    }

    /** Where the number's first digit stands in the {@link #stripped} line, -1 when it is no number line. */
    private static int numberAt(String line) {
        String s = stripped(line);
        if (!s.startsWith("Số") || s.length() <= 3) return -1;
        int i = 2;
        while (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == ' ')) i++;
        return i < s.length() && Character.isDigit(s.charAt(i)) ? i : -1;
    }

    /** The line stripped, and the bars of a row's cells before it. */
    private static String stripped(String line) {
        String s = line.strip();
        while (s.startsWith("|")) s = s.substring(1).strip();
        return s;
    }
}
