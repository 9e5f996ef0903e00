package io.planex.extract.text;

import java.util.Set;

/**
 * Blanks the block a copying office prints under a copied document: "UBND TỈNH X / VĂN PHÒNG ... SAO Y" (or "SAO
 * LỤC", "TRÍCH SAO", {@code copy-forms.txt}), its own "Số: 147/SY-VP", place and date, "Nơi nhận:" and signature.
 * The document a copy carries is the original's: its signer, recipients and tasks are the original's, and the copy's
 * signer ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"), read last, had been taken for the document's, its recipients for units.
 * The blanked characters become spaces (line breaks kept), so every offset still points into the text as given.
 *
 * <p>A block is one only where the rules put it: in the text's last {@value #TAIL} characters, after the original's
 * "Nơi nhận", with a "Số" line (the copy's own number) within {@value #NUMBER_REACH} lines of the form. It runs to
 * the text's end. A copy's block printed before the original, over its own "Nơi nhận" and signature, is blanked up to
 * the original's header ({@link #leadingEnd}); a form printed alone as a stamp at the top of the first page ("BẢN
 * SAO"), with no recipients and no second header under it, is left alone.
 */
public final class CopyBlocks {
    /** How far from the text's end a copy block may start: the block itself is a dozen short lines. */
    static final int TAIL = 4_000;
    /** Lines between the form and the copy's "Số" line (the copying office's name may come between them). */
    static final int NUMBER_REACH = 8;
    /** Lines of the copying office's name above its form, when the header's cells reach the text one a line. */
    private static final int NAME_LINES = 3;
    private static final Set<String> FORMS = Set.copyOf(Words.raw(CopyBlocks.class, "copy-forms.txt"));

    private CopyBlocks() {}

    /**
     * {@code text} with its copy block blanked, trailing or leading ({@link #leadingEnd}), or {@code text} itself when
     * it has none.
     */
    public static String blank(String text) {
        int start = start(text);
        int leading = start < 0 ? leadingEnd(text) : -1;
        if (start < 0 && leading < 0) return text;
        char[] c = text.toCharArray();
        int from = start >= 0 ? start : 0;
        int to = start >= 0 ? c.length : leading;
        for (int i = from; i < to; i++) {
            if (c[i] != '\n' && c[i] != '\r') c[i] = ' ';
        }
        return new String(c);
    }

    /** How far into the text a copy block printed first may reach: its own header, recipients and signature. */
    static final int LEAD = 2_500;
    /** Lines from a leading block's form to its "Nơi nhận", and half the lines from there to the original's motto. */
    private static final int BLOCK_LINES = 8;
    /** Lines from the text's start within which the form of a copy printed first stands. */
    private static final int LEAD_FORM_LINES = 10;

    /**
     * Where a copy block printed before the original ends, or -1: "UBND TỈNH X / SỞ ... / Số: 12/SL-SGDĐT / SAO LỤC /
     * Quảng Trị, ngày ... / Nơi nhận: ... / KT. GIÁM ĐỐC ... " and then the original's own header (its issuer's capital
     * lines over its motto). The form stands in the text's first {@value #LEAD_FORM_LINES} lines with a "Số" line
     * near it, a "Nơi nhận" follows it, and a motto follows that, all within {@value #LEAD} chars; the block ends
     * where the original's issuer lines start above that motto.
     */
    static int leadingEnd(String text) {
        if (text == null || text.indexOf("SAO") < 0) return -1;
        int limit = Math.min(text.length(), LEAD);
        String[] lines = text.substring(0, limit).split("\n", -1);
        int form = -1;
        int seen = 0;
        for (int i = 0; i < lines.length && seen < LEAD_FORM_LINES && form < 0; i++) {
            if (lines[i].isBlank()) continue;
            seen++;
            if (isFormLine(lines[i])) form = i;
        }
        if (form < 0 || !numberNear(lines, form)) return -1;
        // the block is short: its recipients right under its number and date, its signature right under them, and
        // nothing of a document's body (a "BẢN SAO" stamp over a short decision with an attachment has the decision's
        // recipients and the attachment's motto further down)
        // (lines counted without the blank ones a reader puts between a table's cells)
        int recipients = -1;
        for (int i = form + 1, n = 0; i < lines.length && n < BLOCK_LINES && recipients < 0; i++) {
            if (lines[i].isBlank()) continue;
            n++;
            if (lines[i].strip().startsWith("Nơi nhận")) recipients = i;
        }
        if (recipients < 0) return -1;
        int motto = -1;
        for (int i = recipients + 1, n = 0; i < lines.length - 1 && n < 2 * BLOCK_LINES && motto < 0; i++) {
            if (lines[i].isBlank()) continue;
            n++;
            String t = lines[i].strip();
            if (HeaderLines.opensWithMotto(t)) motto = i;
        }
        if (motto < 0) return -1;
        // the original's issuer: the capital lines right above its motto (rules and "*" between them)
        int first = CapitalLines.runAbove(lines, motto, recipients, Integer.MAX_VALUE);
        if (first == motto) return -1;
        int offset = 0;
        for (int i = 0; i < first; i++) offset += lines[i].length() + 1;
        return offset;
    }

    /** Whether a "Số" line with a number stands within three lines above or below the form's line. */
    private static boolean numberNear(String[] lines, int form) {
        for (int i = Math.max(0, form - 3); i < Math.min(lines.length, form + 4); i++) {
            if (i != form && HeaderLines.isNumberLine(lines[i])) return true;
        }
        return false;
    }

    /** Where the trailing copy block starts, or -1. */
    static int start(String text) {
        if (text == null || text.length() < 2) return -1;
        int tailFrom = Math.max(0, text.length() - TAIL);
        // the cheap test first: a form's first word in capitals in the tail
        if (text.indexOf("SAO", tailFrom) < 0) return -1;
        int lineStart = text.lastIndexOf('\n', tailFrom) + 1;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int numberAbove = -1;
            if (isFormLine(text.substring(lineStart, lineEnd))
                    && (hasNumberBelow(text, lineEnd) || (numberAbove = numberLineAbove(text, lineStart)) >= 0)) {
                // "ỦY BAN NHÂN DÂN TỈNH X / Số: 45/SY-VP / SAO Y": the copy's number printed over its form
                int start = nameAbove(text, numberAbove >= 0 ? numberAbove : lineStart);
                return text.lastIndexOf("Nơi nhận", start) >= 0 ? start : -1;
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return -1;
    }

    /** A line whose last cell (after a run of spaces, a tab or a bar) is a copy's form. */
    static boolean isFormLine(String line) {
        String s = line.strip();
        while (s.endsWith("|")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return false;
        String last = s;
        for (int i = s.length() - 1; i > 0; i--) {
            char ch = s.charAt(i);
            if (ch == '\t' || ch == '|' || (ch == ' ' && s.charAt(i - 1) == ' ')) {
                last = s.substring(i + 1).strip();
                break;
            }
        }
        return FORMS.contains(last);
    }

    /** Whether one of the next {@link #NUMBER_REACH} lines after {@code from} opens with "Số" and a number. */
    private static boolean hasNumberBelow(String text, int from) {
        int pos = from + 1;
        for (int k = 0; k < NUMBER_REACH && pos < text.length(); k++) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (HeaderLines.isNumberLine(text.substring(pos, end))) return true;
            if (nl < 0) break;
            pos = nl + 1;
        }
        return false;
    }

    /** The start of a "Số" line among the two lines right above {@code lineStart}, or -1. */
    private static int numberLineAbove(String text, int lineStart) {
        int start = lineStart;
        for (int k = 0; k < 2 && start > 1; k++) {
            int prevStart = text.lastIndexOf('\n', start - 2) + 1;
            if (HeaderLines.isNumberLine(text.substring(prevStart, start - 1))) return prevStart;
            start = prevStart;
        }
        return -1;
    }

    /**
     * The start of the copying office's name lines right above the form's line, when the header's cells reach the
     * text one a line ("UBND TỈNH TUYÊN QUANG" / "VĂN PHÒNG" / "SAO Y"); else the form line's start.
     */
    private static int nameAbove(String text, int formLineStart) {
        int start = formLineStart;
        int names = 0;
        int blanks = 0;
        while (names < NAME_LINES && blanks <= 1 && start > 1) {
            int prevStart = text.lastIndexOf('\n', start - 2) + 1;
            String s = text.substring(prevStart, start - 1).strip();
            if (s.isEmpty()) {
                blanks++;
            } else if (Words.isCaps(s) && s.length() <= 60) {
                names++;
                blanks = 0;
            } else {
                break;
            }
            start = prevStart;
        }
        // no blank line the block would open with
        while (start < formLineStart && Character.isWhitespace(text.charAt(start))) start++;
        return start;
    }
}
