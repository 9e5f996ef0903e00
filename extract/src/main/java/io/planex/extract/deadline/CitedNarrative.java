package io.planex.extract.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs of a document's opening that recount another document: "Ngày 29/6/2026, Bộ trưởng Bộ X ban hành
 * Quyết định số ... giao ... hoàn thành chậm nhất đến ngày ...". Administrative writing opens a letter or a plan
 * this way to say what a higher body decided; the dates in that account are the cited document's obligations,
 * which this document then restates, in its own words and with its own addressees, in its numbered tasks.
 *
 * <p>Kept narrow: the paragraph must open with a full date followed by a comma (the narrative form of an event),
 * name an issuing ("ban hành") of a numbered document within its first sentence, and come before the body's first
 * numbered item or article. A deadline of this document printed in its opening in any other form is kept.
 */
final class CitedNarrative {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Ngày 29/6/2026," or "Ngày 29 tháng 6 năm 2026," opening a line. */
    private static final Pattern DATED_OPENING = Pattern.compile(
            "(?m)^[ \\t]*(?:Ngày|Vào ngày)\\s*\\d{1,2}\\s*(?:[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}"
                    + "|tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4})\\s*,", Pattern.UNICODE_CASE);
    /**
     * An issuing of a numbered document: "ban hành Quyết định số 1074", "đã ký ban hành Kế hoạch số 12", or a letter
     * sent, as an account of a higher body's letter puts it: "Bộ Nông nghiệp và Môi trường có Công văn số 1145".
     */
    private static final String ISSUING = "(?:ban\\s+hành|có)\\s+(?:[\\p{L}]+\\s+){1,4}?s[ốổ]\\s*:?\\s*\\d";
    private static final Pattern ISSUED_NUMBERED = Pattern.compile("(?<![\\p{L}])" + ISSUING, FLAGS);
    /** The first numbered item, heading or article of the body: the opening is over. */
    private static final Pattern BODY_START = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:[IVX]{1,5}|\\d{1,2})\\s*[.)]\\s|Điều\\s+1(?!\\d)|ĐIỀU\\s+1(?!\\d))");
    private static final int FIRST_SENTENCE_MAX = 400;
    /**
     * A dated issuing told inside a paragraph, after what the paragraph carries out: "Thực hiện Kế hoạch số 36/KH-UBND
     * ..., ngày 06/02/2027 Sở Nông nghiệp và Môi trường đã ban hành Văn bản số 455/SNNMT-CNTYTS ..., trong đó yêu cầu
     * các địa phương hoàn thành tiêm phòng trước ngày 31/3/2027": the date, the issuing body in capitals, the verb and
     * the numbered document, in one clause.
     */
    private static final Pattern DATED_ISSUE = Pattern.compile(
            "(?<![\\p{L}])[Nn]gày\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}\\s*,?\\s+\\p{Lu}[^.;\\n]{0,80}?"
                    + "\\s(?:đã\\s+)?" + ISSUING, Pattern.UNICODE_CASE);

    private CitedNarrative() {}

    /** {start, end} of every such paragraph. */
    static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher body = BODY_START.matcher(text);
        int bodyStart = body.find() ? body.start() : text.length();
        Matcher m = DATED_OPENING.matcher(text).region(0, bodyStart);
        while (m.find()) {
            int end = paragraphEnd(text, m.end());
            int firstSentence = Math.min(end, m.end() + FIRST_SENTENCE_MAX);
            int stop = sentenceEnd(text, m.end(), firstSentence);
            if (ISSUED_NUMBERED.matcher(text).region(m.end(), stop).find()) out.add(new int[] {m.start(), end});
        }
        Matcher told = DATED_ISSUE.matcher(text).region(0, bodyStart);
        while (told.find()) {
            int start = text.lastIndexOf('\n', told.start()) + 1;
            int end = paragraphEnd(text, told.end());
            // a paragraph listed already for its dated opening is listed once
            if (out.stream().noneMatch(r -> r[0] <= told.start() && told.start() < r[1])) out.add(new int[] {start, end});
            told.region(Math.min(end, bodyStart), bodyStart);
        }
        addQuotedBlocks(text, out);
        out.sort(java.util.Comparator.comparingInt(r -> r[0]));
        return out;
    }

    /** How far a quoted block may run: a superior's conclusion of a few items. */
    private static final int QUOTE_MAX = 8_000;
    /** What introduces a quoted text that this document enacts: an amendment's "sửa đổi, bổ sung ... như sau:". */
    private static final Pattern ENACTED = Pattern.compile(
            "(?:sửa\\s+đổi|bổ\\s+sung|thay\\s+thế)[^\\n]{0,200}$", FLAGS);

    /**
     * A superior's text quoted whole, its items between quotation marks that open a line and close one ("I. NỘI DUNG
     * KẾT LUẬN ..." / "“1. ... trước ngày 31/10/2026 ... 4. ...”"): its days are the superior's obligations, which this
     * document restates as its own tasks. A quoted article an amendment enacts ("Sửa đổi Điều 5 như sau: “Điều 5.
     * ...”") is this document's own text, and one line in quotes is a name or a slogan: both left alone.
     */
    private static void addQuotedBlocks(String text, List<int[]> out) {
        int open = text.indexOf('\u201C');
        while (open >= 0) {
            int lineStart = text.lastIndexOf('\n', open) + 1;
            int next = open + 1;
            if (text.substring(lineStart, open).isBlank()) {
                int close = text.indexOf('\u201D', open + 1);
                while (close > 0 && close - open <= QUOTE_MAX && !closesLine(text, close)) {
                    close = text.indexOf('\u201D', close + 1);
                }
                if (close > 0 && close - open <= QUOTE_MAX && text.indexOf('\n', open) < close
                        && !ENACTED.matcher(text).region(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1)).find()) {
                    out.add(new int[] {open, close});
                    next = close + 1;
                }
            }
            open = text.indexOf('\u201C', next);
        }
    }

    /** Whether only a stop, a semicolon or spaces stand between the closing mark at {@code at} and its line's end. */
    private static boolean closesLine(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (c != '.' && c != ';' && c != ',' && c != ' ' && c != '\t' && c != '/') return false;
        }
        return true;
    }

    /** A paragraph ends at a line break after a sentence end; a line cut after any other word goes on. */
    private static int paragraphEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) return text.length();
            int e = nl;
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
            char last = e > 0 ? text.charAt(e - 1) : '.';
            if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') return nl;
            i = nl + 1;
        }
        return text.length();
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) return i;
        }
        return limit;
    }
}
