package io.planex.ingest;

import io.planex.extract.header.HeaderExtractor;
import io.planex.extract.model.PageMap;
import io.planex.extract.text.Words;
import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.ingest.legacy.LegacyTextDetector;
import io.planex.ingest.pdf.SignatureCaptions;
import io.planex.ingest.pdf.table.TableTrigger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs parsed page texts before extraction, keeping a map of every output character back to its page and raw
 * offset:
 * <ol>
 *   <li>text typed in legacy fonts (TCVN3, VNI) decoded to Unicode, per line, with the document's choice breaking
 *       ties;</li>
 *   <li>Unicode NFC; no-break spaces made plain, soft hyphens and zero-width characters dropped, ligatures
 *       spelled out, OCR's Ð/ð made Đ/đ;</li>
 *   <li>running headers and footers (the same line at the top or bottom of most pages) and page numbers
 *       removed;</li>
 *   <li>lines broken by the page layout joined back, conservatively: extraction reads line structure (header
 *       block, numbered headings, list items, signature block), so a line is joined to the one before only when
 *       it plainly continues it.</li>
 * </ol>
 * Pure and thread-safe.
 */
public final class TextRepair {
    private TextRepair() {}

    public record Repaired(String text, PageMap pageMap, TextOrigin origin) {}

    /**
     * A line that starts a heading, list item or block that must stay on its own line: "1.", "1.2.", "a)", "1/", "-",
     * "+", Roman numerals, "Điều", "Chương", "Nơi nhận", "Kính gửi", "Căn cứ", signature titles "TM.", "KT.", a dated opening "Ngày 09/8/2024, ..."
     */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[-+•●▪◦∙*–—]"
                    + "|\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)](?:\\s|$)"
                    + "|\\(?[a-zđ][.)](?:\\s|$)"
                    // "1/ Phòng Nội vụ: ...", "a/ ...", as some offices number (not "12/ KH-UBND", a wrapped symbol)
                    + "|\\d{1,3}/\\s+(?!\\p{Lu}{1,8}\\s*[-/])\\p{L}|[a-zđ]/\\s+\\p{L}"
                    + "|[IVXLC]{1,6}[.)](?:\\s|$)"
                    + "|(?:Điều|Chương|Mục|Phần|Phụ lục|Nơi nhận|Kính gửi|Căn cứ|Xét|Thực hiện|Số|Ghi chú)(?:\\s|:|$)"
                    + "|(?:TM|KT|TL|TUQ|Q|T/M|K/T)\\.?\\s"
                    // a capital "Ngày 09/8/2024, ..." opens a dated paragraph (mid-sentence it is "ngày")
                    + "|(?:Ngày|NGÀY)\\s+\\d|Hôm nay\\b"
                    // a header's place-and-date line ("Quảng Trị, ngày 09 tháng 11 năm 2026"), below a title or a
                    // letter's "V/v ..." line that fills a printed line
                    + "|\\p{Lu}[\\p{L}.'-]*(?:\\s+[\\p{L}.'-]+){0,5},\\s*ngày\\s+[\\d.…_ ]{0,12}tháng\\b)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-–—]\\s*)?(?:(?:Trang|trang|Page|page)\\s+)?(\\d{1,4})(?:\\s*/\\s*\\d{1,4})?(?:\\s*[-–—])?$");
    private static final Pattern DATE_START = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
    private static final Pattern LEADS_TO_NUMBER = Pattern.compile(
            "(?:^|\\s)(?:ngày|số|tháng|năm|đến|từ|khoản|điểm|Điều|điều|gồm|là)$");
    /** The definition of {@link #hasColumnGap}, which finds it char by char; {@code TextRepairTest} compares them. */
    static final Pattern COLUMN_GAP = Pattern.compile("\\S {4,}\\S|\\t");

    /** Whether each char is a (non-spacing, spacing or enclosing) mark, from {@link Character#getType}. */
    private static final boolean[] MARK = marks();

    public static Repaired repair(List<String> pages) {
        return repair(pages, false);
    }

    /**
     * @param paragraphs the pages hold paragraphs one a line (a word processor's: DOCX, DOC, ODT, RTF; or HTML's
     *     blocks): no line was broken by a page layout, so a line that reaches a full line's length is never
     *     continued by the next (a task table's cells, one a line, "Triển khai thanh toán không dùng tiền mặt" /
     *     "Năm 2026", stay apart)
     */
    public static Repaired repair(List<String> pages, boolean paragraphs) {
        // 1. raw pages concatenated: every later stage maps its characters into this.
        int[] rawStarts = new int[pages.size()];
        int rawLength = 0;
        for (int p = 0; p < pages.size(); p++) {
            rawStarts[p] = rawLength;
            rawLength += pages.get(p).length();
        }
        // One page (a text file): the page itself, not a copy of it.
        Optional<LegacyEncoding> documentEncoding =
                LegacyTextDetector.detectDocument(pages.size() == 1 ? pages.get(0) : String.join("", pages));

        List<List<Mapped>> pageLines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Mapped> lines = new ArrayList<>();
            // The page's chars read from an array: String.charAt checks its index and coder on every call, which C1
            // (the launcher's compiler for extract and ingest) does not hoist out of these loops.
            char[] page = pages.get(p).toCharArray();
            // the raw offsets of the page's cleaned lines, one after another in one array (see Builder.takeStripped)
            Mapped.Builder arena = new Mapped.Builder(page.length + page.length / 16 + 16);
            int base = rawStarts[p];
            int n = page.length;
            int start = 0;
            // the lines of Mapped.lines(), each cleaned and stripped straight from the page
            for (int i = 0; i <= n; i++) {
                char c = i == n ? '\n' : page[i];
                if (c == '\n' || c == '\r' || c == '\f') {
                    lines.add(cleanLine(page, start, i, base, documentEncoding, arena));
                    if (i < n - 1 && c == '\r' && page[i + 1] == '\n') i++;
                    start = i + 1;
                }
            }
            pageLines.add(lines);
        }
        removeStampLines(pageLines);
        removeRunningLines(pageLines);
        return join(pageLines, rawLength, rawStarts, paragraphs);
    }

    /**
     * {@code clean(decodeLegacy(line, documentEncoding)).strip()} for the line {@code page[from, to)}. A line with a
     * char no legacy font code can be (most lines of Unicode text) is never decoded, so it is cleaned from the page
     * into {@code arena} and its text copied once, stripped, instead of sliced, cleaned, built and sliced again; its
     * raw offsets stay in the arena (an int array a line was most of what repairing a 24 MB text allocated).
     */
    static Mapped cleanLine(String page, int from, int to, int base, Optional<LegacyEncoding> documentEncoding,
            Mapped.Builder arena) {
        return cleanLine(page.toCharArray(), from, to, base, documentEncoding, arena);
    }

    private static Mapped cleanLine(char[] page, int from, int to, int base,
            Optional<LegacyEncoding> documentEncoding, Mapped.Builder arena) {
        if (onlyByteRangeChars(page, from, to)) {
            Mapped line = Mapped.of(new String(page, from, to - from), base + from);
            return clean(decodeLegacy(line, documentEncoding)).strip();
        }
        int lineStart = arena.length();
        cleanInto(arena, page, from, to, base + from);
        return arena.takeStripped(lineStart, base + to);
    }

    /** Decodes a line typed in a legacy font; the document's encoding wins when the line alone cannot tell. */
    /** How much better than the document's legacy font another must read a line for the line to be read in it. */
    private static final int FONT_SWITCH_SCORE = 6;

    static Mapped decodeLegacy(Mapped line, Optional<LegacyEncoding> documentEncoding) {
        // Legacy fonts come out as Latin-1/Windows-1252 characters only: a line holding any other letter (ư, ơ, đ,
        // ạ, ệ ...) is Unicode already, and "decoding" it would garble it (OCR's Ð in "QÐ-UBND" is no TCVN3 code).
        if (!onlyByteRangeChars(line.text)) return line;
        Optional<LegacyEncoding> enc = LegacyTextDetector.detect(line.text, documentEncoding);
        if (enc.isEmpty() && documentEncoding.isPresent()
                && LegacyTextDetector.score(documentEncoding.get().decode(line.text))
                        >= LegacyTextDetector.score(line.text)
                && !documentEncoding.get().decode(line.text).equals(Normalizer.normalize(line.text,
                        Normalizer.Form.NFC))) {
            enc = documentEncoding;
        }
        // a short line's own reading may pick the other legacy font ("Soá: 215/QÑ-UBND" of a VNI document read as
        // TCVN3, "Soỏ: 215/Qẹ-UBND", on a difference of two points): the document's font wins unless the line's
        // reads better by several words' worth
        if (enc.isPresent() && documentEncoding.isPresent() && enc.get() != documentEncoding.get()
                && LegacyTextDetector.score(enc.get().decode(line.text))
                        - LegacyTextDetector.score(documentEncoding.get().decode(line.text)) < FONT_SWITCH_SCORE) {
            enc = documentEncoding;
        }
        if (enc.isEmpty()) return line;
        LegacyEncoding.Decoded d = enc.get().decodeMapped(line.text);
        int[] src = new int[d.text().length() + 1];
        for (int i = 0; i < d.origin().length; i++) src[i] = line.src(d.origin()[i]);
        src[d.text().length()] = line.src(line.text.length());
        return new Mapped(d.text(), src);
    }

    /**
     * True when every char could be a legacy font code (Latin-1 or Windows-1252): a line with any other letter
     * (ư, ơ, đ, ă, ạ...) is Unicode, and only a strictly better reading may decode it.
     */
    private static boolean onlyByteRangeChars(String s) {
        return onlyByteRangeChars(s, 0, s.length());
    }

    private static boolean onlyByteRangeChars(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!byteRangeChar(s.charAt(i))) return false;
        }
        return true;
    }

    private static boolean onlyByteRangeChars(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!byteRangeChar(s[i])) return false;
        }
        return true;
    }

    private static boolean byteRangeChar(char c) {
        return c <= 0xFF || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0;
    }

    /** NFC per character cluster, and the character fixes every source needs. */
    static Mapped clean(Mapped in) {
        Mapped.Builder out = new Mapped.Builder(in.text.length());
        String s = in.text;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char first = s.charAt(i);
            // a char that is its own NFC and no mark follows: the cluster is that char (most of every text)
            if (first < NFC_STABLE.length && NFC_STABLE[first] && (i + 1 == n || !isMark(s.charAt(i + 1)))) {
                appendCleaned(out, first, in.src(i));
                if (isHornedO(first)) mendHornlessU(out, i + 1 < n ? s.charAt(i + 1) : ' ');
                i++;
                continue;
            }
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < n && isMark(s.charAt(end))) end++;
            String cluster = Normalizer.normalize(s.substring(i, end), Normalizer.Form.NFC);
            int src = in.src(i);
            for (int k = 0; k < cluster.length(); k++) appendCleaned(out, cluster.charAt(k), src);
            mendHornlessU(out, end < n ? s.charAt(end) : ' ');
            i = end;
        }
        return out.build(in.src(n));
    }

    /**
     * {@link #clean} of {@code s[from, to)} whose char {@code i} came from raw offset {@code src + i - from}, appended
     * to {@code out} (without the end sentinel).
     */
    private static void cleanInto(Mapped.Builder out, char[] s, int from, int to, int src) {
        int shift = src - from;
        int i = from;
        while (i < to) {
            char first = s[i];
            if (first < NFC_STABLE.length && NFC_STABLE[first] && (i + 1 == to || !isMark(s[i + 1]))) {
                if (PLAIN[first]) {
                    // Builder.append inline: under C1 a call per char of every page
                    int at = out.length;
                    if (at + 1 >= out.src.length) out.reserve(1);
                    out.src[at] = i + shift;
                    out.text[at] = first;
                    out.length = at + 1;
                    if (isHornedO(first)) mendHornlessU(out, i + 1 < to ? s[i + 1] : ' ');
                } else {
                    appendCleaned(out, first, i + shift);
                }
                i++;
                continue;
            }
            // one code point, as codePointAt of the line alone reads it
            int end = i + (Character.isHighSurrogate(first) && i + 1 < to && Character.isLowSurrogate(s[i + 1])
                    ? 2 : 1);
            while (end < to && isMark(s[end])) end++;
            String cluster = Normalizer.normalize(new String(s, i, end - i), Normalizer.Form.NFC);
            for (int k = 0; k < cluster.length(); k++) appendCleaned(out, cluster.charAt(k), i + shift);
            mendHornlessU(out, end < to ? s[end] : ' ');
            i = end;
        }
    }

    /** Chars {@link #appendCleaned} appends as they are. */
    private static final boolean[] PLAIN = plainChars();

    private static boolean[] plainChars() {
        boolean[] t = new boolean[0x2000];
        for (char c = 0; c < t.length; c++) {
            Mapped.Builder b = new Mapped.Builder(4);
            appendCleaned(b, c, 7);
            Mapped m = b.build(8);
            t[c] = m.text.length() == 1 && m.text.charAt(0) == c;
        }
        return t;
    }

    /**
     * "truớc", "nuớc", "đuợc": a u without its horn before a horned o. Vietnamese writes "uơ" only in open syllables
     * ("thuở", "huơ", and "quơ" where u is part of the onset); before a final consonant or glide the pair is always
     * "ươ" ("trước", "nước", "được", "thương"). Text layers whose font maps "ư" to "u", and hurried typing, drop the
     * horn, and with it the words the extractors look for ("trước ngày ..."). Called right after a char is
     * appended, with the char that follows it in the line ({@code ' '} at its end): when the char appended is a
     * horned o, the one before it a bare u not after q, and the next a final (c, m, n, p, t, i, u), the u gets its
     * horn. Same length, so every offset holds.
     */
    private static void mendHornlessU(Mapped.Builder out, char next) {
        int at = out.length - 1;
        if (at < 1) return;
        char u = out.text[at - 1]; // asked first: a horned o is common, a bare u before one is not
        if (u != 'u' && u != 'U' || !isHornedO(out.text[at]) || !isFinal(next)) return;
        if (at >= 2 && (out.text[at - 2] == 'q' || out.text[at - 2] == 'Q')) return;
        out.text[at - 1] = u == 'u' ? 'ư' : 'Ư';
    }

    /**
     * ơ and Ơ with each tone: U+01A0, U+01A1 and U+1EDA-U+1EE3. Two compares (the subtraction wraps below U+1EDA):
     * the clean path asks it of every char.
     */
    private static boolean isHornedO(char c) {
        return (char) (c - 0x1EDA) <= 9 || (c | 1) == 0x01A1;
    }

    private static boolean isFinal(char c) {
        return "cmnptiuCMNPTIU".indexOf(c) >= 0;
    }

    private static void appendCleaned(Mapped.Builder out, char c, int src) {
        switch (c) {
            case '\u00A0', '\u2007', '\u202F' -> out.append(' ', src);
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
            case '\u00D0' -> out.append('Đ', src);
            case '\u00F0' -> out.append('đ', src);
            case '\uFB00' -> out.append("ff", src);
            case '\uFB01' -> out.append("fi", src);
            case '\uFB02' -> out.append("fl", src);
            case '\uFB03' -> out.append("ffi", src);
            case '\uFB04' -> out.append("ffl", src);
            case '\uFB05', '\uFB06' -> out.append("st", src);
            default -> out.append(c, src);
        }
    }

    /**
     * Chars below U+2000 that are no surrogate and no mark and whose NFC alone is themselves: for them (and no
     * mark after) clean skips the per-cluster normalisation, which allocated two strings a char.
     */
    private static final boolean[] NFC_STABLE = nfcStable(0x2000);

    private static boolean[] nfcStable(int limit) {
        boolean[] t = new boolean[limit];
        for (char c = 0; c < limit; c++) {
            String one = String.valueOf(c);
            t[c] = !Character.isSurrogate(c) && !isMark(c) && Normalizer.normalize(one, Normalizer.Form.NFC).equals(one);
        }
        return t;
    }

    private static boolean isMark(char c) {
        return MARK[c];
    }


    private static boolean[] marks() {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int type = Character.getType((char) c);
            t[c] = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }
        return t;
    }

    /** Drops the lines of e-office stamps ({@link EofficeStamps}): the signing and receiving stamps, the footer. */
    static void removeStampLines(List<List<Mapped>> pageLines) {
        for (List<Mapped> lines : pageLines) {
            List<String> texts = new java.util.AbstractList<>() {
                @Override
                public String get(int i) {
                    return lines.get(i).text;
                }

                @Override
                public int size() {
                    return lines.size();
                }
            };
            for (int i : EofficeStamps.lines(texts)) lines.set(i, Mapped.EMPTY_REMOVED);
        }
    }

    /**
     * Drops running headers/footers and page numbers: among the first and last two non-blank lines of each page,
     * a line that recurs (digits ignored) on at least half the pages, three at least, a bare page number and a fax
     * machine's line.
     */
    static void removeRunningLines(List<List<Mapped>> pageLines) {
        int pageCount = pageLines.size();
        // (one page has no running line nor page number, but a fax still carries the machine's line)
        Map<String, Set<Integer>> pagesOfKey = new HashMap<>();
        // each edge line's key, worked out once for both passes
        List<List<Integer>> edges = new ArrayList<>(pageCount);
        List<String[]> keys = new ArrayList<>(pageCount);
        for (int p = 0; p < pageCount; p++) {
            List<Integer> edge = edgeLines(pageLines.get(p));
            String[] k = new String[edge.size()];
            for (int e = 0; e < k.length; e++) {
                k[e] = key(pageLines.get(p).get(edge.get(e)).text);
                pagesOfKey.computeIfAbsent(k[e], x -> new HashSet<>()).add(p);
            }
            edges.add(edge);
            keys.add(k);
        }
        int needed = Math.max(3, (pageCount + 1) / 2);
        for (int p = 0; p < pageCount; p++) {
            List<Mapped> lines = pageLines.get(p);
            List<Integer> edge = edges.get(p);
            for (int e = 0; e < edge.size(); e++) {
                int idx = edge.get(e);
                String text = lines.get(idx).text;
                boolean running = pagesOfKey.get(keys.get(p)[e]).size() >= needed && text.length() > 0;
                var m = PAGE_NUMBER.matcher(text);
                boolean pageNumber = pageCount > 1 && m.matches() && Integer.parseInt(m.group(1)) <= pageCount + 2;
                if (running || pageNumber || FAX_HEADER.matcher(text).find()) lines.set(idx, Mapped.EMPTY_REMOVED);
            }
        }
    }

    private static List<Integer> edgeLines(List<Mapped> lines) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).text.isEmpty()) nonBlank.add(i);
        Set<Integer> edge = new java.util.TreeSet<>();
        for (int k = 0; k < Math.min(2, nonBlank.size()); k++) {
            edge.add(nonBlank.get(k));
            edge.add(nonBlank.get(nonBlank.size() - 1 - k));
        }
        return new ArrayList<>(edge);
    }

    private static String key(String line) {
        String k = SPACE_RUN.matcher(DIGIT_RUN.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ");
        // "TTH/NVY - D:\\...\\CV 3417.docx    Trang 2/3" on the later pages, the same footer without its number on
        // the first: one running line
        return PAGE_OF.matcher(k).replaceAll("").strip();
    }

    /** A page's number printed with a running line, digits already '#': "trang #/#", "trang #", "- # -". */
    private static final Pattern PAGE_OF = Pattern.compile("(?:^|\\s)(?:trang\\s*#(?:\\s*/\\s*#)?|-\\s*#\\s*-)(?=\\s|$)");

    /**
     * The line a fax machine prints at the edge of each page it sends: the day and time, "FAX" and the sender's number
     * or name, the page ("18/03/2025 16:06 FAX +84 239 3851 206 UBND HUYEN X P.002/062"). A faxed plan's pages are
     * scanned with it, and inside a section it cut the section's items off.
     */
    private static final Pattern FAX_HEADER = Pattern.compile(
            "^\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\s+\\d{1,2}[:.]\\d{2}\\s.{0,40}?(?<![\\p{L}])FAX(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** Compiled once: String.replaceAll compiled them for every edge line. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    /** Joins the pages' lines into the repaired text (see the class comment). */
    private static Repaired join(List<List<Mapped>> pageLines, int rawLength, int[] rawStarts, boolean paragraphs) {
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < pageLines.size(); p++) {
            int blanks = 0;
            boolean first = true;
            for (Mapped m : pageLines.get(p)) {
                if (m == Mapped.EMPTY_REMOVED) continue;
                if (m.text.isEmpty()) {
                    blanks++;
                    continue;
                }
                lines.add(new Line(letterSpacedTitle(m), p, first ? -1 : blanks));
                blanks = 0;
                first = false;
            }
        }
        // Text where every visual line is followed by a blank line (common in PDF extraction): one blank line is
        // then only a line break, and it takes two to mark a paragraph.
        int single = 0;
        int gaps = 0;
        List<Integer> lengths = new ArrayList<>();
        for (Line l : lines) {
            // a table's rows printed with bars run past the printed width and are never wrapped text: they would make
            // the full line of the body around them look short
            if (!l.pipeRow()) lengths.add(l.text.text.length());
            if (l.blanksBefore >= 0) {
                gaps++;
                if (l.blanksBefore == 1) single++;
            }
        }
        boolean doubleSpaced = single >= 4 && single * 2 >= gaps;
        // A full visual line, after which a capital may still continue the sentence ("của Bộ / Chính trị"): only
        // in text wrapped by a layout, where many lines are about as long as the longest and none is much longer
        // than a printed line (headings and list items are short, so the median of the long lines is used).
        int longest = percentile(lengths, 0.95);
        List<Integer> long_ = lengths.stream().filter(n -> n >= longest * 0.6).toList();
        boolean wrapped = !paragraphs && lengths.size() >= 10 && long_.size() >= 4 && longest >= 40 && longest <= 160;
        int fullLine = wrapped ? percentile(long_, 0.5) : Integer.MAX_VALUE;

        Matcher blockStart = BLOCK_START.matcher("");
        lines = withoutContents(lines);
        // before the notes are put aside: a header written after them would be taken for one
        lines = headerFirst(lines);
        if (!paragraphs) lines = footnotesApart(lines, fullLine, blockStart, doubleSpaced ? 1 : 0);

        Mapped.Builder out = new Mapped.Builder(rawLength);
        List<Integer> pageStarts = new ArrayList<>();
        int page = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Mapped text = line.text;
            if (i > 0) {
                Line prev = lines.get(i - 1);
                boolean pageBreak = line.page != prev.page;
                int softLimit = doubleSpaced ? 1 : 0;
                boolean paragraph = !pageBreak && line.blanksBefore > softLimit
                        && !blankInSentence(prev, line, softLimit, fullLine, blockStart);
                if (!paragraph && continues(prev, line, fullLine, blockStart)) {
                    if (!joinsWithoutSpace(prev.text.text, text.text)) out.append(' ', text.src(0));
                } else {
                    out.append(paragraph ? "\n\n" : "\n", text.src(0));
                }
            }
            while (page < line.page) {
                page++;
                pageStarts.add(out.length());
            }
            out.append(text);
        }
        while (page < pageLines.size() - 1) {
            page++;
            pageStarts.add(out.length());
        }
        Mapped result = out.build(rawLength);
        if (pageStarts.isEmpty()) pageStarts.add(0);
        return new Repaired(result.text, PageMap.ofStarts(pageStarts), new TextOrigin(result.src, rawStarts));
    }

    /**
     * A table of contents ("MỤC LỤC", then "I. MỤC ĐÍCH, YÊU CẦU⇥2", "II. NHIỆM VỤ ........ 3"): the parts' headings
     * printed before the opening read as the parts themselves, and the "Căn cứ" after them were no longer the
     * opening (their documents not carried out). The heading and its entries (a heading, then a tab, dot leaders or
     * spaces and a page number) are dropped; two entries at least, else the lines stay.
     */
    static List<Line> withoutContents(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text.text;
            if (t.length() > 12 || !CONTENTS_HEADING.matcher(t).matches()) continue;
            int end = i + 1;
            while (end < lines.size() && CONTENTS_ENTRY.matcher(lines.get(end).text.text).matches()) end++;
            if (end - i - 1 < 2) continue;
            List<Line> out = new ArrayList<>(lines.subList(0, i));
            if (end < lines.size()) {
                Line next = lines.get(end);
                out.add(new Line(next.text, next.page, Math.max(next.blanksBefore, 1)));
                out.addAll(lines.subList(end + 1, lines.size()));
            }
            return out;
        }
        return lines;
    }

    private static final Pattern CONTENTS_HEADING = Pattern.compile("\\s*(?:MỤC LỤC|Mục lục)\\s*");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("\\s*\\S.{0,200}?(?:\\t|\\.{4,}|…{2,}| {3,})\\s*\\d{1,3}\\s*");

    /**
     * "K Ế H O Ạ C H", "Q U Y Ế T Đ Ị N H": a type's title set with expanded character spacing reaches the text as
     * letters one space apart, which no heading lookup reads (a decision's "Căn cứ" documents were then not carried
     * out). A line of single capitals that spells a type heading of {@code document-types.tsv} is given back its
     * words; any other spaced line is left as it is (its word gaps are not known).
     */
    static Mapped letterSpacedTitle(Mapped line) {
        Mapped m = line.text.isEmpty() || !Character.isWhitespace(line.text.charAt(0)) ? line : line.strip();
        String t = m.text;
        int n = t.length();
        if (n < 5 || n > LETTER_SPACED_LONGEST || t.charAt(1) != ' ' || !Character.isUpperCase(t.charAt(0))) return line;
        StringBuilder letters = new StringBuilder(n / 2 + 1);
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i + 1 < n && t.charAt(i + 1) != ' ') return line; // two letters together: not letter-spaced
                letters.append(c);
            } else if (c != ' ') {
                return line;
            }
        }
        String heading = LETTER_SPACED_HEADINGS.get(letters.toString());
        if (heading == null) return line;
        Mapped.Builder b = new Mapped.Builder(heading.length());
        int h = 0;
        for (int i = 0; i < n && h < heading.length(); i++) {
            if (t.charAt(i) == ' ') continue;
            b.append(m.slice(i, i + 1));
            h++;
            if (h < heading.length() && heading.charAt(h) == ' ') {
                b.append(' ', m.src(i + 1));
                h++;
            }
        }
        return b.build(m.src(n));
    }

    /** The type headings, their spaces taken out, to the headings. */
    private static final Map<String, String> LETTER_SPACED_HEADINGS = new HashMap<>();
    static {
        for (String heading : HeaderExtractor.typeHeadingsAsPrinted()) {
            LETTER_SPACED_HEADINGS.putIfAbsent(heading.replace(" ", ""), heading);
        }
    }
    private static final int LETTER_SPACED_LONGEST =
            LETTER_SPACED_HEADINGS.values().stream().mapToInt(h -> 2 * h.length() + 4).max().orElse(0);

    /**
     * A first page whose header comes last: the issuer, "Số: 412/QĐ-UBND", the motto and the place and date written
     * after the page's body and its footnotes. Word processors draw text boxes and frames after the page's running
     * text, and a header laid out in two such boxes (instead of a table) reaches the text from the content stream
     * there. Read in that order, the document had no number, date or issuer. The block is put back at the top of its
     * page when it holds a motto and a number line (or the page opens with its number line, as a Word 97 file whose
     * issuer and motto are text boxes reads), runs to the page's end with header lines only, and the page does not
     * open with a motto already.
     */
    static List<Line> headerFirst(List<Line> lines) {
        int end = 0;
        while (end < lines.size() && lines.get(end).page == lines.get(0).page) end++;
        if (end < HEADER_AFTER_LINES) return lines;
        for (int i = 0; i < HEADER_AFTER_LINES; i++) {
            if (HeaderExtractor.opensWithMotto(lines.get(i).text.text)) return lines;
        }
        int motto = -1;
        for (int i = Math.max(HEADER_AFTER_LINES, end - HEADER_TAIL_LINES); i < end && motto < 0; i++) {
            if (HeaderExtractor.opensWithMotto(lines.get(i).text.text)) motto = i;
        }
        if (motto < 0) return lines;
        // after the motto: its second line, the place and date, maybe a capitals line (a Party header's issuer)
        for (int i = motto + 1; i < end; i++) {
            String t = lines.get(i).text.text.strip();
            if (!HeaderExtractor.opensWithMotto(t) && !isCapitalsLine(t) && !HEADER_DATE_LINE.matcher(t).find()) return lines;
        }
        // before it: the issuer's capitals, the number, "*", a subject line and its wrapped rest (lower case, no stop)
        int start = motto;
        boolean number = false;
        for (int i = motto - 1; i >= 0; i--) {
            String t = lines.get(i).text.text.strip();
            if (t.equals("*") || isCapitalsLine(t)) {
                start = i;
                continue;
            }
            // a subject's wrapped lines go back to their "V/v" (a body's sentence cut at the page's foot does not)
            int subject = i;
            while (subject >= 0 && wrappedOn(lines.get(subject).text.text.strip())) subject--;
            if (subject < 0) break;
            Matcher n = HEADER_NUMBER_LINE.matcher(lines.get(subject).text.text.strip());
            if (!n.lookingAt() || subject < i && n.group(1) == null) break;
            if (n.group(1) == null) number = true;
            start = subject;
            i = subject;
        }
        // (a Word file's text boxes holding only the issuer and the motto, its number line typed in the body's first
        // lines: ".doc" text boxes reach the text after the body)
        if (!number && !numberLineFirst(lines, end)) return lines;
        if (start == 0 || !isCapitalsLine(lines.get(start).text.text)) return lines;
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = start; i < end; i++) {
            Line l = lines.get(i);
            out.add(i == start ? new Line(l.text, l.page, -1) : l);
        }
        Line first = lines.get(0);
        out.add(new Line(first.text, first.page, 1));
        out.addAll(lines.subList(1, start));
        out.addAll(lines.subList(end, lines.size()));
        return out;
    }

    /** Whether one of the page's first lines is its number line ("Số: 1842/SNNMT-CCKL"). */
    private static boolean numberLineFirst(List<Line> lines, int end) {
        for (int i = 0; i < Math.min(end, 3); i++) {
            if (OWN_NUMBER_LINE.matcher(lines.get(i).text.text.strip()).lookingAt()) return true;
        }
        return false;
    }

    private static final Pattern OWN_NUMBER_LINE = Pattern.compile("Số\\s*:?\\s*\\d{1,5}\\s*[/-]");

    /** How many of a first page's lines may come before its motto in the usual order. */
    private static final int HEADER_AFTER_LINES = 8;
    /** How near the page's end a header written last begins its motto. */
    private static final int HEADER_TAIL_LINES = 12;
    /** A number line, or a subject line (group 1) a number line goes with. */
    private static final Pattern HEADER_NUMBER_LINE = Pattern.compile("Số\\b|(V/v|Về việc)\\b");

    /** A line that opens in lower case and ends with no stop: a subject's (or a sentence's) wrapped part. */
    private static boolean wrappedOn(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && ".;:!?".indexOf(t.charAt(t.length() - 1)) < 0;
    }
    private static final Pattern HEADER_DATE_LINE = Pattern.compile(",\\s*ngày\\s+\\S+\\s+tháng\\s|,\\s*ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4}");

    /**
     * A PDF page's footnotes ({@link PageFootnotes}): their markers dropped from the body ("Bộ Chính trị1 và" reads
     * "Bộ Chính trị và", "trước ngày 30/114." "trước ngày 30/11."), and the notes put before the paragraph that runs
     * over the page's foot, so that the paragraph joins its end on the next page (the notes stay on their page).
     */
    private static List<Line> footnotesApart(List<Line> lines, int fullLine, Matcher blockStart, int softLimit) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int page = lines.get(i).page;
            int end = i;
            while (end < lines.size() && lines.get(end).page == page) end++;
            PageFootnotes.Found notes = null;
            // a page without a line opening as a footnote does is passed at the cost of a digit check a line
            for (int k = Math.max(i + 1, end - PageFootnotes.MAX_LINES); k < end && notes == null; k++) {
                if (PageFootnotes.noteNumber(lines.get(k).text.text) > 0) {
                    List<String> texts = new ArrayList<>(end - i);
                    for (int l = i; l < end; l++) texts.add(lines.get(l).text.text);
                    notes = PageFootnotes.find(texts);
                    if (notes == null) break;
                }
            }
            if (notes == null) {
                out.addAll(lines.subList(i, end));
                i = end;
                continue;
            }
            List<Line> onPage = new ArrayList<>(lines.subList(i, end));
            List<PageFootnotes.Marker> markers = notes.markers();
            for (int m = markers.size() - 1; m >= 0; m--) { // from the last, so that earlier columns stay put
                PageFootnotes.Marker marker = markers.get(m);
                Line l = onPage.get(marker.line());
                onPage.set(marker.line(), new Line(l.text.without(marker.from(), marker.to()), l.page, l.blanksBefore));
            }
            int first = notes.firstLine();
            int last = first - 1;
            int start = last;
            while (start > 0 && (onPage.get(start).blanksBefore <= softLimit
                            || blankInSentence(onPage.get(start - 1), onPage.get(start), softLimit, fullLine, blockStart))
                    && continues(onPage.get(start - 1), onPage.get(start), fullLine, blockStart)) start--;
            // (a paragraph from the page's top may come from the page before: the notes stay where they are)
            boolean runsOver = end < lines.size() && start > 0
                    && continues(onPage.get(last), lines.get(end), fullLine, blockStart);
            if (runsOver) {
                out.addAll(onPage.subList(0, start));
                for (int l = first; l < onPage.size(); l++) {
                    Line note = onPage.get(l);
                    boolean opens = PageFootnotes.noteNumber(note.text.text) > 0;
                    out.add(opens ? new Line(note.text, note.page, 2) : note);
                }
                Line paragraph = onPage.get(start);
                out.add(new Line(paragraph.text, paragraph.page, 2));
                out.addAll(onPage.subList(start + 1, first));
            } else {
                out.addAll(onPage);
            }
            i = end;
        }
        return out;
    }

    /** A non-empty line of the text; what {@link #continues} asks of it is worked out once (each line is asked twice). */
    private static final class Line {
        final Mapped text;
        final int page;
        final int blanksBefore;
        private byte capitals;
        /** {@link #shapeOf} of the line's text: asked of every line as a and as b of {@link #continues}. */
        private byte shape;
        private byte caption;

        Line(Mapped text, int page, int blanksBefore) {
            this.text = text;
            this.page = page;
            this.blanksBefore = blanksBefore;
        }

        boolean capitals() {
            if (capitals == 0) capitals = isCapitalsLine(text.text) ? (byte) 1 : (byte) 2;
            return capitals == 1;
        }

        boolean columnGap() {
            return (shape() & COLUMN_GAP_BIT) != 0;
        }

        boolean pipeRow() {
            return (shape() & PIPE_ROW_BIT) != 0;
        }

        boolean caption() {
            if (caption == 0) caption = isSignatureCaption(text.text) ? (byte) 1 : (byte) 2;
            return caption == 1;
        }

        private byte shape() {
            if (shape == 0) shape = text.shape();
            return shape;
        }
    }

    /** {@code blockStart}: one matcher of {@link #BLOCK_START} per text, reset to each line (no Matcher a line). */
    private static boolean continues(Line a, Line b, int fullLine, Matcher blockStart) {
        String bt = b.text.text;
        if (opensWithStop(bt)) return true;
        if (!a.columnGap() && !a.pipeRow() && dashContinues(a.text.text, bt, fullLine)) return true;
        if (numberEndsSentence(a.text.text, bt)) return true;
        if (symbolWrapped(a.text.text, bt)) return true;
        if (pipeRowGoesOn(a.text.text, bt)) return true;
        if (!a.columnGap() && !a.pipeRow() && articleReferenceWrapped(a.text.text, bt)) return true;
        if (blockStart.reset(bt).lookingAt()) return false;
        // before the capitals test: "II/2027." is a line of capitals
        if (!a.columnGap() && !a.pipeRow() && (quarterWrapped(a.text.text, bt) || nameWrapped(a.text.text, bt))) return true;
        if (a.caption() || b.caption()) return false;
        if (a.capitals() || b.capitals()) return false;
        if (a.columnGap() || b.columnGap()) return false;
        if (a.pipeRow() || b.pipeRow()) return false;
        return continuesAfterChecks(a.text.text, bt, fullLine);
    }

    /** Whether line {@code b} continues line {@code a} (both stripped, non-empty). */
    static boolean continues(String a, String b, int fullLine) {
        if (opensWithStop(b)) return true;
        if (!hasColumnGap(a) && !isPipeRow(a) && dashContinues(a, b, fullLine)) return true;
        if (numberEndsSentence(a, b)) return true;
        if (symbolWrapped(a, b)) return true;
        if (pipeRowGoesOn(a, b)) return true;
        if (!hasColumnGap(a) && !isPipeRow(a) && articleReferenceWrapped(a, b)) return true;
        // BLOCK_START opens with ^: find() can match only where lookingAt() does, without trying every position
        if (BLOCK_START.matcher(b).lookingAt()) return false;
        if (!hasColumnGap(a) && !isPipeRow(a) && (quarterWrapped(a, b) || nameWrapped(a, b))) return true;
        if (isSignatureCaption(a) || isSignatureCaption(b)) return false;
        if (isCapitalsLine(a) || isCapitalsLine(b)) return false;
        if (hasColumnGap(a) || hasColumnGap(b)) return false;
        if (isPipeRow(a) || isPipeRow(b)) return false;
        return continuesAfterChecks(a, b, fullLine);
    }

    /**
     * A line of the caption signing software prints with a signature ("Ký bởi: ...", "Email: ...", "Thời gian ký:
     * 10.08.2026 15:20:11 +07:00", {@link SignatureCaptions}): neither joined to the line before nor continued by the
     * signer's name after it.
     */
    private static boolean isSignatureCaption(String line) {
        return SignatureCaptions.opensCaptionLine(line);
    }

    /** A number alone on its line, with the stop that ends a sentence: "12." */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}(?:[/.-]\\d{1,4}){0,2}[.;:,)]?$");

    /**
     * "... trước ngày 20 tháng" / "12.": the number that a line's last word leads up to, wrapped alone onto the next
     * line with the sentence's stop, is the end of that sentence, not a numbered item (an item has words after its
     * number).
     */
    static boolean numberEndsSentence(String a, String b) {
        if (b.length() > 14 || b.isEmpty() || !Character.isDigit(b.charAt(0)) || rowNumberAfterYearWord(a, b)) return false;
        return BARE_NUMBER.matcher(b).matches() && !a.isEmpty() && ".;:!?".indexOf(a.charAt(a.length() - 1)) < 0
                && LEADS_TO_NUMBER.matcher(a).find();
    }

    /**
     * "... quy định tại điểm b khoản 1" / "Điều 1 Quyết định này; hoàn thành ...": a reference to an article wrapped
     * onto the next line is no article's heading (it had opened a new article in the middle of a decision's executing
     * article, and the units after it were lost). An article's heading follows a line that ends its sentence or a
     * title, and prints a stop or a colon after its number; the reference goes on with the name of its document,
     * "này" or "của" ({@code article-reference-words.txt}), or a lower-case word.
     */
    static boolean articleReferenceWrapped(String a, String b) {
        if (!b.startsWith("Điều ") || a.isEmpty() || ".;:!?)".indexOf(a.charAt(a.length() - 1)) >= 0) return false;
        int i = 5;
        int digits = 0;
        while (i < b.length() && b.charAt(i) >= '0' && b.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 3 || i >= b.length() || b.charAt(i) != ' ') return false;
        String rest = b.substring(i + 1).stripLeading();
        if (rest.isEmpty()) return false;
        if (Character.isLowerCase(rest.charAt(0))) return true;
        String folded = Words.fold(rest.substring(0, Math.min(rest.length(), ARTICLE_REFERENCE_REACH)));
        for (String w : ARTICLE_REFERENCE_WORDS) {
            if (folded.startsWith(w) && (folded.length() == w.length() || !Character.isLetterOrDigit(folded.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... định kỳ 6 tháng (trước ngày 15/6 và" / (blank line) / "ngày 15/12 hằng năm) tham mưu ...": a single blank
     * line after a word no sentence ends with ({@code sentence-open-words.txt}) and before a line that opens in lower
     * case (and is no list item) breaks a sentence, not a paragraph. PDF readers print such a blank where a justified
     * line ends early; kept, it cut the recurrence's second date off into a paragraph of its own.
     */
    private static boolean blankInSentence(Line a, Line b, int softLimit, int fullLine, Matcher blockStart) {
        return b.blanksBefore == softLimit + 1 && !a.pipeRow() && !b.pipeRow()
                && brokenMidSentence(a.text.text, b.text.text, fullLine, blockStart);
    }

    static boolean brokenMidSentence(String a, String b, int fullLine, Matcher blockStart) {
        if (a.isEmpty() || b.isEmpty()) return false;
        // "... và Kế hoạch số 156/KH-" / (blank line) / "TU của Ban Thường vụ": a symbol cut at its code's hyphen
        if (symbolCut(a) && Character.isUpperCase(b.codePointAt(0))) return true;
        // "... được áp dụng từ ngày 01 tháng 01 năm" / "2025 đến hết ngày ...": a date's word and its number
        if (Character.isDigit(b.charAt(0)) && DATE_WORD_END.matcher(a).find() && !isCapitalsLine(a)) {
            return !a.endsWith("năm") || YEAR_START.matcher(b).lookingAt();
        }
        if (!Character.isLetter(a.charAt(a.length() - 1)) || !Character.isLetter(b.codePointAt(0))) return false;
        if (blockStart.reset(b).lookingAt() || isCapitalsLine(a) || isCapitalsLine(b)) return false;
        // a full line of a wrapped layout that stops at no stop goes on ("... của Chính" / "phủ quy định ...",
        // "... kịp thời triển khai" / "Nghị quyết; ban hành ...")
        if (a.length() >= fullLine * 0.85) return true;
        if (!Character.isLowerCase(b.codePointAt(0))) return false;
        int from = a.lastIndexOf(' ') + 1;
        return a.length() - from <= SENTENCE_OPEN_LONGEST && SENTENCE_OPEN_WORDS.contains(Words.fold(a.substring(from)));
    }

    private static final Pattern DATE_WORD_END = Pattern.compile("(?:^|\\s)(?:ngày|tháng|năm|số)$");
    private static final Pattern YEAR_START = Pattern.compile("\\d{4}(?!\\d)");

    /**
     * A document's symbol wrapped over two lines, the next a line of capitals that the capitals test would keep
     * apart: "theo Thông tư số 24/2025/TT-" / "BTC.", "... theo Kế hoạch này và Thông tư" / "11/2026/TT-BNNMT.".
     */
    static boolean symbolWrapped(String a, String b) {
        if (b.isEmpty()) return false;
        if (Character.isUpperCase(b.codePointAt(0))) return symbolCut(a);
        // a line opening with a symbol ("11/2026/TT-BNNMT") opens no paragraph: it goes on a line that stops at no stop
        return Character.isDigit(b.charAt(0)) && !a.isEmpty() && Character.isLetter(a.charAt(a.length() - 1))
                && SYMBOL_START.matcher(b).lookingAt();
    }

    /** A symbol's number and its slash, maybe with the year: "11/2026/TT", "45/KH". */
    private static final Pattern SYMBOL_START = Pattern.compile("\\d{1,5}(?:/\\d{4})?/\\p{Lu}");

    /** A line that ends in a symbol cut after its code's hyphen: "156/KH-", "1288/QĐ-", "45/2026/NQ-". */
    private static boolean symbolCut(String a) {
        int n = a.length();
        if (n < 4 || a.charAt(n - 1) != '-' || !Character.isUpperCase(a.charAt(n - 2))) return false;
        int i = n - 2;
        while (i >= 0 && (Character.isUpperCase(a.charAt(i)) || a.charAt(i) == '&')) i--;
        return i >= 1 && a.charAt(i) == '/' && Character.isDigit(a.charAt(i - 1));
    }

    private static final Set<String> SENTENCE_OPEN_WORDS =
            Set.copyOf(Words.folded(TextRepair.class, "sentence-open-words.txt"));
    private static final int SENTENCE_OPEN_LONGEST = SENTENCE_OPEN_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static final List<String> ARTICLE_REFERENCE_WORDS = Words.folded(TextRepair.class, "article-reference-words.txt");
    private static final int ARTICLE_REFERENCE_REACH =
            ARTICLE_REFERENCE_WORDS.stream().mapToInt(String::length).max().orElse(0) + 3;

    /**
     * A row of a table printed with '|' between its cells (Markdown, document converters, tables copied from web
     * pages): two bars or more. Such rows are as long as full lines, but one is never the continuation of another.
     */
    static boolean isPipeRow(String s) {
        int first = s.indexOf('|');
        return first >= 0 && s.indexOf('|', first + 1) > first;
    }

    /**
     * A bar table's row wrapped at the printed width: "| 1 | Tổ chức hội nghị | Ban Tuyên giáo" / "Huyện ủy | Quý
     * II/2025 |". The row opened with a bar and has not closed; the next line closes it without opening another.
     */
    static boolean pipeRowGoesOn(String a, String b) {
        if (!a.startsWith("|") || a.endsWith("|") || a.indexOf('|', 1) < 0 || !b.endsWith("|")) return false;
        // broken at a bar ("... | Các ban xây dựng Đảng Huyện ủy" / "| Quý I/2025 |"): what follows opens no row of
        // its own, whose first cell is its number ("| 5 | ...", "| II | ..."); rows printed without their closing
        // bar all open so, and stay apart
        return !b.startsWith("|") || !ROW_OPENING.matcher(b).lookingAt();
    }

    private static final Pattern ROW_OPENING = Pattern.compile("\\|\\s*(?:\\d{1,3}(?:\\.\\d{1,2})*\\.?|[IVXLC]{1,6}|[a-zđ][.)]?|S?TT)\\s*\\|");

    /**
     * "Hằng năm" / "5": a number of one to three digits alone on its line after "năm" is no year (a year has four
     * digits) but the next row's number of a table printed one cell a line, whose time cell ended the row above.
     */
    private static boolean rowNumberAfterYearWord(String a, String b) {
        if (b.length() > 3 || !(a.endsWith(" năm") || a.endsWith(" Năm") || a.equalsIgnoreCase("năm"))) return false;
        for (int i = 0; i < b.length(); i++) if (!Character.isDigit(b.charAt(i))) return false;
        return true;
    }

    /**
     * {@code COLUMN_GAP.matcher(s).find()}: a tab, or a run of four spaces or more between two chars that are not
     * {@code \s} (ASCII whitespace). The run is taken whole because the regex's greedy spaces cannot stop before
     * a space; a tab on either side is a tab anyway.
     */
    static boolean hasColumnGap(String s) {
        return (shapeOf(s.toCharArray(), 0, s.length()) & COLUMN_GAP_BIT) != 0;
    }

    static final byte COLUMN_GAP_BIT = 1;
    static final byte PIPE_ROW_BIT = 2;
    /** Set in every shape, so that 0 can mean "not worked out yet". */
    private static final byte SHAPE_KNOWN = 4;

    /**
     * What the line joiner asks of the line {@code a[from, to)}, in one pass over its chars: {@link #COLUMN_GAP_BIT}
     * for {@link #hasColumnGap}, {@link #PIPE_ROW_BIT} for {@link #isPipeRow}. Worked out where a line's cleaned chars
     * are still in an array (the chars read from an array: a charAt call per char of every line under C1).
     */
    static byte shapeOf(char[] a, int from, int to) {
        int shape = SHAPE_KNOWN;
        int bars = 0;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '|') {
                if (++bars == 2) shape |= PIPE_ROW_BIT;
                continue;
            }
            if (c == '\t') {
                shape |= COLUMN_GAP_BIT;
                continue;
            }
            if (c != ' ' || (shape & COLUMN_GAP_BIT) != 0) continue;
            int j = i;
            while (j < to && a[j] == ' ') j++;
            if (j - i >= 4 && i > from && !isRegexSpace(a[i - 1]) && j < to && !isRegexSpace(a[j])) shape |= COLUMN_GAP_BIT;
            i = j - 1;
        }
        return (byte) shape;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean continuesAfterChecks(String a, String b, int fullLine) {
        char last = a.charAt(a.length() - 1);
        // "... là nhiệm vụ chính trị trọng tâm, thường xuyên;" / "phân công cấp ủy viên phụ trách ...": a full line
        // that ends at a semicolon goes on in lower case, as a wrapped sentence does (a list's items open lines of
        // their own with a mark or a capital, and a short line ends its item)
        if (last == ';' && Character.isLowerCase(b.codePointAt(0)) && a.length() >= fullLine * 0.85) return true;
        if (".;:!?".indexOf(last) >= 0) return false;
        if (joinsWithoutSpace(a, b)) return true;
        if (isNextRow(a, b)) return false;
        int first = b.codePointAt(0);
        if (Character.isLowerCase(first)) return true;
        // A date or number the line before leads up to ("... ngày" / "22/10/2018 của ..."); other lines that
        // start with a number may be table rows and stay apart.
        if (Character.isDigit(first) && (DATE_START.matcher(b).find() || LEADS_TO_NUMBER.matcher(a).find())
                && !rowNumberAfterYearWord(a, b)) {
            return true;
        }
        // A capital, digit or bracket may continue a sentence ("của Bộ / Chính trị") only after a full line.
        return a.length() >= fullLine * 0.85 && last != ')' && !taskUnderHeading(a, b);
    }

    /** A numbered item's marker and the capital its heading opens with: "2. Phòng", "1.2. Sở", "b) Công". */
    private static final Pattern ITEM_HEADING = Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.|[a-zđ]\\)|[IVX]{1,4}\\.)\\s+\\p{Lu}");
    private static final List<String> TASK_OPENERS = Words.folded(TextRepair.class, "task-openers.txt");
    private static final int TASK_OPENER_LONGEST = TASK_OPENERS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * "2. Phòng Cảnh sát hình sự, Phòng Cảnh sát điều tra tội phạm về ma túy" / "Tập trung đấu tranh ...": a numbered
     * heading that filled its line, then its body opening with a task's word ({@code task-openers.txt}): two
     * paragraphs, though a full line before a capital is most often a sentence wrapped before a name.
     */
    static boolean taskUnderHeading(String a, String b) {
        if (!Character.isUpperCase(b.codePointAt(0)) || a.indexOf(':') >= 0 || a.indexOf(';') >= 0) return false;
        if (a.isEmpty() || !Character.isDigit(a.charAt(0)) && !(a.length() > 1 && a.charAt(1) == ')')
                && "IVX".indexOf(a.charAt(0)) < 0) {
            return false;
        }
        if (!ITEM_HEADING.matcher(a).lookingAt()) return false;
        String head = Words.fold(b.substring(0, Math.min(b.length(), TASK_OPENER_LONGEST + 1)));
        for (String w : TASK_OPENERS) {
            if (head.startsWith(w) && (head.length() == w.length() || !Character.isLetter(head.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A quarter's number at a line's start: "II/2027", "IV năm 2026", "III, IV/2026". */
    private static final Pattern QUARTER_NUMBER = Pattern.compile("^(?:I{1,3}|IV)(?:/\\d|,|\\s+năm\\s|\\s*$)");

    /** "... hoàn thành trong quý" / "II/2027.": the quarter's number, wrapped alone to the next line, ends its phrase. */
    /**
     * "a) Ủy ban nhân dân các tỉnh Gia Lai, Đắk Lắk, Lâm Đồng, Quảng" / "Ngãi:": a heading's last name wrapped, its
     * second syllable alone on a line before the heading's colon. A capitalised word and a colon make no line of their
     * own; the line before ends in a capitalised word with no stop.
     */
    private static boolean nameWrapped(String a, String b) {
        int n = b.length();
        if (n < 3 || n > 12 || b.charAt(n - 1) != ':' || !Character.isUpperCase(b.charAt(0))) return false;
        for (int i = 1; i < n - 1; i++) if (!Character.isLowerCase(b.charAt(i))) return false;
        int last = a.lastIndexOf(' ') + 1;
        return last > 0 && last < a.length() && Character.isUpperCase(a.charAt(last))
                && Character.isLetter(a.charAt(a.length() - 1));
    }

    private static boolean quarterWrapped(String a, String b) {
        if (a.length() < 3 || b.isEmpty() || b.charAt(0) != 'I') return false;
        String end = a.substring(a.length() - 3);
        return end.equalsIgnoreCase("quý") && (a.length() == 3 || a.charAt(a.length() - 4) == ' ')
                && QUARTER_NUMBER.matcher(b).find();
    }

    /**
     * Whether {@code b} is the row after {@code a} in a table whose rows are printed one a line, single-spaced (OCR
     * of a scanned table, a PDF table drawn without rules): "1 Xây dựng ... Quý II/2026" then "2 Tổ chức ...", or a
     * header "TT Nội dung ..." then "1 ...". Such rows are as long as full lines, but each opens a row of its own.
     */
    static boolean isNextRow(String a, String b) {
        int bNumber = rowNumber(b);
        if (bNumber < 0) return false;
        int aNumber = rowNumber(a);
        if (aNumber >= 0) return bNumber == aNumber + 1;
        return bNumber == 1 && TableTrigger.opensWithNumberHeader(a);
    }

    /** The number opening a row ("12 Tổ chức ..."): one to three digits, a space, a capital; -1 when not so. */
    private static int rowNumber(String s) {
        int i = 0;
        int n = 0;
        while (i < s.length() && i < 3 && Character.isDigit(s.charAt(i))) n = n * 10 + (s.charAt(i++) - '0');
        if (i == 0 || i + 1 >= s.length() || s.charAt(i) != ' ' || !Character.isUpperCase(s.codePointAt(i + 1))) return -1;
        return n;
    }

    /**
     * A name joined by a dash, broken by the layout before the dash, in a list of bodies apart by semicolons (an
     * executing article, a closing clause): "Điều 3. Chánh Văn phòng ...; Trưởng phòng Tài chính" / "- Kế hoạch; Chủ
     * tịch UBND các xã ...". The second line opens as a list item does, but a full line that ends in a letter
     * inside such a list is in the middle of a name. Only there: a list item that ends without its full stop, one
     * filling its line, is followed by the next item, which must stay apart; so a line that is itself an item, or
     * holds no semicolon, never takes the dash.
     */
    static boolean dashContinues(String a, String b, int fullLine) {
        if (b.length() < 3 || b.charAt(1) != ' ' || (b.charAt(0) != '-' && b.charAt(0) != '–')) return false;
        if (!Character.isUpperCase(b.codePointAt(2))) return false;
        char first = a.charAt(0);
        if (first == '-' || first == '–' || first == '+' || first == '•' || first == '*' || a.indexOf(';') < 0) return false;
        char last = a.charAt(a.length() - 1);
        return Character.isLetter(last) && a.length() >= fullLine * 0.85 && !isCapitalsLine(a);
    }

    /**
     * "... ở cấp IV, cấp V" / ". Theo ...", "... Bộ Nông nghiệp và Môi trường" / "; để chủ động ...": no line opens with
     * the stop, comma or semicolon of a sentence; one that does goes on the line before, where a reader broke it (Tika
     * writes a line break where a Word 97 file's text refers to a footnote).
     */
    static boolean opensWithStop(String b) {
        if (b.isEmpty() || ".,;:".indexOf(b.charAt(0)) < 0) return false;
        return b.length() == 1 || b.charAt(1) == ' ' || b.charAt(1) == '/' && b.startsWith("./.");
    }

    /** A document number broken after its hyphen: "57-" + "KL/TW" joins as "57-KL/TW", "156/KH-" + "TU" as "156/KH-TU". */
    private static boolean joinsWithoutSpace(String a, String b) {
        int n = a.length();
        if (opensWithStop(b)) return true;
        return n >= 2 && a.charAt(n - 1) == '-' && (Character.isDigit(a.charAt(n - 2)) || symbolCut(a))
                && Character.isUpperCase(b.codePointAt(0));
    }

    /** A line whose letters (two at least) are all capitals: a header, title or signature line. */
    static boolean isCapitalsLine(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static int percentile(List<Integer> values, double q) {
        if (values.isEmpty()) return 0;
        int[] a = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.floor(q * (a.length - 1)))];
    }

    /**
     * A text with, for each char, its offset in the raw text (plus an end sentinel): char {@code i} came from
     * {@code src[srcFrom + i]}, so that the lines of a page can keep their offsets in one shared array.
     */
    static final class Mapped {
        static final Mapped EMPTY_REMOVED = new Mapped("", new int[] {0});
        final String text;
        private final int[] src;
        private final int srcFrom;
        /** {@link TextRepair#shapeOf} of the text, 0 until worked out. */
        private byte shape;

        Mapped(String text, int[] src) {
            this(text, src, 0);
        }

        private Mapped(String text, int[] src, int srcFrom) {
            this.text = text;
            this.src = src;
            this.srcFrom = srcFrom;
        }

        byte shape() {
            if (shape == 0) shape = shapeOf(text.toCharArray(), 0, text.length());
            return shape;
        }

        /** The raw offset of char {@code i}; of the end for {@code i == text.length()}. */
        int src(int i) {
            return src[srcFrom + i];
        }

        /** The raw offsets of the chars and of the end, as an array of their own. */
        int[] offsets() {
            return Arrays.copyOfRange(src, srcFrom, srcFrom + text.length() + 1);
        }

        static Mapped of(String raw, int base) {
            int[] src = new int[raw.length() + 1];
            for (int i = 0; i <= raw.length(); i++) src[i] = base + i;
            return new Mapped(raw, src);
        }

        /** The lines, split at \n, \r\n or \r, without their ends. */
        List<Mapped> lines() {
            List<Mapped> out = new ArrayList<>();
            int start = 0;
            int n = text.length();
            for (int i = 0; i <= n; i++) {
                if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\f') {
                    out.add(slice(start, i));
                    if (i < n - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') i++;
                    start = i + 1;
                }
            }
            return out;
        }

        Mapped slice(int from, int to) {
            return new Mapped(text.substring(from, to), Arrays.copyOfRange(src, srcFrom + from, srcFrom + to + 1));
        }

        /** Without the chars {@code [from, to)}. */
        Mapped without(int from, int to) {
            Builder b = new Builder(text.length());
            b.append(slice(0, from));
            b.append(slice(to, text.length()));
            return b.build(src(text.length()));
        }

        /** Without leading and trailing whitespace. */
        Mapped strip() {
            int from = 0;
            int to = text.length();
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            return slice(from, to);
        }

        /** Chars and their raw offsets, in parallel arrays (a StringBuilder checked and inflated on each char). */
        static final class Builder {
            private char[] text;
            private int[] src;
            private int length;

            Builder(int capacity) {
                text = new char[Math.max(16, capacity + 1)];
                src = new int[Math.max(16, capacity + 1)];
            }

            /** Room for {@code k} more chars and the free slot after them. */
            private void reserve(int k) {
                if (length + k >= src.length) {
                    int size = Math.max(src.length * 2, length + k + 1);
                    src = Arrays.copyOf(src, size);
                    text = Arrays.copyOf(text, size);
                }
            }

            void append(char c, int from) {
                if (length + 1 >= src.length) reserve(1);
                src[length] = from;
                text[length++] = c;
            }

            void append(String s, int from) {
                for (int i = 0; i < s.length(); i++) append(s.charAt(i), from);
            }

            void append(Mapped m) {
                int k = m.text.length();
                reserve(k);
                System.arraycopy(m.src, m.srcFrom, src, length, k);
                m.text.getChars(0, k, text, length);
                length += k;
            }

            /**
             * {@code build(end).strip()} of the chars appended since {@code lineStart}, the builder serving as an
             * arena: the line's text is copied, its offsets are not (the line reads them from this builder's array,
             * which later lines never write to: they go after this line's end sentinel, and when the array grows
             * they go to a new one).
             */
            Mapped takeStripped(int lineStart, int end) {
                reserve(0);
                src[length] = end;
                int from = lineStart;
                int to = length;
                while (from < to && Character.isWhitespace(text[from])) from++;
                while (to > from && Character.isWhitespace(text[to - 1])) to--;
                Mapped line = new Mapped(new String(text, from, to - from), src, from);
                line.shape = shapeOf(text, from, to);
                length++; // the end sentinel's slot stays the line's
                return line;
            }

            int length() {
                return length;
            }

            Mapped build(int end) {
                int[] s = Arrays.copyOf(src, length + 1);
                s[length] = end;
                return new Mapped(new String(text, 0, length), s);
            }
        }
    }
}
