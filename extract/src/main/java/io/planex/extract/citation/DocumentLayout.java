package io.planex.extract.citation;

import io.planex.extract.text.PipeRows;
import io.planex.extract.text.TextChars;
import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the parts of a document are that decide what it implements, found in a {@link CleanText}: the header (where
 * the document's own "Số: 04-KH/ĐU" is printed), the title block (the trích yếu after the type heading "KẾ HOẠCH",
 * or a letter's "V/v" line) and the basis clauses of the opening ("Thực hiện ...", "Căn cứ ..." sentences before the
 * body's first section heading).
 */
final class DocumentLayout {
    /** Type headings of the document itself, printed in capitals on their own line. */
    private static final String HEADINGS = "KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|HƯỚNG DẪN|CHƯƠNG TRÌNH|THÔNG BÁO"
            + "|BÁO CÁO|TỜ TRÌNH|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|KẾT LUẬN|THÔNG TRI|THÔNG TƯ|NGHỊ ĐỊNH|CÔNG ĐIỆN|PHƯƠNG ÁN"
            + "|CÔNG VĂN|LUẬT|THÔNG CÁO|QUY TRÌNH";
    /** The first letters of the type headings. */
    private static final String HEADING_FIRST = headingFirstLetters();

    private static String headingFirstLetters() {
        StringBuilder b = new StringBuilder();
        for (String h : HEADINGS.split("\\|")) if (b.indexOf(h.substring(0, 1)) < 0) b.append(h.charAt(0));
        return b.toString();
    }

    static final SparseFind TYPE_HEADING = new SparseFind(
            Pattern.compile("(?m)^ ?(?:" + HEADINGS + ")(?![\\p{L}])"),
            (text, i) -> SparseFind.isLineStart(text, i)
                    && SparseFind.opensWith(text, i, c -> HEADING_FIRST.indexOf(c) >= 0));
    /**
     * The type heading, or a letter's "V/v", of a flattened header: after the date, or (headers read row by row)
     * after the number.
     */
    private static final Pattern FLAT_HEADING = Pattern.compile(
            "(?:năm \\d{4}|\\d ?[-/][\\p{L}\\p{N}/&.-]{1,25}) ?(?:[-–]+ ?)?(" + HEADINGS + "|[Vv]/[Vv])(?![\\p{L}])");
    /** {@link #FLAT_HEADING} tried only where it can begin: the "n" of "năm" or a digit ({@link #flatHeadingStarts}). */
    static final SparseFind FLAT_HEADING_AT = new SparseFind(FLAT_HEADING, (text, i) -> {
        char c = text.charAt(i);
        return c == 'n' || c >= '0' && c <= '9';
    });

    /**
     * Where {@link #FLAT_HEADING} can begin in the first {@code limit} chars of {@code text}, ascending: at "năm "
     * ("ă" U+0103, as the pattern has it) or at an ASCII digit ({@code \d} without UNICODE_CHARACTER_CLASS) followed
     * by "-" or "/", maybe after one space. A plain {@code find()} entered the regex engine at each of the head's
     * 6,000 chars and tried both alternatives there (3% of the C1 record); an "n" or any digit, at most of a header.
     */
    static int[] flatHeadingStarts(String text, int limit) {
        char[] chars = TextChars.of(text);
        int[] out = new int[64];
        int k = 0;
        for (int i = 0; i < limit; i++) {
            char c = chars[i];
            boolean year = c == 'n' && i + 3 < limit && chars[i + 1] == '\u0103' && chars[i + 2] == 'm'
                    && chars[i + 3] == ' ';
            boolean number = c >= '0' && c <= '9' && i + 1 < limit
                    && (isNumberDash(chars[i + 1]) || chars[i + 1] == ' ' && i + 2 < limit && isNumberDash(chars[i + 2]));
            if (year || number) {
                if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean isNumberDash(char c) {
        return c == '-' || c == '/';
    }

    static final SparseFind LETTER_SUBJECT = new SparseFind(Pattern.compile("(?m)^ ?[Vv]/[Vv](?![\\p{L}])"),
            (text, i) -> SparseFind.isLineStart(text, i) && SparseFind.opensWith(text, i, c -> c == 'V' || c == 'v'));
    private static final String BASIS_WORDS = "Căn cứ|Thực hiện|Triển khai thực hiện|Triển khai|Thi hành|Để triển khai"
            + "|Để thực hiện|Tiếp tục thực hiện|Nhằm triển khai|Nhằm thực hiện|Thực hiện chỉ đạo|Theo chỉ đạo"
            + "|CĂN CỨ|THỰC HIỆN";
    /** A line that opens with a basis, bare or as a bulleted item ("- Căn cứ ...", as Party documents list them). */
    private static final Pattern BASIS_LINE = Pattern.compile("(?m)^ ?(?:[-+•–] ?)?(?:" + BASIS_WORDS + ")(?![\\p{L}])");
    private static final Pattern BASIS = Pattern.compile("(?<![\\p{L}])(?:" + BASIS_WORDS + ")(?![\\p{L}])");
    /**
     * Opening sentences that give a reason other than a basis, or follow up the issuer's own letter ("Tiếp theo Công
     * văn số ... của Sở"): they end a basis clause, in lower case too after a semicolon ("...; theo đề nghị của Sở
     * Nông nghiệp và Môi trường tại Tờ trình số ...").
     */
    private static final Pattern NOT_BASIS = Pattern.compile(
            "(?<![\\p{L}])(?:Xét|xét(?= (?iu:đề nghị|tờ trình|báo cáo))|[Tt]heo (?iu:đề nghị|đề xuất|báo cáo|tờ trình|yêu cầu)"
                    + "|[Tt]iếp theo)(?![\\p{L}])");

    /**
     * True when a clause of the opening starts at {@code at}: a basis ("Căn cứ ...", "Thực hiện ...") or another
     * reason ("Xét ...", "Theo đề nghị ..."). Nothing that precedes it on the line before goes on into it.
     */
    static boolean opensReasonClause(String text, int at) {
        return BASIS.matcher(text).region(at, text.length()).lookingAt()
                || NOT_BASIS.matcher(text).region(at, text.length()).lookingAt();
    }
    // a title block ends at a rule, the recipients ("Kính gửi", or "Kính" alone where a damaged text layer lost
    // "gửi"), or a body paragraph that opens with a dated event ("Ngày
    // 09/8/2024, Ban Thường vụ họp ..." in a notice of conclusions)
    private static final Pattern TITLE_END = Pattern.compile(
            "(?m)^ ?(?:[-_*=.…]{3,}|Kính(?: gửi)?(?![\\p{L}])|KÍNH GỬI|(?:Ngày|Hôm nay,? ngày) \\d{1,2} ?(?:[/.\\-] ?\\d{1,2}|tháng))");
    /** "Kính gửi" inside a line: a header flattened onto one line ends its "V/v" title there too. */
    private static final Pattern RECIPIENT_INLINE = Pattern.compile("(?<![\\p{L}])(?:Kính gửi|KÍNH GỬI)(?![\\p{L}])");
    /** A part of the body that lists the document's bases: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Cơ sở pháp lý". */
    static final SparseFind BASIS_SECTION = new SparseFind(Pattern.compile(
            "(?m)^ ?(?:[IVX]{1,5}|\\d{1,2}|[A-Z]) ?[.)] ?(?:CĂN CỨ|Căn cứ|CƠ SỞ PHÁP LÝ|Cơ sở pháp lý)(?![\\p{L}])[^\n.;]{0,80}$"),
            (text, i) -> SparseFind.isLineStart(text, i) && SparseFind.opensWith(text, i, DocumentLayout::isUpperOrDigit));
    private static final Pattern NEXT_ROMAN = Pattern.compile("(?m)^ ?(?:[IVX]{1,5} ?[.)]|PHẦN |Phần |Nơi nhận)");
    private static final Pattern NEXT_ANY = Pattern.compile("(?m)^ ?(?:[IVX]{1,5} ?[.)]|\\d{1,2} ?[.)] |PHẦN |Phần |Nơi nhận)");
    private static final int BASIS_SECTION_MAX = 3000;
    private static final Pattern SECTION = Pattern.compile(
            "(?m)^ ?(?:(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục) (?:[IVX]{1,5}|\\d{1,2}|THỨ|thứ)(?![\\p{L}])"
                    + "|[IVX]{1,5} ?[.)\\-](?!\\p{L})|Điều 1(?!\\d)|ĐIỀU 1(?!\\d)|1 ?[.)] |[Aa] ?[.)] "
                    + "|MỤC ĐÍCH|MỤC TIÊU|Mục đích|QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ ?:|Nơi nhận|NƠI NHẬN)");
    /**
     * "Do đó, căn cứ ...", "Vì vậy, thực hiện ...": a basis that opens the clause after a connective; "Tiếp theo
     * Công điện số ...; thực hiện Công điện số ...": or after a semicolon, in lower case.
     */
    private static final Pattern CONNECTIVE_BASIS = Pattern.compile(
            "(?:(?:Do đó|Do vậy|Vì vậy|Vì thế|Bởi vậy|Theo đó|Từ đó|Trên cơ sở đó|Trên cơ sở các quy định trên) ?, ?|(?<=;) ?)"
                    + "(căn cứ|thực hiện)(?![\\p{L}])");
    /** A decision's first article that issues a plan, a programme or rules with it. */
    static final SparseFind ISSUES_PLAN = new SparseFind(Pattern.compile(
            "(?m)^ ?(?:Điều|ĐIỀU) 1 ?[.:] ?Ban hành kèm theo (?:Quyết định|Nghị quyết|Chỉ thị) này(?![\\p{L}])"),
            (text, i) -> SparseFind.isLineStart(text, i) && SparseFind.opensWith(text, i, c -> c == 'Đ'));

    /** [A-Z] or \\d, the chars a BASIS_SECTION number opens with. */
    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    private static final Pattern CARRY_OUT = Pattern.compile(
            "(?<![\\p{L}])(?:triển khai thực hiện|thực hiện|triển khai|thi hành)(?![\\p{L}])");
    /** The items of a "Căn cứ:" list on the lines below it: "a)", "(i)", "-", "+", "•". */
    private static final Pattern LIST_ITEM_LINE = Pattern.compile("\n ?(?:\\(?[a-zđ]\\)|\\(?[ivx]{1,4}\\)|[-+•])");
    private static final int CLAUSE_MAX = 3000;
    private static final Pattern OWN_NUMBER = Pattern.compile("S[ốổỐôÔ]\\s?:?\\s?$");
    private static final Pattern OWN_NUMBER_LINE = Pattern.compile("(?:^|\n) ?S[ốổỐôÔ] ?: ?$");
    private static final int HEADER_FALLBACK = 2500;

    private static final int HEAD_SCAN = 6000;
    private static final int TITLE_MAX = 1200;
    private static final int OPENING_MAX = 6000;

    final int headerEnd;
    final int titleStart;
    final int titleEnd;
    final int openingEnd;
    private final List<int[]> basisClauses;

    private DocumentLayout(int headerEnd, int titleStart, int titleEnd, int openingEnd, List<int[]> basisClauses) {
        this.headerEnd = headerEnd;
        this.titleStart = titleStart;
        this.titleEnd = titleEnd;
        this.openingEnd = openingEnd;
        this.basisClauses = basisClauses;
    }

    static DocumentLayout of(String w) {
        return of(w, SparseFind.lineStarts(w));
    }

    /** {@link #of(String)}, given the {@link SparseFind#lineStarts} of {@code w}. */
    static DocumentLayout of(String w, int[] lineStarts) {
        int n = w.length();
        int scan = Math.min(n, HEAD_SCAN);
        // find() in region(0, scan) (opaque bounds) is find() in the prefix: the same offsets, the same look-ahead
        String head = w.substring(0, scan);
        SparseFind.Scan headingScan = TYPE_HEADING.scan(head, lineStarts);
        Matcher h = headingScan.matcher();
        int headStart = -1;
        int headEnd = -1;
        if (headingScan.find()) {
            headStart = h.start();
            headEnd = h.end();
        }
        // a header flattened onto one line by a portal export ("... Lâm Giang, ngày 09 tháng 3 năm 2021 QUYẾT ĐỊNH
        // V/v ..."): the type heading follows the date on the same line, or the number ("Số 18-CTr/HU CHƯƠNG TRÌNH")
        SparseFind.Scan flatScan = FLAT_HEADING_AT.scan(head, flatHeadingStarts(w, scan));
        Matcher flat = flatScan.matcher();
        if (flatScan.find() && (headStart < 0 || flat.start(1) < headStart)) {
            headStart = flat.start(1);
            headEnd = flat.end(1);
        }
        if (headStart < 0) {
            int[] ocr = headingWithoutMarks(w, scan);
            if (ocr != null) {
                headStart = ocr[0];
                headEnd = ocr[1];
            }
        }
        SparseFind.Scan subjectScan = LETTER_SUBJECT.scan(head, lineStarts);
        Matcher v = subjectScan.matcher();
        if (subjectScan.find() && (headStart < 0 || v.start() < headStart)) {
            headStart = v.start();
            headEnd = v.end();
        }
        int headerEnd = headStart >= 0 ? headStart : Math.min(n, 1500);
        int titleStart = headStart >= 0 ? headStart : 0;
        int titleEnd = titleStart;
        if (headStart >= 0) {
            int cap = Math.min(n, headEnd + TITLE_MAX);
            titleEnd = cap;
            titleEnd = firstAt(BASIS_LINE, w, headEnd, cap, titleEnd);
            titleEnd = firstAt(TITLE_END, w, headEnd, cap, titleEnd);
            titleEnd = firstAt(RECIPIENT_INLINE, w, headEnd, cap, titleEnd);
            titleEnd = firstAt(SECTION, w, headEnd, cap, titleEnd);
            titleEnd = Math.min(titleEnd, firstProseLine(w, headEnd, titleEnd));
        }
        int openingCap = Math.min(n, titleEnd + OPENING_MAX);
        int openingEnd = firstAt(SECTION, w, titleEnd, openingCap, openingCap);
        List<int[]> clauses = new ArrayList<>();
        Matcher b = BASIS.matcher(w).region(titleEnd, openingEnd);
        int from = titleEnd;
        while (b.find()) {
            if (b.start() < from) continue;
            if (!startsClause(w, b.start(), titleEnd)) continue;
            int end = colonAfter(w, b.end())
                    // "Căn cứ: (i) Nghị định số ...; (ii) ...", or its items on the lines below: the list is the basis
                    ? listEnd(w, b.end(), Math.min(n, b.end() + CLAUSE_MAX))
                    // a clause ends where a line opens another basis: a title "Triển khai nhiệm vụ năm 2025" must not
                    // run on into the "Căn cứ các Quyết định ...: số ..." line below and end at its colon
                    : clauseEnd(w, b.end(), firstAt(BASIS_LINE, w, b.end(), openingEnd, openingEnd));
            clauses.add(new int[] {b.start(), end});
            from = end;
        }
        // "Do đó, căn cứ Điều 19 Nghị định số ..., Sở X từ chối ...": a letter's basis after a connective
        Matcher cb = CONNECTIVE_BASIS.matcher(w).region(titleEnd, openingEnd);
        while (cb.find()) {
            if (!startsClause(w, cb.start(), titleEnd)) continue;
            // "| 2 | Tổ chức tiêm phòng ...; thực hiện theo hướng dẫn tại Thông tư số 07/2016/TT-BNNPTNT ... |": a task
            // table's cell says how to do the task, it is no basis of the letter
            if (PipeRows.isRow(w, PipeRows.lineStart(w, cb.start()))) continue;
            clauses.add(new int[] {cb.start(1), connectiveClauseEnd(w, cb.end(), Math.min(n, cb.end() + CLAUSE_MAX))});
        }
        // "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số ...": the decision issues a plan
        // that carries out the documents it names
        SparseFind.Scan issuedScan = ISSUES_PLAN.scan(w, lineStarts);
        if (issuedScan.find()) {
            Matcher issued = issuedScan.matcher();
            int end = lineEnd(w, issued.end(), Math.min(n, issued.end() + CLAUSE_MAX));
            Matcher carry = CARRY_OUT.matcher(w).region(issued.end(), end);
            if (carry.find()) clauses.add(new int[] {carry.end(), end});
        }
        SparseFind.Scan sections = BASIS_SECTION.scan(w, lineStarts);
        while (sections.find()) {
            Matcher bs = sections.matcher();
            // the listed bases run to the next heading of the body's outline
            int cap = Math.min(n, bs.end() + BASIS_SECTION_MAX);
            boolean roman = "IVX".indexOf(bs.group().strip().charAt(0)) >= 0;
            clauses.add(new int[] {bs.end(), firstAt(roman ? NEXT_ROMAN : NEXT_ANY, w, bs.end(), cap, cap)});
        }
        return new DocumentLayout(headerEnd, titleStart, titleEnd, openingEnd, List.copyOf(clauses));
    }

    /** The type headings without their marks ("ke hoach"), for headings whose marks OCR misread ("KÉ HOẠCH"). */
    private static final List<String> BARE_HEADINGS = bareHeadings();
    private static final Pattern CAPS_LINE = Pattern.compile("(?m)^ ?(\\p{Lu}[\\p{Lu} ]{3,40})$");

    private static List<String> bareHeadings() {
        List<String> out = new ArrayList<>();
        for (String h : HEADINGS.split("\\|")) out.add(Words.bare(h));
        return List.copyOf(out);
    }

    /** {start, end} of a line in capitals that is a type heading once marks are ignored, or null. */
    private static int[] headingWithoutMarks(String w, int scan) {
        Matcher m = CAPS_LINE.matcher(w).region(0, scan);
        while (m.find()) {
            String bare = Words.bare(m.group(1).strip());
            for (String h : BARE_HEADINGS) {
                if (bare.equals(h)) return new int[] {m.start(1), m.end(1)};
            }
        }
        return null;
    }

    /** Whether {@code offset} lies in the title ("KẾ HOẠCH / Triển khai thực hiện ..."). */
    boolean inTitle(int offset) {
        return offset >= titleStart && offset < titleEnd;
    }

    /** Whether a working offset lies where citations are what the document carries out. */
    boolean isBasis(int offset) {
        if (inTitle(offset)) return true;
        for (int[] c : basisClauses) if (offset >= c[0] && offset < c[1]) return true;
        return false;
    }

    /**
     * Whether a symbol starting at {@code start} is the document's own number: "Số: 04-KH/ĐU" in the header, or
     * "Số:" opening a line near the top when the extracted text put the header after the title.
     */
    boolean isOwnNumber(String w, int start) {
        int from = Math.max(0, start - 6);
        if (start < headerEnd) return OWN_NUMBER.matcher(w).region(from, start).find();
        if (start >= HEADER_FALLBACK) return false;
        return OWN_NUMBER_LINE.matcher(w).region(from, start).find();
    }

    /** Words a line of prose has at least, as a title's line seldom does in one. */
    private static final int PROSE_WORDS = 12;

    /**
     * Where the first line of prose below the heading's line starts, before {@code to} (else {@code to}): a line
     * opening with a capital, not in capitals, of {@link #PROSE_WORDS} words or more, ending a sentence with its
     * full stop. A title never does ("Về tăng cường ... trong tình hình mới" has no stop); a directive's or a
     * decision's first paragraph, telling what happened before it ("Những năm qua, ... được triển khai khá đồng
     * bộ, đạt nhiều kết quả."), does, and the documents it names are not what the title carries out.
     */
    private static int firstProseLine(String w, int headEnd, int to) {
        int line = w.indexOf('\n', headEnd);
        while (line >= 0 && line + 1 < to) {
            int start = line + 1;
            int end = w.indexOf('\n', start);
            if (end < 0 || end > to) end = to;
            if (isProse(w, start, end)) return start;
            line = end < to ? end : -1;
        }
        return to;
    }

    private static boolean isProse(String w, int start, int end) {
        int last = end - 1;
        while (last > start && w.charAt(last) == ' ') last--;
        if (last <= start || w.charAt(last) != '.' || !Character.isUpperCase(w.charAt(start))) return false;
        int words = 1;
        boolean lower = false;
        for (int i = start; i < last; i++) {
            char c = w.charAt(i);
            if (c == ' ') words++;
            else if (Character.isLowerCase(c)) lower = true;
        }
        return lower && words >= PROSE_WORDS;
    }

    private static int firstAt(Pattern p, String w, int from, int to, int otherwise) {
        if (from >= to) return otherwise;
        Matcher m = p.matcher(w).region(from, to);
        return m.find() ? Math.min(m.start(), otherwise) : otherwise;
    }

    private static boolean startsClause(String w, int at, int regionStart) {
        int i = at - 1;
        while (i >= regionStart && w.charAt(i) == ' ') i--;
        if (i < regionStart) return true;
        char c = w.charAt(i);
        if (isBullet(c)) { // "- Căn cứ ...": a basis listed as an item of its own line
            int j = i - 1;
            while (j >= regionStart && w.charAt(j) == ' ') j--;
            return j < regionStart || w.charAt(j) == '\n';
        }
        return c == '\n' || c == '.' || c == ';' || c == ':';
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '+' || c == '•' || c == '–';
    }

    /** The basis word is followed by a colon: it introduces a list. */
    private static boolean colonAfter(String w, int at) {
        int i = at;
        while (i < w.length() && w.charAt(i) == ' ') i++;
        return i < w.length() && w.charAt(i) == ':';
    }

    /** End of a list introduced by "Căn cứ:": its own line, and the item lines that follow it. */
    private static int listEnd(String w, int from, int limit) {
        int end = lineEnd(w, from, limit);
        // the colon closes its line when the items are printed below it
        if (w.substring(from, end).replace(":", "").isBlank() || LIST_ITEM_LINE.matcher(w).region(end, limit).lookingAt()) {
            while (end < limit && LIST_ITEM_LINE.matcher(w).region(end, limit).lookingAt()) {
                end = lineEnd(w, end + 1, limit);
            }
        }
        return end;
    }

    private static int lineEnd(String w, int from, int limit) {
        int nl = w.indexOf('\n', from);
        return nl < 0 || nl > limit ? limit : nl;
    }

    /** End of a basis after a connective: the comma before the main clause's subject (a capital), or a full stop. */
    private static int connectiveClauseEnd(String w, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = w.charAt(i);
            if (c == ',' && i + 2 < limit && w.charAt(i + 1) == ' ' && Character.isUpperCase(w.charAt(i + 2))) return i;
            if ((c == '.' || c == ';') && (i + 1 >= limit || w.charAt(i + 1) == ' ' || w.charAt(i + 1) == '\n')) return i;
            if (c == '\n') return i;
        }
        return limit;
    }

    /**
     * The comma at {@code comma} ends its line (repaired text breaks lines only where paragraphs end) and the next
     * line opens with a capital that is no other basis (a basis after it opens a clause of its own anyway).
     */
    private static boolean commaClosesParagraph(String w, int comma, int stop) {
        int i = comma + 1;
        while (i < stop && w.charAt(i) == ' ') i++;
        if (i >= stop || w.charAt(i) != '\n') return false;
        i++;
        while (i < stop && w.charAt(i) == ' ') i++;
        return i < stop && Character.isUpperCase(w.charAt(i));
    }

    /**
     * A colon at {@code colon} followed on its line by a lower-case word, not after "như sau" / "sau đây" (which end
     * the opening): an explanation inside the clause ("giai đoạn I: từ năm 2021 đến năm 2025").
     */
    private static boolean explainsInside(String w, int from, int colon, int stop) {
        int i = colon + 1;
        while (i < stop && w.charAt(i) == ' ') i++;
        if (i >= stop || !Character.isLowerCase(w.charAt(i))) return false;
        return !SENTENCE_END_COLON.matcher(w).region(from, colon).find();
    }

    private static final Pattern LIST_ANNOUNCED = Pattern.compile("(?<![\\p{L}])(?:bao gồm|gồm|gồm có|cụ thể|cụ thể là)\\s?$");
    private static final Pattern PLURAL_BASIS = Pattern.compile("\\s(?:các|những|một số)\\s");
    private static final Pattern SENTENCE_END_COLON = Pattern.compile("(?<![\\p{L}])(?:như sau|sau đây|sau)\\s?$");

    /**
     * "Căn cứ các Nghị định của Chính phủ ..., bao gồm: Nghị định số ...; Nghị định số ...": a colon after "gồm" or
     * after a basis that names a plural ("Căn cứ các văn bản của Bộ X:") opens the list of the bases themselves; a
     * colon after "như sau" ends the opening.
     */
    private static boolean announcesList(String w, int from, int colon) {
        if (SENTENCE_END_COLON.matcher(w).region(from, colon).find()) return false;
        if (LIST_ANNOUNCED.matcher(w).region(from, colon).find()) return true;
        return PLURAL_BASIS.matcher(w).region(from, Math.min(colon, from + 12)).lookingAt();
    }

    /**
     * ", thời gian qua các bộ, ngành đã ...": a look back at what was done opens a clause of its own after a basis
     * ("Thực hiện Chỉ thị số 31-CT/TW ..., thời gian qua ..."); the documents it names are not carried out.
     */
    private static final Pattern RETROSPECT = Pattern.compile(
            ",\\s+(?:trong\\s+)?(?:thời\\s+gian\\s+(?:vừa\\s+)?qua|những\\s+năm\\s+(?:qua|gần\\s+đây)|thời\\s+gian\\s+gần\\s+đây)(?![\\p{L}])");

    /**
     * ", ngày 12/5/2026 Ủy ban nhân dân xã đã ban hành Công văn số 168/UBND-KT ...": after a basis, a clause whose
     * subject (a capital, words only, maybe after its date) did something already ("đã", not the passive "đã được")
     * tells what the issuer did before; the documents it names were issued to carry the basis out, they are not
     * this document's basis.
     */
    private static final Pattern PAST_ACTION = Pattern.compile(
            ",\\s+(?:(?:vào\\s+)?ngày\\s+\\d{1,2}(?:\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})\\s*,?\\s+)?"
                    + "\\p{Lu}[\\p{L} ]{0,80}?\\sđã\\s(?!được(?![\\p{L}]))");

    /** End of a basis sentence: a full stop before a capital, a colon, another kind of reason, or the region end. */
    private static int clauseEnd(String w, int from, int limit) {
        Matcher back = RETROSPECT.matcher(w).region(from, limit);
        if (back.find()) limit = back.start();
        Matcher past = PAST_ACTION.matcher(w).region(from, limit);
        if (past.find()) limit = past.start();
        Matcher nb = NOT_BASIS.matcher(w).region(from, limit);
        int stop = limit;
        while (nb.find()) {
            if (startsClause(w, nb.start(), from)) {
                stop = nb.start();
                break;
            }
        }
        for (int i = from; i < stop; i++) {
            char c = w.charAt(i);
            if (c == ':') {
                if (announcesList(w, from, i)) return listEnd(w, i + 1, Math.min(w.length(), i + CLAUSE_MAX));
                // "... giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025; Thông tư số ...": a colon inside
                // a document's name, its words going on in lower case on the same line, does not end the basis
                if (!explainsInside(w, from, i, stop)) return i + 1;
                continue;
            }
            // "Thực hiện ... của Ban Tổ chức Tỉnh ủy về đại hội ...," / "Đảng bộ xã ... được thành lập theo Quyết
            // định số ...": a paragraph of bases closed by a comma; the next paragraph is the main clause, no basis
            if (c == ',' && commaClosesParagraph(w, i, stop)) return i + 1;
            if (c == '.') {
                int j = i + 1;
                if (j >= stop) return j;
                if (w.charAt(j) == ' ' || w.charAt(j) == '\n') {
                    int k = j + 1;
                    if (k >= stop || Character.isUpperCase(w.charAt(k))) return j;
                }
            }
        }
        return stop;
    }
}
