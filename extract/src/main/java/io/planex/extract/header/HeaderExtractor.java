package io.planex.extract.header;

import io.planex.extract.CaughtFailures;
import io.planex.extract.text.TextChars;
import io.planex.extract.text.DocumentYears;
import io.planex.extract.citation.IssuerCodeNames;
import io.planex.extract.text.Words;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import io.planex.extract.model.Signer;
import io.planex.extract.unit.UnitNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the document's own identity: issuing body, number/symbol, place and date, type, title (trích yếu),
 * signer and recipients.
 *
 * <p>The header block (issuer over its parent, "Số:", place and date, type heading and title) is often partly
 * missing in extracted text: many scans start at the type heading. The issuer then comes from the body
 * ("UBND xã X xây dựng Kế hoạch ...") or the signature ("TM. ỦY BAN NHÂN DÂN"), completed with the place.
 * Two-column headers may arrive on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..."); the motto is removed first.
 */
public final class HeaderExtractor {
    // patterns that were compiled at each use (String.replaceAll/matches/split or Pattern.compile in a loop)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");
    private static final Pattern RULE_LINE = Pattern.compile("[-_*=.·\\s]{2,}");
    private static final Pattern BASIS_OR_RECIPIENTS = Pattern.compile("(?iu)^(?:căn cứ|kính gửi).*");
    private static final Pattern PARTY_CODE = Pattern.compile("^\\d+-([^/]+)/");
    private static final Pattern STATE_CODE = Pattern.compile("^\\d+/(?:\\d{4}/)?([^-/]+)-");
    private static final Pattern NUMBER_AFTER_BODY = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:(?:Số|SỐ|Sổ|SỔ)\\s*(?:[:.]\\s*)?[\\d/].*|(?:Số|SỐ|Sổ|SỔ)\\s*:\\s*|(?:Số|Sổ)\\s*)$");
    private static final Pattern DATE_AFTER_BODY = Pattern.compile("(?u)\\p{Lu}\\p{Ll}.*ngày.*$");
    private static final Pattern RULE_ENDS = Pattern.compile("^[*\\-–_=\\s]+|[*\\-–_=\\s]+$");
    private static final Pattern ROMAN_ITEM = Pattern.compile("^[IVX]+\\s*[.)].*");
    private static final Pattern ENDS_WITH_LEVEL = Pattern.compile(
            ".*\\b(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)$");
    private static final Pattern HAS_LEVEL = Pattern.compile(
            ".*\\b(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\\b.*");
    private static final Pattern RECIPIENTS_OPENING = Pattern.compile("(?iu)^kính gửi\\s*:?\\s*");
    static final Pattern RECEIVERS_OPENING = Pattern.compile("(?iu)^nơi nhận\\s*:?\\s*");

    private static final List<String[]> TYPES = table("document-types.tsv", 3);
    /** Each of {@link #TYPES}' printed headings without marks, in the same order (an OCR'd heading is matched so). */
    private static final List<String> BARE_TYPES = TYPES.stream().map(t -> Words.bare(t[0])).toList();
    private static final List<String[]> TYPE_CODES = table("type-codes.tsv", 2);
    private static final List<String> MOTTOS = Words.raw(HeaderExtractor.class, "mottos.txt");
    /** {@link #MOTTOS} respelled, as {@link #stripMotto} looks for them in a respelled line. */
    private static final List<String> RESPELLED_MOTTOS = MOTTOS.stream().map(Words::respell).toList();
    /** {@link #MOTTOS} folded, for {@link #opensWithMotto}. */
    private static final List<String> FOLDED_MOTTOS = MOTTOS.stream().map(m -> Words.fold(m.strip())).toList();
    private static final List<String> NATIONAL_HEADINGS = Words.folded(HeaderExtractor.class, "national-headings.txt");
    private static final int HEADER_LINES = 40;
    private static final int MAX_LINE = 600;

    private static final Pattern OWN_SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\d])(?:Số|SỐ|Sổ|Sô|SÔ|So|số)\\s*[:.]?[ \\t]*(\\d{1,5}(?:[ \\t]*[-/–][ \\t]*[\\p{L}\\d&.]{1,20}){1,4}|[-/])?");
    /** What may follow the symbol on a number line read in lower case ("số 128-KH/HU  -"): specks and dashes. */
    private static final Pattern ONLY_SPECKS_AFTER = Pattern.compile("[\\s\\p{Punct}–]*");
    private static final Pattern DATE_LINE = Pattern.compile(
            "((?<![\\p{L}/\\-])(?:\\p{Lu}{1,3}\\.\\s?)?\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,4})?[ \\t]*,?[ \\t]*"
                    // "Đông Lâm, Ngày 05 Tháng 3 Năm 2025": capitals after the place's comma (only there: a body
                    // sentence opens "Ngày 10 tháng 4 năm 2025, Ban Thường vụ họp")
                    + "(?:ngày|(?<=,[ \\t]{0,3})Ngày)[\\s.…_]{0,12}(?:(\\d{1,2})|[^\\s\\d]{1,6})?[\\s.…_/]{0,12}[tT]háng[\\s.…_]{0,12}(\\d{1,2})?[\\s.…_]{0,12}"
                    // "ngày 05 tháng 3, năm 2026": a comma typed before the year
                    + ",?[\\s]{0,3}[nN]ăm\\s{0,4}(\\d{4})");
    // The place-and-date line with a numeric date, as PDF text often prints it: "Hà Nguyên, ngày 05 /5/ 2025".
    private static final Pattern NUMERIC_DATE_LINE = Pattern.compile(
            "(?m)^[ \\t]*((?:\\p{Lu}{1,3}\\.\\s?)?\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,4})?[ \\t]*,?[ \\t]*"
                    + "ngày[ \\t]{0,3}(\\d{1,2})[ \\t]{0,3}[/.\\-][ \\t]{0,3}(\\d{1,2})[ \\t]{0,3}[/.\\-][ \\t]{0,3}(\\d{4})\\b");
    // A date line of its own with no place before it, opened by a capital: "Ngày 15 tháng 01 năm 2026". The whole
    // line, so that a body sentence opened by its date ("Ngày 15/01/2026, Ban Thường vụ ...") is not taken.
    private static final Pattern BARE_DATE_LINE = Pattern.compile(
            "(?m)^[ \\t]*Ngày[ \\t]{0,3}(\\d{1,2})(?:[ \\t]+tháng[ \\t]+(\\d{1,2})[ \\t]+năm[ \\t]+|[ \\t]*/[ \\t]*(\\d{1,2})[ \\t]*/[ \\t]*)"
                    + "(\\d{4})[ \\t.]*$");
    // A symbol broken after its hyphen ("Số: 2456 /QĐ-" then "UBND" on a later line): the rest of the code, alone on
    // its line or before the other column's text ("MTTQ-BTT       Phú Lộc, ngày 20 tháng 11 năm 2026").
    private static final Pattern SYMBOL_TAIL = Pattern.compile(
            "^[ \\t]*[-–][ \\t]*\\n\\s{0,12}([\\p{Lu}\\d&.]{1,20}(?:[-/][\\p{Lu}\\d&.]{1,20}){0,2})(?:[ \\t]*(?:\\n|$)|[ \\t]{2,}|\\t)");
    // A Party symbol broken after the number's hyphen: "Số 45-" then "KH/ĐU" on the next line.
    private static final Pattern BROKEN_PARTY_SYMBOL = Pattern.compile(
            "(?:Số|SỐ|Sổ|Sô|SÔ|So)\\s*[:.]?[ \\t]*(\\d{1,5})[ \\t]*[-–][ \\t]*\\n\\s{0,12}(\\p{L}{1,6}/[\\p{L}\\d&.]{1,20})");
    // "V/v", also as OCR reads it ("W⁄v", "V/V")
    private static final Pattern SUBJECT = Pattern.compile("(?iu)^\\s*[VW]\\s?[/⁄∕]\\s?v\\b\\.?\\s*");
    private static final Pattern BODY_START = Pattern.compile(
            // a Party decision lists its bases as bullets under the title ("- Căn cứ Điều lệ Đảng;")
            "(?iu)^(?:[-+•]\\s+(?:căn cứ|xét đề nghị|thực hiện)|căn cứ|thực hiện|kính gửi|thi hành|để |nhằm |theo |qua |trong |ngày |hôm nay|[-_*=]{3,}|[IVX]+\\s*[.)])");
    // capitalised only: a sentence of the body ("Tại phiên họp ngày ...", "Thời gian qua, ..."); in lower case the
    // same words go on a wrapped title ("... tổ chức Hội nghị / tại xã Hòa An")
    private static final Pattern CAPITAL_BODY_START = Pattern.compile(
            "(?u)^(?:Tại|Thời gian qua|Những năm qua|Vừa qua|Sau\\s+\\d+\\s+năm)(?![\\p{L}])");
    // a capitalised line that opens with a short phrase and a comma ("Năm 2026, tỉnh được giao ...") or holds a
    // sentence's end ("... 8.500 tỷ đồng. Đến ngày ...") is the body: a title has neither
    private static final Pattern CAPITAL_SENTENCE = Pattern.compile(
            "(?u)^\\p{Lu}[^\\s,]*(?:\\s+[^\\s,]+){0,3},\\s|[^\\s.]{2}\\.\\s+\\p{Lu}");
    private static final Pattern ISSUING_VERB = Pattern.compile(
            "(?u)\\s+(?:xây\\s+dựng|ban\\s+hành)\\s+(?:[Kk]ế\\s+hoạch|[Qq]uyết\\s+định|[Cc]hương\\s+trình|[Hh]ướng\\s+dẫn|"
                    + "[Cc]hỉ\\s+thị|[Nn]ghị\\s+quyết|[Tt]hông\\s+báo|[Pp]hương\\s+án|[Đđ]ề\\s+án|[Qq]uy\\s+chế|[Qq]uy\\s+định)");
    private static final Pattern PLACE_LEVEL = Pattern.compile(
            "(?u)\\b(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})");
    // the motto and the nation's name with the marks OCR misreads ("Đặc lập", "CỘNG HOÀ XÁ HỘI")
    private static final Pattern MOTTO_HALF = Pattern.compile(
            "(?u)\\S{0,2}[cC]\\s*l\\S{1,2}p\\s*[-–]\\s*T\\S{1,2}\\s*do\\s*[-–]\\s*H\\S{1,3}nh\\s*ph\\S{1,2}c");
    private static final Pattern NATION = Pattern.compile(
            "(?u)C\\S{1,2}NG\\s+H\\S{1,3}A\\s+X\\S\\s+H\\S{1,2}[IT]\\s+CH\\S\\s+NGH\\S{1,2}A\\s+VI\\S{1,2}T\\s+NAM");

    /**
     * A non-empty, stripped line and where it starts; {@code capitalsRun}: {@link SignatureReader}'s cheap test of it,
     * read from the text's chars when the line is made (a copy of every line's chars for it was a visible cost).
     */
    private record Line(int start, String text, boolean capitalsRun) {
        Line(int start, String text) {
            this(start, text, SignatureReader.hasCapitalsRun(text));
        }
    }

    public DocumentHeader extract(String text, PageMap pages) {
        try {
            return read(text == null ? "" : text);
        } catch (RuntimeException e) {
            // A header is best effort: never fail the document over it.
            CaughtFailures.report(e);
            return DocumentHeader.empty();
        }
    }

    private DocumentHeader read(String text) {
        List<Line> lines = unflatten(lines(text));
        int typeIndex = -1;
        String[] type = null;
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES) && type == null; i++) {
            // a letter's recipients end it: a heading after them is an attached part's ("ĐỀ CƯƠNG BÁO CÁO")
            if (RECEIVERS_OPENING.matcher(lines.get(i).text().strip()).lookingAt()) break;
            String[] t = typeHeading(lines.get(i).text());
            if (t != null) {
                type = t;
                typeIndex = i;
            }
        }
        int headerEnd = typeIndex >= 0 ? typeIndex : Math.min(firstBodyLine(lines), 15);
        StringBuilder headBlock = new StringBuilder();
        int aboveType = -1; // the head's length up to the type heading
        for (int i = 0; i < Math.min(lines.size(), Math.max(headerEnd, typeIndex + 1) + 8); i++) {
            if (i == headerEnd) aboveType = headBlock.length();
            headBlock.append(lines.get(i).text()).append('\n');
        }
        String head = headBlock.toString();
        if (aboveType < 0) aboveType = head.length();

        String symbol = null;
        String number = null;
        Matcher s = OWN_SYMBOL.matcher(head);
        while (s.find()) {
            // "Số" inside a sentence ("số lượng") is not the symbol line: require it early on its line.
            int lineStart = head.lastIndexOf('\n', s.start()) + 1;
            if (s.start() - lineStart > 60) continue;
            // "... Nghị định SỐ 26/2026/NĐ-CP" in a sentence is a citation; only a header column may precede
            if (hasLowerCase(head, lineStart, s.start())) continue;
            if (head.charAt(s.start()) == 's' && !numberLineInLowerCase(head, lineStart, s)) continue;
            if (s.group(1) != null && Character.isDigit(s.group(1).charAt(0))) {
                symbol = BLANKS.matcher(s.group(1)).replaceAll("").replace('–', '-');
                Matcher tail = SYMBOL_TAIL.matcher(head.substring(s.end()));
                if (!symbol.contains("-") && tail.find()) symbol = symbol + "-" + tail.group(1);
                while (symbol.endsWith(".")) symbol = symbol.substring(0, symbol.length() - 1);
                Matcher n = LEADING_DIGITS.matcher(symbol);
                number = n.find() ? n.group() : null;
                break;
            }
            Matcher broken = BROKEN_PARTY_SYMBOL.matcher(head).region(s.start(), head.length());
            if (s.group(1) == null && broken.lookingAt()) {
                symbol = broken.group(1) + "-" + broken.group(2);
                number = broken.group(1);
                break;
            }
            if (s.group(1) != null) break; // printed blank: "Số: /KH-UBND"
        }

        String place = null;
        String date = null;
        Matcher d = DATE_LINE.matcher(head);
        if (d.find()) {
            place = d.group(1) == null ? null : d.group(1).strip();
            if (place != null && (place.isEmpty() || Words.isCaps(place))) place = null;
            date = isoDate(d.group(2), d.group(3), d.group(4));
        } else {
            Matcher nd = NUMERIC_DATE_LINE.matcher(head);
            if (nd.find()) {
                place = nd.group(1) == null ? null : nd.group(1).strip();
                if (place != null && (place.isEmpty() || Words.isCaps(place))) place = null;
                date = isoDate(nd.group(2), nd.group(3), nd.group(4));
            } else {
                // only above the type heading: below it a line may be a body sentence's opening, wrapped
                Matcher bare = BARE_DATE_LINE.matcher(head).region(0, aboveType);
                if (bare.find()) {
                    date = isoDate(bare.group(1), bare.group(2) != null ? bare.group(2) : bare.group(3), bare.group(4));
                }
            }
        }

        String code = null;
        String typeName = null;
        if (type != null) {
            code = type[1];
            typeName = type[2];
        }
        String symbolCode = symbol == null ? null : typeCodeOf(symbol);
        boolean subjectLine = false;
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            if (SUBJECT.matcher(lines.get(i).text()).find()) subjectLine = true;
        }
        if (code != null && symbolCode != null && !symbolCode.equals(code)) {
            // the code as the symbol prints it ("CHƯƠNG TRÌNH PHỐI HỢP" numbered "04/CTr-UBND-MTTQ" is a CTr, the
            // Party's "QUY ĐỊNH" numbered "05-QĐ/TW" a QĐ); the heading still names the type
            code = symbolCode;
        } else if (code == null && symbolCode != null) {
            code = symbolCode;
            typeName = typeNameOf(symbolCode);
        } else if (code == null && (subjectLine || symbol != null)) {
            code = "CV";
            typeName = "Công văn";
        } else if (code == null) {
            // no header at all: "UBND xã X xây dựng Kế hoạch ... như sau:" names the document's own type
            String[] t = bodyType(text);
            if (t != null) {
                code = t[1];
                typeName = t[2];
            }
        }

        String title = typeIndex >= 0 ? title(text, lines, typeIndex, type[0]) : null;
        if (title == null && subjectLine) title = subject(lines);

        // a joint document ("KẾ HOẠCH LIÊN TỊCH", "05/KHLT-UBND-ĐTN") prints its issuers one over the other
        boolean joint = code != null && code.endsWith("LT")
                || type != null && Words.fold(type[0]).contains("liên tịch");
        // its symbol names the lead body first ("05/QCPH-CAT-SNV", "07-HDLN/BTCTU-SNV"), as do the symbols of
        // programmes and rules of coordination and of inter-agency guidance
        boolean coordinated = code != null && (code.endsWith("PH") || code.endsWith("LN"))
                // a joint letter prints no type code: "120/LN-SYT-SGDĐT-SNV" (liên ngành), "/LT-" (liên tịch)
                || symbol != null && JOINT_LETTER.matcher(symbol).find();
        String lead = joint || coordinated ? firstOfJointCodes(symbol) : null;
        String issuer = headerIssuer(lines, headerEnd, joint, lead);
        if (issuer == null) issuer = bodyIssuer(text, place);
        SignatureReader.Result sig = signature(lines);
        if (issuer != null && PARTY_CENTRAL.matcher(issuer).matches()) {
            // "BAN CHẤP HÀNH TRUNG ƯƠNG" heads what the Politburo and the Secretariat issue too (all print TW): the
            // heading's "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ", else the body signed for ("T/M BỘ CHÍNH TRỊ"), says which
            String author = typeIndex >= 0 ? headingAuthor(lines, typeIndex, type[0]) : null;
            if (author == null && sig.body() != null) author = NormalCase.body(sig.body());
            if (author != null && !author.isEmpty()) issuer = author;
        }
        if (issuer == null && sig.body() != null) issuer = complete(NormalCase.body(sig.body()), text, place);
        issuer = withPlaceCase(issuer, place);
        List<String> recipients = recipients(lines);
        Signer signer = sig.signer();
        if (sig.coSigners().size() > 1 && issuer != null) {
            Signer leadBody = leadSigner(sig.coSigners(), issuer);
            if (leadBody != null) signer = leadBody;
        }
        return new DocumentHeader(code, typeName, symbol, number, issuer, date, place, title, signer, recipients);
    }

    private static final Pattern JOINT_LETTER = Pattern.compile("^\\d+\\w*/(?:LN|LT)-");

    /**
     * Of a joint document's signature blocks side by side, the one of its lead body, the issuer named first
     * ("Sở Y tế tỉnh Quảng Trị - ..."): the only block whose capitals hold that body's first three words
     * ("KT. GIÁM ĐỐC SỞ Y TẾ"). Null when none or several do: the block read last stands (the lead body signs on the
     * right, which a reader reaches last).
     */
    static Signer leadSigner(List<SignatureReader.CoSigner> coSigners, String issuer) {
        int joint = issuer.indexOf(" - ");
        String[] words = Words.fold(joint > 0 ? issuer.substring(0, joint) : issuer).split(" ");
        if (words.length < 2) return null;
        String key = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        Signer found = null;
        for (SignatureReader.CoSigner c : coSigners) {
            if (!(" " + Words.fold(c.caps()) + " ").contains(" " + key + " ")) continue;
            if (found != null) return null;
            found = c.signer();
        }
        return found;
    }

    // ---- flattened headers ----

    // Where a header flattened onto one line (text saved from legal portals) breaks into its parts: rules of
    // dashes, the nation's name, the end of the motto, "Số:", the end of the date, "V/v".
    private static final Pattern HEADER_BREAK = Pattern.compile(
            "(?u)[-_*=]{3,}|(?=C\\S{1,2}NG\\s+H\\S{1,3}A\\s+X\\S\\s+H\\S{1,2}[IT]\\s)|(?<=H\\S{1,3}nh\\s{0,2}ph\\S{1,2}c)"
                    + "|(?<![\\p{L}])(?=Số\\s*:)|(?<=năm\\s{0,3}\\d{4})(?=\\s+\\p{Lu})|(?<![\\p{L}])(?=V/v\\s)"
                    // Party headers: the motto "ĐẢNG CỘNG SẢN VIỆT NAM" is a line of its own, the star under the
                    // committee's name is a rule, and "Số 18-CTr/HU" takes no colon
                    + "|(?=Đ\\S{1,2}NG\\s+C\\S{1,2}NG\\s+S\\S{1,2}N\\s+VI\\S{1,2}T\\s+NAM)"
                    + "|(?<=Đ\\S{1,2}NG\\s{1,2}C\\S{1,2}NG\\s{1,2}S\\S{1,2}N\\s{1,2}VI\\S{1,2}T\\s{1,2}NAM)"
                    + "|(?<=\\s)\\*(?=\\s)|(?<![\\p{L}])(?=Số\\s+\\d)"
                    // a header flattened row by row puts the type heading right after the number
                    + "|(?<=\\d[-/][\\p{L}\\p{N}/&.-]{1,25})(?=\\s+\\p{Lu}{2,}\\s)");
    private static final int FLAT_HEADER_LINES = 8;

    /**
     * The matches of {@link #HEADER_BREAK} in {@code line}, as {@code find()} gives them, the pattern tried only where
     * one of its branches can match: at a char a branch opens with ('-', '_', '*', '=', 'C', 'S', 'V', 'Đ'), at an
     * ASCII space (the look-aheads of the date's and the number's ends open with {@code \s}), or after a 'c' or 'M'
     * (the look-behinds of the motto's and the nation's ends), the line's end included. find() entered the regex
     * engine at every char and tried there every branch, among them a look-behind of up to 27 chars (2 % of the C1
     * record for the first eight long lines of each text). Each attempt sees the whole line (transparent bounds).
     */
    static List<int[]> headerBreaks(String line) {
        List<int[]> cuts = new ArrayList<>();
        int n = line.length();
        char[] c = line.toCharArray();
        Matcher m = HEADER_BREAK.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int p = 0; p <= n; p++) {
            if (p < next || !mayBreakAt(c, p)) continue;
            m.region(p, n);
            if (!m.lookingAt()) continue;
            cuts.add(new int[] {m.start(), m.end()});
            // as find() goes on: after the match, or a char further after an empty one
            next = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        return cuts;
    }

    private static boolean mayBreakAt(char[] c, int p) {
        if (p > 0 && (c[p - 1] == 'c' || c[p - 1] == 'M')) return true;
        if (p == c.length) return false;
        char ch = c[p];
        return ch == '-' || ch == '_' || ch == '*' || ch == '=' || ch == 'C' || ch == 'S' || ch == 'V' || ch == '\u0110'
                || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    /** {@link #headerBreaks} by {@code find()}: its definition, for the test. */
    static List<int[]> headerBreaksByFind(String line) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = HEADER_BREAK.matcher(line);
        while (m.find()) cuts.add(new int[] {m.start(), m.end()});
        return cuts;
    }

    /**
     * Splits a header flattened onto one or two lines ("ỦY BAN NHÂN DÂN TỈNH X ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
     * NAM Độc lập - Tự do - Hạnh phúc ---- Số: 212/QĐ-UBND X, ngày 09 tháng 3 năm 2021 QUYẾT ĐỊNH V/v ...") into the
     * lines a printed header has, so that the line-based readers below see the usual layout. Only long lines among
     * the first few with at least two header breaks are split.
     */
    private static List<Line> unflatten(List<Line> lines) {
        List<Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<Line> parts = i < FLAT_HEADER_LINES && l.text().length() > 60 ? split(l) : List.of(l);
            if (parts.size() > 1 && out == null) out = new ArrayList<>(lines.subList(0, i));
            if (out != null) out.addAll(parts);
        }
        return out == null ? lines : out;
    }

    private static List<Line> split(Line l) {
        List<int[]> cuts = headerBreaks(l.text());
        if (cuts.size() < 2) return List.of(l);
        List<Line> out = new ArrayList<>();
        int from = 0;
        for (int[] c : cuts) {
            addPart(out, l, from, c[0]);
            from = c[1];
        }
        addPart(out, l, from, l.text().length());
        return out;
    }

    private static void addPart(List<Line> out, Line l, int from, int to) {
        if (to <= from) return;
        String raw = l.text().substring(from, to);
        String part = raw.strip();
        if (part.isEmpty()) return;
        out.add(new Line(l.start() + from + raw.indexOf(part), part));
    }

    private static final Pattern BODY_OPENING = Pattern.compile(
            "(?iu)^(?:kính gửi|căn cứ|thực hiện|thi hành|[IVX]+\\s*[.)]|\\d{1,2}\\s*[.)]\\s|điều\\s+1\\b)");

    /** Index of the first line that opens the body ("Kính gửi", "Căn cứ", a numbered part); lines.size() if none. */
    private static int firstBodyLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (BODY_OPENING.matcher(lines.get(i).text()).find()) return i;
        }
        return lines.size();
    }

    // "xây dựng Kế hoạch ... như sau": the opening sentence of a document whose header is missing names its type
    private static final Pattern OWN_TYPE_IN_BODY = Pattern.compile(
            "(?u)(?:xây\\s+dựng|ban\\s+hành)\\s+(kế\\s+hoạch|chương\\s+trình(?:\\s+hành\\s+động)?|hướng\\s+dẫn|"
                    + "quy\\s+chế|quy\\s+định|phương\\s+án|đề\\s+án)(?!\\s+(?:số|\\d))[^.;:\\n]{0,400}?"
                    + "(?:như\\s+sau|cụ\\s+thể\\s+như\\s+sau|gồm\\s+các\\s+nội\\s+dung\\s+sau)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {printed, code, name} of the type the opening sentence gives itself, or null. */
    private static String[] bodyType(String text) {
        Matcher m = OWN_TYPE_IN_BODY.matcher(text.substring(0, Math.min(text.length(), 4000)));
        if (!m.find()) return null;
        String word = Words.bare(Words.collapseSpaces(m.group(1)));
        for (String[] t : TYPES) {
            if (Words.bare(t[0]).equals(word)) return t;
        }
        return null;
    }

    // ---- type and title ----

    /** The type headings as printed ("KẾ HOẠCH", "QUYẾT ĐỊNH", ...), for readers that restore a mangled title. */
    public static List<String> typeHeadingsAsPrinted() {
        return TYPES.stream().map(t -> t[0]).toList();
    }

    /** Whether the line opens with a motto or a Party's heading printed where the motto is ({@code mottos.txt}). */
    public static boolean opensWithMotto(String line) {
        String f = Words.fold(line.strip());
        for (String m : FOLDED_MOTTOS) {
            if (f.startsWith(m)) return true;
        }
        return false;
    }

    /** {printed, code, name} when the line is a type heading ("KẾ HOẠCH", "KẾ HOẠCH Triển khai ..."). */
    static String[] typeHeading(String line) {
        String[] exact = typeHeadingAsPrinted(line);
        if (exact != null) return exact;
        String l = line.strip();
        if (!Words.isCaps(l) || l.length() > 80) return null;
        // "KẾ  HOẠCH": a heading typed with two spaces between its words (or a tab), the whole line
        String respelled = Words.respell(l);
        String single = Words.collapseSpaces(respelled);
        if (!single.equals(respelled)) {
            String[] t = typeHeadingAsPrinted(single);
            if (t != null && (single.equals(t[0]) || single.equals(t[0] + ":"))) return new String[] {respelled, t[1], t[2]};
        }
        // OCR misreads a capital's marks ("KÉ HOẠCH"): a line in capitals that is a type heading without marks
        String bare = l.length() > 40 ? "" : Words.bare(l);
        for (int k = 0; k < TYPES.size(); k++) {
            if (bare.equals(BARE_TYPES.get(k))) return new String[] {l, TYPES.get(k)[1], TYPES.get(k)[2]};
        }
        // a title set with letter spacing comes out a letter a word ("K Ế  H O Ạ C H", "Q U Y Ế T  Đ Ị N H :")
        if (!letterSpaced(l)) return null;
        String joined = SPACES.matcher(Words.bare(RULE_ENDS.matcher(l.replace(":", "")).replaceAll(""))).replaceAll("");
        for (String[] t : TYPES) {
            if (joined.equals(SPACES.matcher(Words.bare(t[0])).replaceAll(""))) return new String[] {l, t[1], t[2]};
        }
        return null;
    }

    /** Whether most of the line's words are single letters: a heading set with wide letter spacing. */
    static boolean letterSpaced(String l) {
        // one pass over the chars (every line in capitals of a header is asked): words, and words of one letter
        int words = 0;
        int letters = 0;
        int n = l.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(l.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !Character.isWhitespace(l.charAt(i))) i++;
            if (i - start == 1 && l.charAt(start) == ':') continue;
            words++;
            if (i - start == 1 && Character.isLetter(l.charAt(start))) letters++;
            // a word of two letters or more early on: not letter-spaced, no need to read on
            if (words - letters > 1 && words <= 4) return false;
        }
        return words >= 4 && 4 * letters >= 3 * words;
    }

    private static String[] typeHeadingAsPrinted(String line) {
        String l = Words.respell(line.strip());
        for (String[] t : TYPES) {
            if (!l.startsWith(t[0])) continue;
            String rest = l.substring(t[0].length());
            if (rest.isEmpty() || rest.equals(":")) return t;
            if (rest.charAt(0) == ' ' || rest.charAt(0) == '\t') {
                String r = rest.strip();
                // "QUYẾT ĐỊNH CỦA ..." stays a heading; "BÁO CÁO VIÊN" or "KẾ HOẠCHX" do not.
                if (!r.isEmpty() && (Character.isLowerCase(r.codePointAt(0)) || !Words.isCaps(r.split(" ")[0])
                        || r.startsWith("CỦA ") || r.startsWith("VỀ ") || r.startsWith("TRIỂN KHAI")
                        || r.startsWith("THỰC HIỆN"))) {
                    return t;
                }
            }
        }
        return null;
    }

    private static final Pattern HEADING_AUTHOR = Pattern.compile("CỦA\\s+(\\p{Lu}[\\p{Lu}\\s]{3,})");

    /**
     * The body a type heading names as its author ("KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ", or on one line), in normal case,
     * or null.
     */
    private static String headingAuthor(List<Line> lines, int typeIndex, String printedType) {
        String rest = Words.respell(lines.get(typeIndex).text().strip()).substring(printedType.length()).strip();
        if (rest.isEmpty() && typeIndex + 1 < lines.size()) rest = lines.get(typeIndex + 1).text().strip();
        Matcher m = HEADING_AUTHOR.matcher(rest);
        return m.matches() && Words.isCaps(rest) ? NormalCase.body(m.group(1)) : null;
    }

    private static String title(String text, List<Line> lines, int typeIndex, String printedType) {
        StringBuilder b = new StringBuilder();
        String first = Words.respell(lines.get(typeIndex).text().strip()).substring(printedType.length()).strip();
        if (first.startsWith(":")) first = first.substring(1).strip();
        if (!first.isEmpty()) b.append(first);
        for (int i = typeIndex + 1; i < Math.min(lines.size(), typeIndex + 8); i++) {
            String l = lines.get(i).text().strip();
            boolean firstLine = b.length() == 0;
            if (RULE_LINE.matcher(l).matches() || l.equals("*")) {
                if (firstLine) continue;
                break;
            }
            if (!firstLine && (BODY_START.matcher(l).find() || CAPITAL_BODY_START.matcher(l).lookingAt()
                    || Character.isUpperCase(l.codePointAt(0)) && CAPITAL_SENTENCE.matcher(l).find())) break;
            // a blank line after the title's first lines is the paragraph break before the body, unless the
            // text puts one after every line (then the type heading is parted from the title by one too), or the
            // line goes on in lower case ("... phát triển giáo" / "" / "dục và đào tạo": a PDF's gap inside a
            // wrapped title; no body paragraph opens in lower case)
            if (!firstLine && !Character.isLowerCase(l.codePointAt(0))
                    && blankLineBetween(text, lines.get(i - 1).start(), lines.get(i).start())
                    && !blankLineBetween(text, lines.get(typeIndex).start(), lines.get(typeIndex + 1).start())) {
                break;
            }
            if (firstLine && BASIS_OR_RECIPIENTS.matcher(l).matches()) break;
            if (firstLine && HEADING_AUTHOR.matcher(l).matches() && Words.isCaps(l)) continue; // "CỦA BỘ CHÍNH TRỊ"
            if (Words.isCaps(l) && !firstLine) break;
            // "CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG ..." / "Thời gian qua, ...": a title in capitals does not go on in sentence
            // case (a portal's text runs the header into the title and puts the body on the next line)
            if (!firstLine && Character.isUpperCase(l.codePointAt(0)) && Words.isCaps(b.toString())) break;
            // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:": a dispatch's sender line, capitals but for its verb
            if (!firstLine && capitalWords(l) >= 3 && startsWithAuthority(l)) break;
            if (Words.isCaps(l) && SPACES.split(l).length > 2 && firstLine && startsWithAuthority(l)) break;
            if (b.length() > 0) b.append(' ');
            b.append(l);
            if (l.endsWith(".") || l.endsWith(":") || b.length() > 400) break;
        }
        String t = b.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether a line holding only whitespace lies between the lines that start at {@code from} and {@code to}. */
    private static boolean blankLineBetween(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        while (nl >= 0 && nl < to) {
            int next = text.indexOf('\n', nl + 1);
            if (next < 0 || next >= to) return false;
            if (text.substring(nl + 1, next).isBlank()) return true;
            nl = next;
        }
        return false;
    }

    /** How many words open {@code l} in capitals. */
    private static int capitalWords(String l) {
        int n = 0;
        for (String w : SPACES.split(l)) {
            if (w.isEmpty() || !Words.isCaps(w)) break;
            n++;
        }
        return n;
    }

    private static boolean startsWithAuthority(String l) {
        String f = Words.fold(l);
        return f.startsWith("chủ tịch") || f.startsWith("ủy ban") || f.startsWith("ban thường vụ")
                || f.startsWith("bộ trưởng") || f.startsWith("giám đốc");
    }

    private static String subject(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            Matcher m = SUBJECT.matcher(lines.get(i).text());
            if (!m.find()) continue;
            StringBuilder b = new StringBuilder(lines.get(i).text().strip());
            for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                String l = lines.get(j).text().strip();
                if (l.isEmpty() || BODY_START.matcher(l).find() || Words.isCaps(l) || l.contains("ngày")
                        && l.contains("tháng") || !Character.isLowerCase(l.codePointAt(0))) {
                    break;
                }
                b.append(' ').append(l);
            }
            // a header flattened onto one line goes on with the place and date ("... viên chức Bắc Giang, ngày 03
            // tháng 9 năm 2026 Kính gửi: ..."): the subject ends before them
            Matcher dated = PLACE_DATE_INSIDE.matcher(b);
            return dated.find() && dated.start() > 4 ? b.substring(0, dated.start()).strip() : b.toString();
        }
        return null;
    }

    private static final Pattern PLACE_DATE_INSIDE = Pattern.compile(
            "(?u)\\s(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}\\p{Lu}[\\p{L}.]*\\s*,\\s*ngày\\s*\\d{1,2}|\\s(?:Kính|KÍNH)\\s+(?:gửi|GỬI)");

    private static String typeCodeOf(String symbol) {
        String s = symbol.replace('–', '-');
        String candidate = null;
        Matcher party = PARTY_CODE.matcher(s);
        Matcher state = STATE_CODE.matcher(s);
        if (party.find()) candidate = party.group(1);
        else if (state.find()) candidate = state.group(1);
        if (candidate == null) return null;
        for (String[] c : TYPE_CODES) {
            if (c[0].equalsIgnoreCase(candidate) || fold(c[0]).equals(fold(candidate))) return c[0];
        }
        return null;
    }

    private static String typeNameOf(String code) {
        for (String[] c : TYPE_CODES) {
            if (c[0].equals(code)) return c[1];
        }
        return null;
    }

    private static String fold(String code) {
        return code.toUpperCase(Locale.ROOT).replace('Đ', 'D');
    }

    /**
     * ISO date of a printed date; "YYYY-MM" when the day is left blank for the signing ("ngày   tháng 12 năm 2025")
     * or unreadable; the year alone when the month is missing or impossible.
     */
    static String isoDate(String day, String month, String year) {
        if (year == null) return null;
        // "năm 2926": a year no document carries is a misreading; no date beats a wrong one, whose year every
        // day-and-month deadline of the text would take
        if (!DocumentYears.possible(Integer.parseInt(year))) return null;
        if (month == null) return year;
        int mm = Integer.parseInt(month);
        if (mm < 1 || mm > 12) return year;
        if (day == null) return String.format("%s-%02d", year, mm);
        int dd = Integer.parseInt(day);
        if (dd < 1 || dd > 31) return String.format("%s-%02d", year, mm);
        return String.format("%s-%02d-%02d", year, mm, dd);
    }

    private static boolean hasLowerCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Whether a "số" in lower case opens a number line a scan read so ("số 128-KH/HU"): the line holds the symbol
     * alone, with nothing after it but specks. A sentence wrapped before "số 12/KH-UBND ngày ..." goes on.
     */
    private static boolean numberLineInLowerCase(String head, int lineStart, Matcher s) {
        if (s.group(1) == null || !Character.isDigit(s.group(1).charAt(0))) return false;
        if (!head.substring(lineStart, s.start()).isBlank()) return false;
        int lineEnd = head.indexOf('\n', s.end());
        return ONLY_SPECKS_AFTER.matcher(head.substring(s.end(), lineEnd < 0 ? head.length() : lineEnd)).matches();
    }

    // ---- issuer ----

    /** The issuer from the header block: the last body named in capitals before the type heading. */
    /** The first issuer code of a symbol that names two or more ("CAT" of "05/QCPH-CAT-SNV"), else null. */
    static String firstOfJointCodes(String symbol) {
        if (symbol == null) return null;
        int slash = symbol.indexOf('/');
        if (slash < 0) return null;
        // State "N/TYPE-A-B": the type first after the slash; Party "N-TYPE/A-B": the issuers after it
        boolean party = symbol.substring(0, slash).contains("-");
        String[] groups = symbol.substring(slash + 1).split("-");
        int first = party ? 0 : 1;
        return groups.length >= first + 2 && !groups[first].isBlank() ? groups[first].strip() : null;
    }

    private static String headerIssuer(List<Line> lines, int headerEnd, boolean joint, String lead) {
        List<String> candidates = new ArrayList<>();
        int lastCandidateLine = -2;
        String[] texts = new String[Math.min(headerEnd, lines.size())];
        for (int i = 0; i < texts.length; i++) texts[i] = lines.get(i).text();
        texts = columnByColumn(texts);
        boolean[] onlyMotto = unwrapMottos(texts);
        for (int i = 0; i < texts.length; i++) {
            // "Số: 2456 /QĐ-" / "UBND": the symbol goes on, no body opens
            if (i > 0 && endsWithJoin(texts[i - 1]) && WRAPPED_NUMBER.matcher(texts[i - 1]).matches()) continue;
            if (onlyMotto[i]) {
                // a line that held only half the motto: the body's name may go on after it
                if (lastCandidateLine == i - 1) lastCandidateLine = i;
                continue;
            }
            String l = stripMotto(texts[i]);
            // a two-column line may carry "Số: ..." or the date after the body
            // ("CHUYỂN ĐỔI SỐ HUYỆN ..." is a name: "Số" cuts only before a number, a slash or a bare colon, and at
            // the line's end only when it is not in capitals: "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ" keeps its "SỐ")
            l = DATE_AFTER_BODY.matcher(NUMBER_AFTER_BODY.matcher(l).replaceAll("")).replaceAll("").strip();
            l = RULE_ENDS.matcher(l).replaceAll("");
            if (l.isEmpty() || !Words.isCaps(l) || l.length() < 3) continue;
            if (typeHeading(l) != null) break;
            boolean national = !candidates.isEmpty() && NATIONAL_HEADINGS.contains(Words.fold(l));
            // "MẶT TRẬN TỔ QUỐC VIỆT NAM" apart from the issuer's lines: the heading printed where the motto is
            if (national && i != lastCandidateLine + 1) continue;
            if (startsWithOrgan(l) && !national) {
                candidates.add(l);
                lastCandidateLine = i;
            } else if (!candidates.isEmpty() && !ROMAN_ITEM.matcher(l).matches() && (i == lastCandidateLine + 1
                    // "BAN TUYÊN GIÁO VÀ DÂN" / "" / "VẬN": a PDF reader's blank line inside a wrapped name
                    || i == lastCandidateLine + 2 && texts[i - 1].isBlank() && Words.splitCount(l) <= 3)) {
                // "ỦY BAN NHÂN DÂN" / "HUYỆN KIM ĐỘNG": the body's name continues on the next line
                int last = candidates.size() - 1;
                candidates.set(last, candidates.get(last) + " " + l);
                lastCandidateLine = i;
            }
        }
        if (candidates.isEmpty()) return null;
        String[] flattened = splitFlattened(candidates.get(candidates.size() - 1));
        if (flattened != null) {
            candidates.set(candidates.size() - 1, flattened[0]);
            candidates.add(flattened[1]);
        }
        // a joint document's lead body, the one its symbol names first, read with the lines above it (its parent);
        // a joint document names the others after it ("... - Sở Giáo dục và Đào tạo tỉnh Đồng Tháp")
        int k = leadCandidate(candidates, lead);
        if (k >= 0) {
            String first = composeIssuer(candidates.subList(0, k + 1), false);
            if (!joint || k == candidates.size() - 1) return first;
            return first + " - " + composeIssuer(candidates, false);
        }
        return composeIssuer(candidates, joint);
    }

    /** The header line that names a joint document's lead body: by its initials first, then by the codes' lexicon. */
    private static int leadCandidate(List<String> candidates, String lead) {
        if (lead == null) return -1;
        for (int k = 0; k < candidates.size(); k++) {
            if (IssuerCodeNames.byInitials(lead, NormalCase.body(candidates.get(k)))) return k;
        }
        for (int k = 0; k < candidates.size(); k++) {
            if (IssuerCodeNames.byLexicon(lead, NormalCase.body(candidates.get(k)))) return k;
        }
        return -1;
    }

    /** The issuer the header's body lines name, the last read with the one above it (its parent). */
    private static String composeIssuer(List<String> candidates, boolean joint) {
        String body = NormalCase.body(candidates.get(candidates.size() - 1));
        if (candidates.size() < 2) return body;
        String parent = NormalCase.body(candidates.get(candidates.size() - 2));
        if (joint && hasPlace(body) && hasPlace(parent) && !PARTY_CHAPTER.matcher(parent).lookingAt()) {
            // "ỦY BAN NHÂN DÂN XÃ HÒA AN" / "BAN CHẤP HÀNH ĐOÀN XÃ HÒA AN" over a joint plan: two issuers, each named
            // whole, not a body under its parent
            return parent + " - " + body;
        }
        if (PARTY_DEPARTMENT.matcher(body).lookingAt() && PARTY_COMMITTEE.matcher(parent).matches()) {
            // "HUYỆN ỦY ĐÔNG LÂM" / "BAN TỔ CHỨC": a Party committee's department is named with its committee
            return body + " " + parent;
        }
        if (PARTY_DEPARTMENT.matcher(body).lookingAt() && PARTY_CENTRAL.matcher(parent).matches()) {
            // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TỔ CHỨC": the Central Committee's departments are "... Trung ương"
            return body + " Trung ương";
        }
        Matcher chapter = COMMITTEE_OF_PLACE.matcher(body);
        if (chapter.matches() && !hasPlace(parent) && ASSOCIATION.matcher(parent).lookingAt()) {
            // "HỘI NÔNG DÂN VIỆT NAM" / "BCH TỈNH THANH HÓA": the association's committee of that place; its local
            // chapters drop "Việt Nam" ("Hội Nông dân tỉnh ..."), the Front's keep it ("Ủy ban MTTQ Việt Nam xã ...")
            String association = parent.contains("Mặt trận") ? parent : NATION_SUFFIX.matcher(parent).replaceFirst("");
            return chapter.group(1) + " " + association + " " + chapter.group(2);
        }
        Matcher committee = UNNAMED_PARTY_COMMITTEE.matcher(body);
        Matcher chapterOf = PLACE_LEVEL.matcher(parent);
        if (committee.matches() && PARTY_CHAPTER.matcher(parent).lookingAt() && chapterOf.find()) {
            // "ĐẢNG BỘ TỈNH NGHỆ AN" / "TỈNH ỦY": the committee of that chapter, named with its place ("Tỉnh ủy Nghệ
            // An"); "Đảng ủy" names no level, so it takes the level too ("Đảng ủy xã Hòa An")
            return body + " " + (committee.group(1) == null ? chapterOf.group(2) : parent.substring(chapterOf.start()));
        }
        if (hasPlace(body)) return body;
        Matcher place = PLACE_LEVEL.matcher(parent);
        if (STANDING_BODY.matcher(body).matches() && place.find()) {
            // "ỦY BAN MTTQ VIỆT NAM XÃ X" / "BAN THƯỜNG TRỰC": the standing body is named with the body it belongs to
            return body + " " + parent;
        }
        if (LOCAL_DEPARTMENT.matcher(body).lookingAt() && PLACE_LEVEL.matcher(parent).find()) {
            // "UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG": a department of a local government takes its place
            Matcher p = PLACE_LEVEL.matcher(parent);
            p.find();
            // "UBND HUYỆN ĐÔNG LÂM" / "THANH TRA HUYỆN": the body already names the level, the place adds its name
            if (body.endsWith(" " + p.group(1))) return body + " " + p.group(2);
            return body + " " + parent.substring(p.start());
        }
        return body;
    }

    /**
     * A parent body and the issuer printed on one line, as a flattened header gives them ("UBND TỈNH LÂM GIANG SỞ Y
     * TẾ", "ĐẢNG BỘ TỈNH X HUYỆN ỦY Y", "ỦY BAN MTTQ VIỆT NAM XÃ X BAN THƯỜNG TRỰC"): after the parent's level and
     * place, the first organ word opens the issuer. {parent, issuer} in capitals, or null when the line names one
     * body. A one-word organ followed by another ("HẢI PHÒNG SỞ Y TẾ") is the end of the place name.
     */
    static String[] splitFlattened(String caps) {
        String[] words = SPACES.split(caps.strip());
        int i = 0;
        int level = -1;
        while (i < words.length) {
            // "HUYỆN ỦY ĐÔNG LÂM BAN TỔ CHỨC": a committee named by its place is the parent's level and place
            int named = NormalCase.placeNamedOrganWordsAt(words, i);
            if (named > 0) {
                level = i + named;
                break;
            }
            int organ = NormalCase.organWordsAt(words, i);
            if (organ > 0) {
                i += organ;
                continue;
            }
            int lv = NormalCase.levelWordsAt(words, i);
            if (lv > 0) {
                level = i + lv;
                break;
            }
            i++;
        }
        if (level < 0) return splitMinistry(words);
        for (int k = level + 1; k < words.length - 1; k++) {
            int organ = NormalCase.organWordsAt(words, k);
            if (organ == 0) continue;
            if (organ == 1 && NormalCase.organWordsAt(words, k + 1) == 1) continue;
            // "HỘI NÔNG DÂN TỈNH X - SỞ NÔNG NGHIỆP ...": the dash between two issuers is neither's
            int end = k;
            while (end > 1 && (words[end - 1].equals("-") || words[end - 1].equals("–"))) end--;
            return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, end)),
                    String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))};
        }
        return null;
    }

    /**
     * The units a ministry's documents are issued by, under its name ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỤC LÂM NGHIỆP
     * VÀ KIỂM LÂM"), each split into its words: {@code ministry-units.txt}.
     */
    private static final List<String[]> MINISTRY_UNITS = Words.raw(HeaderExtractor.class, "ministry-units.txt").stream()
            .map(u -> SPACES.split(u)).toList();

    /** A ministry and its unit flattened onto one line: {ministry, unit}, or null. */
    private static String[] splitMinistry(String[] words) {
        if (words.length < 4 || !words[0].equals("BỘ") || NormalCase.organWordsAt(words, 0) != 1) return null;
        for (int k = 2; k < words.length - 1; k++) {
            for (String[] u : MINISTRY_UNITS) {
                if (k + u.length >= words.length) continue;
                if (java.util.Arrays.equals(u, 0, u.length, words, k, k + u.length)) {
                    return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)),
                            String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))};
                }
            }
        }
        return null;
    }

    // bodies named only by their role inside another: "Ban Thường trực", "Thường trực", "Ban Thường vụ", "Văn phòng"
    private static final Pattern STANDING_BODY = Pattern.compile(
            "(?u)(?:Ban\\s+)?(?:Thường\\s+trực|Thường\\s+vụ|Chấp\\s+hành)|Văn\\s+phòng|Ban\\s+Chỉ\\s+đạo|Hội\\s+đồng");
    /**
     * "TRƯỜNG ĐẠI HỌC CẦN THƠ" read as "Trường Đại học cần thơ": capitals give no case to a proper name the lexicons
     * do not know, but the place line ("Cần Thơ, ngày ...") prints it in normal case; an issuer ending with it
     * takes that case.
     */
    static String withPlaceCase(String issuer, String place) {
        if (issuer == null || place == null) return issuer;
        issuer = unglued(TRAILING_MARKS.matcher(issuer).replaceFirst(""), place);
        if (place.length() >= issuer.length()) return issuer;
        int at = issuer.length() - place.length();
        if (issuer.charAt(at - 1) != ' ' || !issuer.regionMatches(true, at, place, 0, place.length())) return issuer;
        return issuer.substring(0, at) + place;
    }

    /** Stops and dashes after an issuer's last word: specks a scan left at the header's margin ("... NGÃI ."). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:\\s+[.,;:\\-–—_|'`]+)+$");
    /**
     * The level words a place's name follows ({@code levels.tsv}), by their spelling with the spaces taken out as
     * OCR takes them out of spaced capitals ("thànhphố"); "" for a place glued alone.
     */
    private static final Map<String, String> GLUED_LEVELS = gluedLevels();

    private static Map<String, String> gluedLevels() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] level : NormalCase.pairs("levels.tsv")) out.put(level[1].replace(" ", ""), level[1]);
        out.put("", "");
        return Map.copyOf(out);
    }

    /**
     * "Ủy ban nhân dân tỉnhquảngngãi": a header printed in widely spaced capitals ("TỈNH QUẢNG NGÃI") that OCR read
     * as one word. When the issuer's last word is its place's name with the spaces taken out, after a level word
     * or alone, the place line ("Quảng Ngãi, ngày ...") gives the words back.
     */
    static String unglued(String issuer, String place) {
        int space = issuer.lastIndexOf(' ');
        String last = issuer.substring(space + 1).toLowerCase(Locale.ROOT);
        String glued = place.replace(" ", "").toLowerCase(Locale.ROOT);
        if (glued.length() < 3 || !last.endsWith(glued)) return issuer;
        String levelWords = GLUED_LEVELS.get(last.substring(0, last.length() - glued.length()));
        if (levelWords == null) return issuer;
        return issuer.substring(0, space + 1) + (levelWords.isEmpty() ? "" : levelWords + " ") + place;
    }

    // departments of a province's or district's government, named without the place: "Sở Y tế", "Phòng Nội vụ"
    private static final Pattern LOCAL_DEPARTMENT = Pattern.compile(
            "(?u)(?:Sở|Phòng|Chi\\s+cục|Ban\\s+Quản\\s+lý|Ban\\s+Chỉ\\s+đạo|Văn\\s+phòng|Thanh\\s+tra|Trung\\s+tâm)\\s");

    // a committee named by its place alone under a national association: "Ban Chấp hành tỉnh Thanh Hóa"
    private static final Pattern COMMITTEE_OF_PLACE = Pattern.compile(
            "(?u)((?:Ban\\s+)?(?:Thường\\s+trực|Thường\\s+vụ|Chấp\\s+hành))\\s+((?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\\s+\\S.*)");
    private static final Pattern ASSOCIATION = Pattern.compile("(?u)(?:Hội|Đoàn|Ủy ban Mặt trận|Mặt trận)\\s");
    private static final Pattern NATION_SUFFIX = Pattern.compile("(?u)\\s+Việt\\s+Nam$");

    private static boolean hasPlace(String body) {
        return PLACE_LEVEL.matcher(body).find();
    }

    private static final Pattern PARTY_DEPARTMENT = Pattern.compile("(?u)(?:Ban|Văn phòng|Ủy ban Kiểm tra)\\b");
    private static final Pattern PARTY_CENTRAL = Pattern.compile("(?iu)Ban Chấp hành Trung ương(?: Đảng)?");
    /** A Party committee printed without its place, as under its chapter's name; group 1 when it names no level. */
    private static final Pattern UNNAMED_PARTY_COMMITTEE = Pattern.compile(
            "(?u)(?:Ban\\s+(?:Thường\\s+vụ|Chấp\\s+hành)\\s+)?(?:Tỉnh\\s+ủy|Thành\\s+ủy|Huyện\\s+ủy|Thị\\s+ủy|Quận\\s+ủy|(Đảng\\s+ủy))");
    private static final Pattern PARTY_CHAPTER = Pattern.compile("(?u)Đảng\\s+bộ\\s");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile(
            "(?u)(?:Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy)(?:\\s+\\S.*)?");

    private static boolean startsWithOrgan(String capsLine) {
        String normal = NormalCase.body(capsLine);
        return UnitNames.headLength(normal) > 0 && !normal.startsWith("Số");
    }

    /** A gap between a header's columns typed in plain text: a tab, or three spaces or more. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\t[ \t]*| {3,}\t?[ \t]*");

    /**
     * A header of three columns typed with spaces or tabs (two issuers of a joint document, then the motto) read
     * column by column, as a DOCX header table reaches the text: lines that each split into the same three or more
     * parts at {@link #COLUMN_GAP}s, two lines at least, are given as the first column's parts top down, then the
     * second's, and so on. Read across, the two issuers' lines interleave ("ỦY BAN MTTQ ... ỦY BAN NHÂN DÂN" /
     * "VIỆT NAM TỈNH X ... TỈNH X"). A header of two columns is left as it is: the motto taken out of each line
     * leaves the issuer's.
     */
    static String[] columnByColumn(String[] texts) {
        String[][] parts = new String[texts.length][];
        for (int i = 0; i < texts.length; i++) parts[i] = COLUMN_GAP.split(texts[i].strip());
        List<String> out = null;
        int i = 0;
        while (i < texts.length) {
            int columns = parts[i].length;
            int j = i + 1;
            if (columns >= 3) while (j < texts.length && parts[j].length == columns) j++;
            if (columns < 3 || j - i < 2) {
                if (out != null) out.add(texts[i]);
                i++;
                continue;
            }
            if (out == null) out = new ArrayList<>(List.of(texts).subList(0, i));
            for (int c = 0; c < columns; c++) {
                for (int k = i; k < j; k++) out.add(parts[k][c]);
            }
            i = j;
        }
        return out == null ? texts : out.toArray(new String[0]);
    }

    private static final Pattern WRAPPED_NUMBER = Pattern.compile("(?iu)^\\s*s[ốo]\\b.*\\d.*[-/]\\s*$");

    /**
     * Takes out of the header's lines a motto that a narrow cell wrapped over two of them ("CỘNG HÒA XÃ HỘI CHỦ
     * NGHĨA VIỆT" / "NAM", "HUYỆN ĐÔNG LÂM Độc lập - Tự do -" / "Hạnh phúc"): the half left on either line would
     * read as part of the issuer ("Việt Nam"). Returns which lines held nothing but half a motto.
     */
    static boolean[] unwrapMottos(String[] texts) {
        boolean[] onlyMotto = new boolean[texts.length];
        for (int i = 0; i + 1 < texts.length; i++) {
            if (!holdsMottoOpening(texts[i])) continue; // most lines: no motto's first word, nothing to respell
            String line = Words.respell(texts[i].strip());
            String next = null;
            for (String[] split : MOTTO_SPLITS) {
                String head = split[0];
                String tail = split[1];
                if (!line.endsWith(head)) continue;
                if (line.length() > head.length() && line.charAt(line.length() - head.length() - 1) != ' ') continue;
                if (next == null) next = Words.respell(texts[i + 1].strip());
                if (next.equals(tail) || next.startsWith(tail + " ")) {
                    texts[i] = line.substring(0, line.length() - head.length()).strip();
                    texts[i + 1] = next.substring(tail.length()).strip();
                    onlyMotto[i] |= texts[i].isEmpty();
                    onlyMotto[i + 1] |= texts[i + 1].isEmpty();
                    break;
                }
                // both columns read across into one line each (OCR of a photo, a PDF copied line by line): the issuer's
                // half on the left of each line, the motto's on the right ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ
                // NGHĨA" / "XÃ VĨNH HÒA ĐÔNG VIỆT NAM")
                if (line.length() > head.length() && next.endsWith(" " + tail)) {
                    texts[i] = line.substring(0, line.length() - head.length()).strip();
                    texts[i + 1] = next.substring(0, next.length() - tail.length()).strip();
                    break;
                }
            }
        }
        return onlyMotto;
    }

    /** The first words of the mottos ("CỘNG", "Độc", "ĐẢNG", "ĐOÀN"): a line holding none holds no motto's head. */
    private static final List<String> MOTTO_OPENINGS = MOTTOS.stream().map(m -> SPACES.split(m.strip())[0])
            .distinct().toList();

    private static boolean holdsMottoOpening(String line) {
        for (String w : MOTTO_OPENINGS) if (line.contains(w)) return true;
        return false;
    }

    private static boolean endsWithJoin(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) end--;
        return end > 0 && (line.charAt(end - 1) == '-' || line.charAt(end - 1) == '/');
    }

    /** Each motto cut in two after its second word or later: {head, tail}, longest heads first. */
    private static final List<String[]> MOTTO_SPLITS = mottoSplits();

    private static List<String[]> mottoSplits() {
        List<String[]> out = new ArrayList<>();
        for (String motto : MOTTOS) {
            String[] words = SPACES.split(Words.respell(motto));
            for (int k = words.length - 1; k >= 2; k--) {
                out.add(new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)),
                        String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))});
            }
        }
        out.sort((a, b) -> b[0].length() - a[0].length());
        return List.copyOf(out);
    }

    private static String stripMotto(String line) {
        String l = Words.respell(line);
        for (String mm : RESPELLED_MOTTOS) {
            int at = l.indexOf(mm);
            if (at >= 0) l = l.substring(0, at) + " " + l.substring(at + mm.length());
        }
        // a motto split over the column may leave its halves
        l = MOTTO_HALF.matcher(l).replaceAll(" ");
        l = NATION.matcher(l).replaceAll(" ");
        return l.strip();
    }

    /** The issuer named in the opening sentence ("UBND xã X xây dựng Kế hoạch ..."). */
    private static String bodyIssuer(String text, String place) {
        String window = text.substring(0, Math.min(text.length(), 4000));
        Matcher v = ISSUING_VERB.matcher(window);
        while (v.find()) {
            int from = Math.max(0, v.start() - 120);
            String before = window.substring(from, v.start());
            int boundary = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')),
                    Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
            int scanFrom = boundary + 1;
            String clause = Words.collapseSpaces(before.substring(scanFrom)).strip();
            // the body is the first capitalised head noun phrase in the clause
            String[] words = clause.split(" ");
            for (int k = 0; k < words.length; k++) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                if (!tail.isEmpty() && Character.isUpperCase(tail.codePointAt(0)) && UnitNames.headLength(tail) > 0) {
                    // "Quyết định số ... của UBND tỉnh X ban hành Kế hoạch ...": the issuer of a cited document
                    if (k > 0 && Words.fold(words[k - 1]).equals("của")) break;
                    return complete(NormalCase.body(tail), text, place);
                }
            }
        }
        return null;
    }

    /** Adds the place to a body named without it ("Ủy ban nhân dân huyện" + "Kim Động"). */
    private static String complete(String body, String text, String place) {
        String f = Words.fold(body);
        boolean endsWithLevel = ENDS_WITH_LEVEL.matcher(f).matches();
        boolean hasLevel = HAS_LEVEL.matcher(f).matches();
        if (endsWithLevel && place != null) return body + " " + place;
        if (endsWithLevel) {
            // no date line: the place most often named at that level ("huyện Đông Lâm" in the title and body)
            String level = f.substring(f.lastIndexOf(' ') + 1);
            if (f.endsWith("thị trấn") || f.endsWith("thị xã") || f.endsWith("thành phố")) {
                level = f.substring(f.lastIndexOf(' ', f.lastIndexOf(' ') - 1) + 1);
            }
            String named = mostNamedPlace(text, level);
            if (named != null) return body + " " + named;
        }
        if (!hasLevel) {
            String levelAndPlace = levelOf(text, place);
            if (levelAndPlace != null) return body + " " + levelAndPlace;
        }
        return body;
    }

    /** The place name most often printed after {@code level} ("huyện" -> "Đông Lâm"), ties to the first; or null. */
    private static String mostNamedPlace(String text, String level) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Matcher m = PLACE_LEVEL.matcher(text);
        while (m.find()) {
            // a name never runs over a line end ("huyện Đông Lâm" / "Căn cứ ...")
            String name = m.group(2).split("\\R", 2)[0].strip();
            if (Words.fold(m.group(1)).equals(level)) counts.merge(name, 1, Integer::sum);
        }
        String best = null;
        int most = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** "huyện Kim Động" when the text names the place of the date line with its level. */
    private static String levelOf(String text, String place) {
        if (place == null) return null;
        Matcher m = PLACE_LEVEL.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(place) || m.group(2).startsWith(place + " ") && false) {
                return m.group(1) + " " + place;
            }
        }
        return null;
    }

    // ---- signer ----

    private static SignatureReader.Result signature(List<Line> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        boolean[] capitalsRun = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            texts.add(lines.get(i).text());
            capitalsRun[i] = lines.get(i).capitalsRun();
        }
        return SignatureReader.read(texts, capitalsRun);
    }

    // ---- recipients ----

    private static List<String> recipients(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES + 20); i++) {
            String l = lines.get(i).text().strip();
            Matcher k = RECIPIENTS_OPENING.matcher(l);
            if (!k.find()) continue;
            String rest = l.substring(k.end()).strip();
            if (!rest.isEmpty() && !rest.startsWith("-") && !rest.startsWith("+")) {
                addRecipient(out, rest);
            } else {
                if (!rest.isEmpty()) addRecipient(out, rest.substring(1));
                for (int j = i + 1; j < lines.size(); j++) {
                    String r = lines.get(j).text().strip();
                    if (!(r.startsWith("-") || r.startsWith("+") || r.startsWith("•"))) break;
                    addRecipient(out, r.substring(1));
                }
            }
            break;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i).text().strip();
            Matcher n = RECEIVERS_OPENING.matcher(l);
            if (!n.find()) continue;
            String rest = stripSignatureTail(l.substring(n.end())).strip();
            if (rest.startsWith("-") || rest.startsWith("+")) addRecipient(out, rest.substring(1));
            for (int j = i + 1; j < lines.size(); j++) {
                String r = stripSignatureTail(lines.get(j).text()).strip();
                if (r.isEmpty()) continue;
                if (!(r.startsWith("-") || r.startsWith("+") || r.startsWith("•"))) break;
                addRecipient(out, r.substring(1));
            }
            break;
        }
        return out;
    }

    private static String stripSignatureTail(String line) {
        String part = SignatureReader.signaturePart(line);
        if (part != null && !part.equals(line.strip())) return line.substring(0, line.lastIndexOf(part));
        return part != null ? "" : line;
    }

    /** "Các sở, ban, ngành; - UBND các xã": the bullet of the next item where a flattened line kept it. */
    private static final Pattern INLINE_ITEM = Pattern.compile("[;,.]\\s+[-+•]\\s+");

    private static void addRecipient(List<String> out, String raw) {
        Matcher item = INLINE_ITEM.matcher(raw);
        if (item.find()) {
            int from = 0;
            do {
                addOneRecipient(out, raw.substring(from, item.start() + 1));
                from = item.end();
            } while (item.find());
            addOneRecipient(out, raw.substring(from));
            return;
        }
        addOneRecipient(out, raw);
    }

    private static void addOneRecipient(List<String> out, String raw) {
        String r = raw.strip();
        while (!r.isEmpty() && ";,.".indexOf(r.charAt(r.length() - 1)) >= 0) r = r.substring(0, r.length() - 1).strip();
        if (r.isEmpty()) return;
        if (Words.fold(r).startsWith("lưu")) return;
        out.add(r);
    }

    // ---- helpers ----

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        char[] chars = TextChars.of(text);
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            // header and signature lines are short; a cap keeps the per-line patterns cheap on run-on text
            int to = Math.min(end, pos + MAX_LINE);
            // String.strip's bounds found on the shared chars: one copy of each line instead of two
            int from = pos;
            while (from < to && Character.isWhitespace(chars[from])) from++;
            while (to > from && Character.isWhitespace(chars[to - 1])) to--;
            // the stripped line's capitals run is the raw line's: no whitespace char is upper case
            if (from < to) out.add(new Line(pos, text.substring(from, to), SignatureReader.hasCapitalsRun(chars, from, to)));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    private static List<String[]> table(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : Words.raw(HeaderExtractor.class, resource)) {
            String[] kv = line.split("\\t");
            if (kv.length >= columns) {
                for (int i = 0; i < kv.length; i++) kv[i] = kv[i].strip();
                if (columns == 3) kv[0] = Words.respell(kv[0]);
                out.add(kv);
            }
        }
        return List.copyOf(out);
    }
}
