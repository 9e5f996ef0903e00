package io.planex.extract.text;

/**
 * Blanks a document printed whole after this one's signature: a letter forwarding a higher body's letter ("V/v
 * chuyển Công văn số 3418/BNNMT-TTBVTV") often carries it on the next pages, with its own issuer, motto, number,
 * addressees, tasks and signature. Its addressees were read as this letter's units, its signer (read last) as this
 * letter's; the record is the forwarding letter's, and what it asks of its own addressees restates the forwarded one.
 * The blanked characters become spaces (line breaks kept), so every offset still points into the text as given.
 *
 * <p>A document is forwarded only when the rules put it: after this document's "Nơi nhận", a motto with capital lines
 * (an issuer) above it and, within {@value #NUMBER_LINES} lines under it, a "Số" line whose symbol is not this
 * document's but one this document names before its "Nơi nhận". An attachment a decision issues ("KẾ HOẠCH ... (Ban
 * hành kèm theo Quyết định số ...)") prints no number of its own, or this document's own when its header is repeated:
 * it stays. A draft printed after a proposal's "Nơi nhận" ("DỰ THẢO" over its issuer lines and motto: the plan a Tờ
 * trình asks to be issued) is blanked too, whatever its number: it is not issued, and its tasks are no one's yet.
 */
public final class ForwardedDocuments {
    /** Lines under the motto within which the forwarded document's number stands. */
    static final int NUMBER_LINES = 8;

    private ForwardedDocuments() {}

    /** {@code text} with the document printed after its signature blanked, or {@code text} itself when none is. */
    public static String blank(String text) {
        int start = start(text);
        if (start < 0) return text;
        char[] c = text.toCharArray();
        for (int i = start; i < c.length; i++) {
            if (c[i] != '\n' && c[i] != '\r') c[i] = ' ';
        }
        return new String(c);
    }

    /** Where the forwarded document's issuer lines start, or -1. */
    static int start(String text) {
        int recipients = text.indexOf("Nơi nhận");
        if (recipients < 0) return -1;
        int motto = HeaderLines.nextMotto(text, recipients);
        if (motto < 0) return -1;
        String own = symbolAfter(text, 0, recipients);
        if (own == null) return -1;
        String[] lines = text.substring(recipients, Math.min(text.length(), motto + 2_000)).split("\n", -1);
        int mottoLine = 0;
        for (int i = 0, at = recipients; i < lines.length; at += lines[i].length() + 1, i++) {
            if (at + lines[i].length() >= motto) {
                mottoLine = i;
                break;
            }
        }
        // a draft put before the body that would issue it ("DỰ THẢO" over its header, after a proposal's signature):
        // not issued, so nothing it assigns is anyone's task yet
        int draft = draftMarkAbove(lines, mottoLine);
        if (draft >= 0) {
            int offset = recipients;
            for (int i = 0; i < draft; i++) offset += lines[i].length() + 1;
            return offset;
        }
        String theirs = null;
        for (int i = mottoLine + 1, n = 0; i < lines.length && n < NUMBER_LINES && theirs == null; i++) {
            if (lines[i].isBlank()) continue;
            n++;
            theirs = HeaderLines.symbolOf(lines[i]);
        }
        // forwarded, not merely next: this document names it ("V/v chuyển Công văn số 3418/BNNMT-TTBVTV"); a file
        // of many documents one after another (an archive's export) names none of the next
        if (theirs == null || theirs.equals(own) || !text.substring(0, recipients).contains(theirs)) return -1;
        int first = CapitalLines.runAbove(lines, mottoLine, 0, 4);
        if (first == mottoLine && !startsWithCapitalsBeforeMotto(lines[mottoLine])) return -1;
        int offset = recipients;
        for (int i = 0; i < first; i++) offset += lines[i].length() + 1;
        return offset;
    }

    /** "DỰ THẢO", "Dự thảo lần 2", "DỰ THẢO 3": a draft's mark, on its own line. */
    private static final java.util.regex.Pattern DRAFT_MARK = java.util.regex.Pattern.compile(
            "(?iu)^\\s*\\(?\\s*dự\\s+thảo(?:\\s+(?:lần\\s+)?\\d{1,2})?\\s*\\)?\\s*$");
    /**
     * Non-blank lines above a document's motto within which its draft mark stands: the issuer's lines and its number
     * (a header table read cell by cell puts them between), then the mark.
     */
    private static final int DRAFT_MARK_LINES = 6;

    /** The line of a draft mark among the few non-blank lines above {@code mottoLine} (after line 0), or -1. */
    private static int draftMarkAbove(String[] lines, int mottoLine) {
        for (int i = mottoLine - 1, n = 0; i > 0 && n < DRAFT_MARK_LINES; i--) {
            if (lines[i].isBlank()) continue;
            n++;
            if (DRAFT_MARK.matcher(lines[i]).matches()) return i;
        }
        return -1;
    }

    /** A motto printed on the same line as the issuer ("BỘ NÔNG NGHIỆP ... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). */
    private static boolean startsWithCapitalsBeforeMotto(String line) {
        int at = HeaderLines.nextMotto(line, 0);
        return at > 0 && !line.substring(0, at).isBlank() && Words.isCaps(line.substring(0, at).strip());
    }

    /** The symbol of the first number line in {@code text[from, to)}, or null. */
    private static String symbolAfter(String text, int from, int to) {
        for (String line : text.substring(from, to).split("\n")) {
            String s = HeaderLines.symbolOf(line);
            if (s != null) return s;
        }
        return null;
    }
}
