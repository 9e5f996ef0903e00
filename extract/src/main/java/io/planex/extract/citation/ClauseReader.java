package io.planex.extract.citation;

import io.planex.extract.text.DocumentYears;
import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attributes printed right after a symbol, in a {@link CleanText}: its signing date
 * ("ngày 15/6/2023", "ngày 15 tháng 6 năm 2023", "ngày 15-6-2023", "ngày 19/9/ 2023") and its issuer ("của Ban
 * Thường vụ Thị ủy Mỹ Hào"), in either order, with the "khóa XII" term qualifier skipped. Reading stops at anything
 * else, and never passes {@code limit} (the next citation), so one citation's details never leak into another's.
 */
final class ClauseReader {
    /** What followed a symbol: date (ISO) and issuer or null; where reading stopped; whether the issuer came first. */
    record Tail(String date, String issuer, int issuerStart, int end, boolean issuerDirect) {}

    // a day or month between "ngày", "tháng" and "năm" with a digit OCR read as a letter ("tháng 0Ì" is 01)
    private static final String OCR_NUMBER = "(\\d[\\dOoIlÌÍí|]?|[OoIlÌÍí|]\\d)(?![\\p{L}\\d])";
    // "ngày" with its tone mark misread by OCR ("ngây", "ngảy"): before a day number the word is nothing else
    // (after a list, "cùng ngày": the one date of every member, "số 12/QĐ-UBND, 13/QĐ-UBND cùng ngày 05/01/2025")
    private static final String DAY_WORD = "(?:cùng\\s)?[Nn]g[àảáạãaâấầẩẫậ]y";
    private static final Pattern DATE_NUMERIC = Pattern.compile(
            DAY_WORD + "\\s?(\\d{1,2})\\s?([/.\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?!\\d)");
    private static final Pattern DATE_WORDS = Pattern.compile(
            DAY_WORD + "\\s?" + OCR_NUMBER + "\\s?tháng\\s?" + OCR_NUMBER + "\\s?năm\\s?(\\d{4})(?!\\d)");
    private static final Pattern ISSUED = Pattern.compile("(?:được\\s)?ban\\shành\\s|ký\\s");
    /** "được Chính phủ ban hành ngày ...": a passive's agent, its issuing verb, and a date after it. */
    private static final Pattern ISSUED_BY = Pattern.compile(
            "được\\s(\\p{Lu}[\\p{L} ]{1,60}?)\\s(?:ban\\shành|ký(?:\\sban\\shành)?)\\s(?:vào\\s)?(?=ngày\\s?\\d)");
    // OCR drops or moves the mark; "giữa" (between) names the parties of a joint document ("Quy chế phối hợp số
    // 05/QC-BCH-CAT ngày 12/3/2023 giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh")
    private static final Pattern OF = Pattern.compile("(?:của|cua|cùa|củạ|giữa)\\s");
    private static final Pattern TERM = Pattern.compile(
            "(?:[Kk]hóa|[Kk]hoá|KHÓA|KHOÁ|[Nn]hiệm\\skỳ)\\s?[IVXLC\\d]++(?:\\s?[-–]\\s?\\d{4})?(?![\\p{L}\\d])");

    private static final Pattern PLENUM = Pattern.compile("Hội[ \\n]nghị[ \\n]lần[ \\n]thứ[ \\n][\\p{L}\\d]+(?=[ \\n]\\p{Lu})");
    /** After a Party resolution's date, its plenum without "của": "ngày 25/10/2017 Hội nghị lần thứ sáu ...". */
    /** A header's place and date line: "Quảng Trị, ngày 09 tháng 11 năm 2026", "Hà Nội, ngày   tháng 11 năm 2026". */
    private static final Pattern PLACE_DATE_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}. ]{0,40}?,[ \\t]*ngày[ \\t.…_]*(?:\\d|tháng)");
    private static final Pattern PLENUM_OPENS = Pattern.compile("Hội[ \\n]nghị[ \\n](?:lần[ \\n]thứ|Trung[ \\n]ương|Ban[ \\n]Chấp)");

    /** Lower-case words that end an issuer name: verbs, prepositions, subject and time markers (a resource). */
    private static final Set<String> STOP = Set.copyOf(
            Words.raw(ClauseReader.class, "issuer-stop-words.txt"));

    /** Words that open a clause and never a name ({@code clause-openers.txt}). */
    private static final Set<String> CLAUSE_OPENERS = Set.copyOf(Words.raw(ClauseReader.class, "clause-openers.txt"));

    private ClauseReader() {}

    static Tail read(String w, int from, int limit, Lexicon lexicon) {
        String date = null;
        String issuer = null;
        int issuerStart = -1;
        boolean issuerDirect = false;
        int pos = from;
        int end = from;
        for (int step = 0; step < 5 && pos < limit; step++) {
            int p = skipSeparators(w, pos, limit);
            // "... của Bộ Chính trị\nNgày 28/02/2025, Ban Thường vụ họp": a capitalised "Ngày" opening a line opens
            // the next sentence; the date is that sentence's, not the citation's
            if (p >= limit) break; // only separators left: a text cut after its last citation
            if (p > from && w.charAt(p - 1) == '\n' && Character.isUpperCase(w.charAt(p))) break;
            Matcher d = DATE_NUMERIC.matcher(w).region(p, limit);
            if (d.lookingAt()) {
                if (date == null) date = iso(d.group(1), d.group(3), d.group(4));
                pos = end = d.end();
                continue;
            }
            d = DATE_WORDS.matcher(w).region(p, limit);
            if (d.lookingAt()) {
                if (date == null) date = iso(d.group(1), d.group(2), d.group(3));
                pos = end = d.end();
                continue;
            }
            Matcher t = TERM.matcher(w).region(p, limit);
            if (t.lookingAt()) {
                pos = end = t.end();
                continue;
            }
            // "Nghị định số 08/2022/NĐ-CP được Chính phủ ban hành ngày 10 tháng 01 năm 2022" (a footnote's wording): the
            // agent, then the date after the issuing verb
            if (date == null) {
                Matcher by = ISSUED_BY.matcher(w).region(p, limit);
                if (by.lookingAt()) {
                    if (issuer == null) {
                        issuer = by.group(1).replace('\n', ' ').trim();
                        issuerStart = by.start(1);
                        issuerDirect = true;
                    }
                    pos = end = by.end();
                    continue;
                }
            }
            int q = p;
            Matcher iss = ISSUED.matcher(w).region(q, limit);
            if (iss.lookingAt()) q = iss.end();
            Matcher of = OF.matcher(w).region(q, limit);
            boolean plenum = !of.lookingAt() && date != null && PLENUM_OPENS.matcher(w).region(q, limit).lookingAt();
            if ((of.lookingAt() || plenum) && issuer == null) {
                int s = plenum ? q : of.end();
                int e = issuerEnd(w, s, limit, lexicon);
                if (e > s) {
                    issuer = w.substring(s, e).replace('\n', ' ').trim();
                    issuerStart = s;
                    issuerDirect = date == null;
                    pos = end = e;
                    continue;
                }
            }
            break;
        }
        return new Tail(date, issuer, issuerStart, end, issuerDirect);
    }

    /**
     * What preceded a type word: "Ngày 15/01/2024, UBND huyện ban hành Kế hoạch số ...", "của Sở X tại Văn bản số".
     * {@code issued}: the verb was one of issuing ("ban hành", "ký"), so a list after it is the issuer's.
     */
    /**
     * A date and issuer printed before a citation; {@code issued}: by an issuing verb ("ban hành"), {@code at}: as
     * the body whose words the citation holds ("chỉ đạo của Thủ tướng Chính phủ tại Công điện số ...").
     */
    record Lead(String date, String issuer, boolean issued, boolean at) {}

    private static final Pattern VERB_BEFORE = Pattern.compile(
            "[ \n](?:cũng[ \n])?(?:đã[ \n])?(?:(?<issued>ban[ \n]hành(?:[ \n]kèm[ \n]theo)?|ký[ \n]ban[ \n]hành|ký|thông[ \n]qua)|(?<at>tại)|có"
                    + "|gửi[ \n]kèm)"
                    + "(?:[ \n](?:các|những))?[ \n]?$");
    private static final Pattern DATE_BEFORE = Pattern.compile(
            "(?:[Nn]gày[ \n]?(\\d{1,2})[ \n]?([/.\\-])[ \n]?(\\d{1,2})[ \n]?\\2[ \n]?(\\d{4})"
                    + "|[Nn]gày[ \n]?(\\d{1,2})[ \n]?tháng[ \n]?(\\d{1,2})[ \n]?năm[ \n]?(\\d{4}))[ \n]?,?[ \n]?$");
    private static final int LEAD_MAX = 200;

    /**
     * The issuer (and a date) printed before a type word at {@code at}: a capitalised name that opens its clause
     * (or follows "của") and runs up to an issuing verb ("ban hành", "ký", "có") or "tại"; a date right before the
     * name ("Ngày 15/01/2024, ..."). Null when the words before are anything else.
     */
    static Lead readBefore(String w, int at, Lexicon lexicon) {
        int from = Math.max(0, at - LEAD_MAX);
        Matcher v = VERB_BEFORE.matcher(w).region(from, at);
        if (!v.find()) return null;
        int verbAt = v.start();
        for (int s = from; s < verbAt; s++) {
            // each candidate's own end of the lead: a role after a dash moves it for that candidate only ("... và Kế
            // hoạch tài chính - ngân sách nhà nước 03 năm; thực hiện ý kiến của Ủy ban nhân dân tỉnh tại Công văn số")
            int verb = verbAt;
            if (!Character.isUpperCase(w.charAt(s))) continue;
            // "đã được UBND phường trả lời tại Công văn số ...", "nghe Ban cán sự đảng ... báo cáo tại Tờ trình số
            // ...": the agent of a short verb phrase before "tại" issued the document
            String wordBefore = wordBefore(w, s);
            // "danh sách lỗi do Bộ Nội vụ gửi kèm Công văn số ...": the agent after "do" (by) sent it
            boolean agent = v.group("issued") == null && (wordBefore.equals("được") || wordBefore.equals("nghe")
                    || wordBefore.equals("do"));
            // "... và Ủy ban nhân dân tỉnh phê duyệt dự án tại Quyết định số ...", "... mà Ủy ban nhân dân tỉnh đã yêu
            // cầu tại Công văn số ...": the subject of a clause joined to the one before, read as one only before "tại"
            boolean joined = !agent && (wordBefore.equals("và") || wordBefore.equals("mà"));
            // "Nội dung này Sở Xây dựng đã hướng dẫn tại Văn bản số ...": a topic named first, then the clause's
            // subject and its verb; read so only before "tại", as a joined clause is
            boolean afterTopic = !agent && !joined && TOPIC_ENDS.contains(wordBefore);
            if (!agent && !joined && !afterTopic && !opensClause(w, s)) continue;
            // "Theo hướng dẫn tại Công văn số ...": a preposition or verb opening the clause, capitalised, is no name
            if (CLAUSE_OPENERS.contains(firstWordLower(w, s, verb))) continue;
            // "Xét báo cáo của Bộ Y tế tại văn bản số ...": the reason's words open the clause, the issuer follows "của"
            if (DocumentLayout.opensReasonClause(w, s)) continue;
            int e = issuerEnd(w, s, verb, lexicon);
            // "Ủy ban nhân dân tỉnh Quảng Bình (cũ) đã ban hành Kế hoạch số ...": a body of before the merger, so
            // marked after its name, issued it; the mark is no part of the name
            int named = -1;
            if (e > s && e < verb) {
                // ("đã được UBND tỉnh Quảng Bình (cũ) phê duyệt chủ trương đầu tư tại Quyết định số ...": the mark,
                // then the agent's verb phrase, read from after the mark)
                Matcher former = FORMER.matcher(w).region(e, verb);
                if (former.lookingAt()) {
                    named = e;
                    e = former.end();
                }
            }
            // "của Giám đốc Sở Nông nghiệp và Phát triển nông thôn - Cơ quan thường trực Ban Chỉ huy ... tỉnh tại Tờ
            // trình số ...": the role after a spaced dash describes the issuer, who is named before it
            if (e != verb) {
                int dash = spacedDash(w, s, verb);
                if (dash > s && issuerEnd(w, s, dash, lexicon) == dash) e = verb = dash;
            }
            // "Sở Tài chính có ý kiến về nguồn kinh phí tại Công văn số ...", "UBND tỉnh phê duyệt dự án tại Quyết định
            // số ...": the subject of the clause, a verb phrase, then "tại" (the caller keeps it only where it fits
            // the symbol's code)
            boolean subjectAt = !agent && v.group("at") != null && e > s
                    && shortVerbPhrase(w, e, verb, SUBJECT_PHRASE_WORDS);
            // "... đã ban hành Kế hoạch số 1125/KH-UBND và Ủy ban nhân dân tỉnh Quảng Trị (cũ) đã ban hành Kế hoạch số
            // 108/KH-UBND": a joined clause's subject right before an issuing verb issued it
            boolean joinedIssuer = joined && v.group("issued") != null && e == verb;
            if ((joined || afterTopic) && !subjectAt && !joinedIssuer) continue;
            // "Sau khi nghe Bộ Xây dựng báo cáo tình hình thực hiện Dự án tại Văn bản số ...": a body heard reporting,
            // its report's subject maybe naming a defined term in capitals
            boolean heard = agent && wordBefore.equals("nghe") && e > s && verbPhraseWithTerms(w, e, verb, HEARD_PHRASE_WORDS);
            if (e != verb && !(agent && e > s && shortVerbPhrase(w, e, verb, AGENT_PHRASE_WORDS)) && !subjectAt && !heard) continue;
            String issuer = w.substring(s, named >= 0 ? named : e).replace('\n', ' ').trim();
            String date = null;
            Matcher d = DATE_BEFORE.matcher(w).region(Math.max(0, s - 40), s);
            if (d.find()) {
                date = d.group(1) != null ? iso(d.group(1), d.group(3), d.group(4)) : iso(d.group(5), d.group(6), d.group(7));
            }
            return new Lead(date, issuer, v.group("issued") != null, v.group("at") != null);
        }
        return null;
    }

    /** The word at {@code s} (up to {@code to}) in lower case. */
    private static String firstWordLower(String w, int s, int to) {
        int e = s;
        while (e < to && Character.isLetter(w.charAt(e))) e++;
        return w.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** A body's mark of before or after a merger, between its name and the verb: " (cũ)", " (trước sáp nhập)". */
    private static final Pattern FORMER = Pattern.compile("(?u)\\s*\\((?:cũ|mới|trước\\s+sáp\\s+nhập|trước\\s+đây)\\)\\s*");

    /** The demonstratives that close a topic put before a clause's subject: "Nội dung này", "Việc đó", "Vấn đề trên". */
    private static final java.util.Set<String> TOPIC_ENDS = java.util.Set.of("này", "đó", "trên");

    /** Where " - " stands in {@code w[from, to)}, else -1: a search bounded by the lead, never the rest of the text. */
    private static int spacedDash(String w, int from, int to) {
        for (int i = Math.max(0, from - 1); i + 2 < to; i++) {
            if (w.charAt(i) == ' ' && w.charAt(i + 1) == '-' && w.charAt(i + 2) == ' ') return i;
        }
        return -1;
    }

    /**
     * A word at {@code s} opens a clause: text start, after , ; : . (, after a line-initial bullet, or after "của",
     * "tham mưu", "trình" or "khi".
     */
    private static boolean opensClause(String w, int s) {
        if (s > 0 && Character.isLetterOrDigit(w.charAt(s - 1))) return false;
        int p = s - 1;
        boolean lineStart = false;
        while (p >= 0 && (w.charAt(p) == ' ' || w.charAt(p) == '\n')) {
            if (w.charAt(p) == '\n') lineStart = true;
            p--;
        }
        if (p < 0) return true;
        char c = w.charAt(p);
        if (".;:,(".indexOf(c) >= 0) return true;
        // "..., ngày 06/02/2027 Sở Nông nghiệp và Môi trường đã ban hành Văn bản số ...": a dated event's subject
        if (Character.isDigit(c) && DATE_BEFORE.matcher(w).region(Math.max(0, s - 40), s).find()) return true;
        // "1. Công tác chỉ đạo\nUBND huyện đã ban hành Kế hoạch số ...": repaired text keeps a line break only
        // where a paragraph or heading ends, so a capitalised word after one opens a clause
        if (lineStart) return true;
        if ((c == '-' || c == '+') && (p == 0 || w.charAt(p - 1) == '\n')) return true;
        // "Ban Chỉ đạo đã tham mưu UBND huyện ban hành Quyết định số ...": the body advised is the one that issues
        if (p >= 7 && w.startsWith("tham mưu", p - 7) && (p < 8 || !Character.isLetter(w.charAt(p - 8)))) return true;
        // "... trình Hội đồng nhân dân tỉnh ban hành Nghị quyết số ...": so does the body a draft is put before (not
        // "Tờ trình", a proposal's name)
        if (p >= 4 && w.startsWith("trình", p - 4) && (p < 5 || !Character.isLetter(w.charAt(p - 5)))
                && !(p >= 7 && w.regionMatches(true, p - 7, "tờ", 0, 2))) {
            return true;
        }
        // "Ngay sau khi UBND tỉnh ban hành Kế hoạch số ...": the subject of a clause of time
        if (p >= 2 && w.startsWith("khi", p - 2) && (p < 3 || !Character.isLetter(w.charAt(p - 3)))) return true;
        return p >= 2 && w.startsWith("của", p - 2) && (p < 3 || !Character.isLetter(w.charAt(p - 3)));
    }

    /** The word right before {@code s} ("được": a passive's agent follows, "nghe": heard from), "" if none. */
    private static String wordBefore(String w, int s) {
        int p = s - 1;
        while (p >= 0 && (w.charAt(p) == ' ' || w.charAt(p) == '\n')) p--;
        int end = p + 1;
        while (p >= 0 && Character.isLetter(w.charAt(p))) p--;
        return w.substring(p + 1, end);
    }

    /** How many words the verb phrase after a passive's agent ("được UBND phường trả lời tại") may hold. */
    private static final int AGENT_PHRASE_WORDS = 6;
    /** ... and after a clause's subject ("Sở Tài chính có ý kiến về nguồn kinh phí tại"). */
    private static final int SUBJECT_PHRASE_WORDS = 8;

    /** ... and after a body heard ("nghe Bộ Xây dựng báo cáo tình hình thực hiện Dự án tại"). */
    private static final int HEARD_PHRASE_WORDS = 10;

    /**
     * [from, to) opens with a lower-case word (the verb) and holds one to {@code maxWords} words of letters only, the
     * later ones maybe capitalised (a defined term: "Dự án", "Đề án").
     */
    private static boolean verbPhraseWithTerms(String w, int from, int to, int maxWords) {
        return verbPhrase(w, from, to, maxWords, true);
    }

    /**
     * [from, to) holds one to {@code maxWords} lower-case words and nothing else: "trả lời", "quyết định chủ trương
     * đầu tư".
     */
    private static boolean shortVerbPhrase(String w, int from, int to, int maxWords) {
        return verbPhrase(w, from, to, maxWords, false);
    }

    /** One to {@code maxWords} words of letters, the first in lower case, the others too unless {@code terms}. */
    private static boolean verbPhrase(String w, int from, int to, int maxWords, boolean terms) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = w.charAt(i);
            if (c == ' ' || c == '\n') {
                inWord = false;
            } else if (Character.isLetter(c)) {
                if (!inWord) words++;
                if (!Character.isLowerCase(c) && (!terms || words == 1)) return false;
                inWord = true;
            } else {
                return false;
            }
        }
        return words >= 1 && words <= maxWords;
    }

    private static boolean nextWordIs(String w, int wordEnd, int limit, String word) {
        int n = wordEnd + 1;
        return n + word.length() <= limit && w.startsWith(word, n)
                && (n + word.length() == limit || !Character.isLetter(w.charAt(n + word.length())));
    }

    private static int skipSeparators(String w, int p, int limit) {
        while (p < limit) {
            char c = w.charAt(p);
            if (c == ' ' || c == '\n' || c == ',') p++;
            else break;
        }
        return p;
    }

    /** End of an issuer name starting at {@code s}: capitalised start, at most 14 words, stops at punctuation. */
    static int issuerEnd(String w, int s, int limit, Lexicon lexicon) {
        if (s >= limit || !Character.isUpperCase(w.charAt(s))) return s;
        int pos = s;
        int lastGood = s;
        int words = 0;
        // "Hội nghị lần thứ sáu Ban Chấp hành Trung ương": the plenum's ordinal ("lần" ends other names) is its name's
        Matcher plenum = PLENUM.matcher(w).region(s, limit);
        if (plenum.lookingAt()) {
            lastGood = plenum.end();
            words = 4;
            pos = plenum.end() + 1;
        }
        while (pos < limit && words < 14) {
            int we = pos;
            while (we < limit && w.charAt(we) != ' ' && w.charAt(we) != '\n') we++;
            String word = w.substring(pos, we);
            // "... của Bộ Chính trị\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": a title ends on its line; a line in capitals
            // after a name in normal case is the next part of the layout, not the rest of the name
            if (words > 0 && w.charAt(pos - 1) == '\n' && hasLowerCase(w, s, pos) && capitalsLine(w, pos, limit)) break;
            // "... của UBND huyện\nCăn cứ Quyết định số ...": the next basis clause of the opening, not the name's rest
            if (words > 0 && w.charAt(pos - 1) == '\n' && DocumentLayout.opensReasonClause(w, pos)) break;
            // "V/v triển khai Công văn số ... của Bộ Tài chính\nQuảng Trị, ngày 09 tháng 11 năm 2026": the header's
            // place and date, printed after the subject when a PDF gives its left column first
            if (words > 0 && w.charAt(pos - 1) == '\n' && PLACE_DATE_LINE.matcher(w).region(pos, limit).lookingAt()) break;
            int cut = firstPunct(word);
            String bare = cut >= 0 ? word.substring(0, cut) : word;
            if (bare.isEmpty()) break;
            // "... của Bộ Chính trị\nNgày 28/02/2025, Ban Thường vụ ...": a line that opens with a sentence word
            // before a number ("Ngày 28", "Năm 2025") or "Về việc" starts the next sentence, not the rest of the name
            if (words > 0 && w.charAt(pos - 1) == '\n' && Character.isUpperCase(bare.charAt(0))
                    && STOP.contains(bare.toLowerCase(java.util.Locale.ROOT)) && opensSentence(w, we, limit)) {
                break;
            }
            if (bare.equals("ban") && nextWordIs(w, we, limit, "hành")) break; // "ban hành", not "Ủy ban"
            if (bare.equals("báo") && nextWordIs(w, we, limit, "cáo")) break; // "báo cáo", not "Trung tâm Dự báo"
            // "Ban Chỉ đạo phòng, chống tội phạm": the comma of "phòng, chống" (prevent and combat) is inside the name
            if (words > 0 && word.length() == bare.length() + 1 && word.endsWith(",")) {
                int second = commaCompound(bare, w, we, limit);
                if (second > 0) {
                    // a second part of several words ("Bộ trưởng, Chủ nhiệm ..."): all of them, past the stop
                    // words ("nhiệm" of "nhiệm vụ") that end a name elsewhere
                    words += 2;
                    lastGood = we + 1 + second;
                    pos = lastGood + 1;
                    continue;
                }
            }
            // "triển khai" ends a name, "Phát triển nông thôn" inside a ministry's name does not
            if (bare.equals("triển") && words > 0 && !nextWordIs(w, we, limit, "khai")
                    && w.substring(Math.max(s, pos - 5), pos).strip().equals("Phát")) {
                lastGood = pos + bare.length();
                words++;
                if (cut >= 0) break;
                pos = we + 1;
                continue;
            }
            if (STOP.contains(bare) || bare.startsWith("(") || bare.startsWith("“") || bare.startsWith("\"")) break;
            if (isRule(bare)) break; // "-----" or "_____" under a title: the layout's rule, not the name's rest
            if (bare.equals("-") || bare.equals("–")) {
                // "Ban Văn hóa - Xã hội": a spaced hyphen inside a name joins two capitalised parts
                int next = we + 1;
                if (words == 0 || next >= limit || !Character.isUpperCase(w.charAt(next))
                        || lexicon.typeWordAt(w, next, limit) != null) {
                    break;
                }
                pos = next;
                continue;
            }
            if (bare.equals("và")) {
                // "Ban Tuyên giáo và Dân vận": go on only into another capitalised name, not into "và Kế hoạch số".
                int next = we + 1;
                if (next >= limit || !Character.isUpperCase(w.charAt(next))) break;
                if (lexicon.typeWordAt(w, next, limit) != null) break;
                pos = next;
                words++;
                continue;
            }
            if (words > 0 && Character.isUpperCase(bare.charAt(0)) && lexicon.typeWordAt(w, pos, limit) != null
                    && !bare.equals("Ban") && !bare.equals("Bộ")) {
                break;
            }
            if (bare.chars().anyMatch(Character::isDigit) && !bare.chars().allMatch(Character::isDigit)
                    && !bare.matches("\\p{Lu}+\\d+")) {
                break;
            }
            lastGood = pos + bare.length();
            words++;
            if (cut >= 0) break;
            pos = we + 1;
        }
        return lastGood;
    }

    /** Word pairs a comma does not part inside a name ({@code issuer-comma-compounds.txt}): second word by first. */
    private static final Map<String, List<String>> COMMA_COMPOUNDS = commaCompounds();

    private static Map<String, List<String>> commaCompounds() {
        Map<String, List<String>> out = new HashMap<>();
        for (String pair : Words.raw(ClauseReader.class, "issuer-comma-compounds.txt")) {
            String[] two = pair.split(",\\s*", 2);
            if (two.length == 2) out.computeIfAbsent(two[0].strip(), k -> new ArrayList<>()).add(two[1].strip());
        }
        return out;
    }

    /**
     * The length of the words after the comma ending {@code bare} that make one of {@link #COMMA_COMPOUNDS} with it,
     * else 0.
     */
    private static int commaCompound(String bare, String w, int wordEnd, int limit) {
        List<String> seconds = COMMA_COMPOUNDS.get(bare);
        // "Ban Chỉ huy Phòng, chống thiên tai ...": the field capitalised as part of a board's name
        if (seconds == null && Character.isUpperCase(bare.charAt(0))) {
            seconds = COMMA_COMPOUNDS.get(bare.toLowerCase(java.util.Locale.ROOT));
        }
        if (seconds == null) return 0;
        for (String second : seconds) {
            if (nextWordIs(w, wordEnd, limit, second)) return second.length();
        }
        return 0;
    }

    /** A word of two or more rule chars ("-----", "___", "***", "===="): a line drawn under a title or header. */
    private static boolean isRule(String word) {
        if (word.length() < 2) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '-' && c != '–' && c != '—' && c != '_' && c != '*' && c != '=' && c != '~') return false;
        }
        return true;
    }

    /** The word after {@code wordEnd} is a number or "việc": the word before it opens a sentence or a title. */
    private static boolean opensSentence(String w, int wordEnd, int limit) {
        int n = wordEnd + 1;
        return n < limit && (Character.isDigit(w.charAt(n)) || nextWordIs(w, wordEnd, limit, "việc"));
    }

    private static boolean hasLowerCase(String w, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLowerCase(w.charAt(i))) return true;
        return false;
    }

    /** The line at {@code at} has two or more letters and none in lower case. */
    private static boolean capitalsLine(String w, int at, int limit) {
        int letters = 0;
        for (int i = at; i < limit && w.charAt(i) != '\n'; i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /** Where a word's punctuation starts; a table's cell separator ('|', a tab) ends a name as a comma does. */
    private static int firstPunct(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')' || c == '"' || c == '“'
                    || c == '”' || c == '?' || c == '!' || c == '[' || c == ']' || c == '|' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** OCR's letters for digits, back to digits: O as 0; I, l, Ì, Í, í and | as 1. */
    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == 'O' || c == 'o' ? '0' : "IlÌÍí|".indexOf(c) >= 0 ? '1' : c);
        }
        return b.toString();
    }

    static String iso(String day, String month, String year) {
        try {
            int d = Integer.parseInt(digits(day));
            int m = Integer.parseInt(digits(month));
            int y = Integer.parseInt(year);
            if (d < 1 || d > 31 || m < 1 || m > 12 || !DocumentYears.possible(y)) return null;
            return String.format("%04d-%02d-%02d", y, m, d);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
