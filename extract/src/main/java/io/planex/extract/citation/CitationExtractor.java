package io.planex.extract.citation;

import io.planex.extract.CaughtFailures;
import io.planex.extract.text.TextChars;
import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PageMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered documents a Vietnamese administrative or Party text cites: Party {@code N-TYPE/ISSUER}
 * (57-KL/TW), State {@code N/TYPE-ISSUER} (38/KH-UBND) and {@code N/YYYY/TYPE-ISSUER} (27/2019/QĐ-UBND), bodies that
 * print no type code (35/2021/QH15, letters 4250/BNNMT-ĐCKS), with the type word before them, their date and issuer,
 * and whether this document carries them out. One entry per distinct document, every mention kept.
 *
 * <p>Steps, each small and separately tested: {@link CleanText} (a regular working copy with offsets back to the
 * input) → {@link RawSymbol#scan} (one linear regex for both symbol orders) → type words and coordinated lists →
 * {@link ClauseReader} (date and issuer after each symbol, bounded by the next one) → classification with the
 * {@link Lexicon} → short forms ("Kết luận 57") resolved against full citations → merge by key → implements from
 * {@link DocumentLayout} (title block and opening basis clauses). Pure and thread-safe; never throws on any input.
 */
public final class CitationExtractor {
    private static final Pattern FORM_BEFORE = Pattern.compile(
            "(?:[Mm]ẫu|MẪU|[Bb]iểu|BIỂU|[Pp]hụ\\slục|PHỤ\\sLỤC)(?:\\s(?:[Ss][ốổ]|SỐ))?\\s?:?\\s?$");
    private static final Pattern DIRECT_GAP = Pattern.compile("\\s?(?:(?:[Ss][ốổ]|SỐ|SỔ)\\s?:?\\s?)?");
    private static final Pattern LIST_GAP = Pattern.compile(
            "\\s?(?:(?:[Ss][ốổ]|SỐ|SỔ)\\s?:?\\s?)?((?:\\d{1,5}+\\s?(?:,|và|;)\\s?)+)");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,5}+");
    /** One to three lower-case words between a type word and "số": the kind of the document ("chuyên đề"). */
    private static final Pattern KIND_GAP = Pattern.compile("(?:\\s\\p{Ll}+){1,3}\\s(?:[Ss][ốổ]|SỐ|SỔ)\\s?:?\\s?");
    private static final int KIND_GAP_MAX = 40;
    private static final Pattern NAMED_GAP_END = Pattern.compile("(?:[Ss][ốổ]|SỐ|SỔ)\\s?:?\\s?$");
    private static final Pattern COORD_GAP = Pattern.compile(
            "\\s?[,;]?\\s?(?:và|cùng|hoặc)?\\s?(?:(?:[Ss][ốổ])\\s?)?");
    private static final Pattern SHORT = Pattern.compile(
            "\\s?(?:(?:[Ss][ốổ]|SỐ|SỔ)\\s?:?\\s?)?(\\d{1,5}+)(?:\\s?/\\s?(\\d{4}))?"
                    + "(?![\\d\\p{L}]|\\s?[-/]\\s?[\\p{Lu}\\d])");

    private static final int NEAR_GAP = 120;
    private static final int NAMED_GAP = 220;
    private static final int TAIL_MAX = 400;

    private final Lexicon lexicon = Lexicon.get();

    private enum Kind { FULL, LIST, SHORT, UNTYPED }

    /** One mention on its way to a citation; offsets into the working text. */
    private static final class Cand {
        final Kind kind;
        final int start;
        final int end;
        String number;
        String year;
        String type;
        boolean codePrinted;
        String issuerCode;
        boolean partyOrder;
        Lexicon.TypeWord word;
        String date;
        String issuer;
        boolean issuerInherited;
        /** The issuer was read before the type word ("UBND huyện ban hành các Quyết định ..."). */
        boolean issuerBefore;

        Cand(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    private record WordHit(int start, int end, Lexicon.TypeWord word, boolean capitalised) {}

    public List<Citation> extract(String text, PageMap pages) {
        try {
            return extractOrFail(text == null ? "" : text, pages == null ? PageMap.single() : pages);
        } catch (RuntimeException | StackOverflowError e) {
            // Extraction is best effort: a bug on one odd input must not lose the rest of the record.
            CaughtFailures.report(e);
            return List.of();
        }
    }

    private List<Citation> extractOrFail(String text, PageMap pages) {
        CleanText clean = CleanText.of(text);
        try {
            return extractOrFail(text, pages, clean);
        } finally {
            // the working copy's shared chars are read by this reader only
            TextChars.forget(clean.text);
        }
    }

    private List<Citation> extractOrFail(String text, PageMap pages, CleanText clean) {
        String w = clean.text;
        List<RawSymbol> raws = RawSymbol.scan(w);
        List<WordHit> words = typeWords(w);
        // the line starts (layout) and list openings (shareListIssuer) of the working copy, from one pass over it
        int[][] starts = lineAndListIntroStarts(clean.chars);
        DocumentLayout layout = DocumentLayout.of(w, starts[0]);

        int n = raws.size();
        WordHit[] attached = new WordHit[n];
        List<List<int[]>> members = new ArrayList<>(n);
        ClauseReader.Tail[] tails = new ClauseReader.Tail[n];
        boolean[] skip = new boolean[n];
        Set<String> ownKeys = new HashSet<>();
        int wi = -1;
        for (int i = 0; i < n; i++) {
            RawSymbol r = raws.get(i);
            while (wi + 1 < words.size() && words.get(wi + 1).end() <= r.start()) wi++;
            List<int[]> listed = new ArrayList<>();
            attached[i] = attach(w, words, wi, r, i == 0 ? 0 : raws.get(i - 1).end(), listed);
            members.add(listed);
            int limit = Math.min(i + 1 < n ? raws.get(i + 1).start() : w.length(), r.end() + TAIL_MAX);
            tails[i] = ClauseReader.read(w, r.end(), limit, lexicon);
        }
        // Coordinated lists share the type word: "Kết luận số 57-KL/TW và 71-KL/TW"; a list of forms ("các biểu mẫu số
        // 01/TT, 02/TT, 15/TT") shares its form word, and none of it is a document
        boolean[] form = new boolean[n];
        for (int i = 0; i < n; i++) {
            form[i] = FORM_BEFORE.matcher(w).region(Math.max(0, raws.get(i).start() - 24), raws.get(i).start()).find();
        }
        for (int i = 1; i < n; i++) {
            if (attached[i] != null || attached[i - 1] == null && !form[i - 1]) continue;
            int from = tails[i - 1].end();
            int to = raws.get(i).start();
            if (to - from <= 24 && to >= from && COORD_GAP.matcher(w).region(from, to).matches()) {
                if (form[i - 1]) form[i] = true;
                else attached[i] = attached[i - 1];
            }
        }

        List<Cand> cands = new ArrayList<>();
        Cand[] full = new Cand[n];
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < n; i++) {
            RawSymbol r = raws.get(i);
            if (form[i]) {
                skip[i] = true;
                continue;
            }
            Cand c = classify(r, attached[i]);
            taken.add(r.start());
            if (c == null) {
                skip[i] = true;
                continue;
            }
            if (layout.isOwnNumber(w, r.start())) {
                if (c.type != null) ownKeys.add(CitationKey.of(c.number, c.type, c.issuerCode));
                skip[i] = true;
                continue;
            }
            ClauseReader.Tail t = tails[i];
            c.date = t.date();
            if (t.issuer() != null && (c.issuerCode == null || lexicon.fits(c.issuerCode, t.issuer()))) {
                c.issuer = t.issuer();
            }
            if (c.issuer == null || c.date == null) {
                // "Ngày 15/01/2024, UBND huyện ban hành Kế hoạch số ...": date and issuer printed before the type word
                int at = attached[i] != null && attached[i].end() <= r.start() ? attached[i].start() : r.start();
                ClauseReader.Lead lead = ClauseReader.readBefore(w, at, lexicon);
                if (lead != null) {
                    if (c.issuer == null && (c.issuerCode == null || lexicon.fits(c.issuerCode, lead.issuer()))) {
                        c.issuer = lead.issuer();
                        // "chỉ đạo của Thủ tướng Chính phủ tại Công điện số 86/CĐ-TTg ... và Công điện số 88/CĐ-TTg":
                        // the documents joined after one held "at" a body's words are that body's too
                        c.issuerBefore = lead.issued() || lead.at();
                    }
                    if (c.date == null) c.date = lead.date();
                }
            }
            if (c.issuer == null || c.date == null) {
                // "| 1 | Nghị quyết số 03-NQ/ĐU | 22/8/2025 | Ban Chấp hành Đảng bộ phường | ... |": a table listing
                // documents gives each one's date and issuer in columns of their own
                ListingTable.Cells row = ListingTable.at(w, r.start());
                if (row != null) {
                    if (c.date == null) c.date = row.date();
                    if (c.issuer == null) c.issuer = row.issuer();
                }
            }
            full[i] = c;
            cands.add(c);
            for (int[] span : members.get(i)) {
                taken.add(span[0]);
                Cand m = new Cand(Kind.LIST, span[0], span[1]);
                m.number = w.substring(span[0], span[1]);
                m.year = c.year;
                m.type = c.type;
                m.codePrinted = c.codePrinted;
                m.issuerCode = c.issuerCode;
                m.partyOrder = c.partyOrder;
                m.word = c.word;
                m.issuer = c.issuer;
                m.issuerInherited = true;
                // "các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017": the date printed once after the list is the list's
                m.date = tails[i].date();
                cands.add(m);
            }
        }
        shareIssuerBackwards(w, raws, attached, tails, full);
        shareListIssuer(w, full, starts[1]);
        shareIssuedListForward(w, raws, attached, tails, full);
        shareDateBackwards(w, raws, attached, tails, full);

        // Short forms: a type word and a bare number ("Kết luận 57", "Nghị quyết số 18"), resolved later.
        List<Cand> shorts = new ArrayList<>();
        for (WordHit h : words) {
            if (h.word().named() && !h.capitalised()) continue;
            Matcher m = SHORT.matcher(w).region(h.end(), Math.min(w.length(), h.end() + 24));
            if (!m.lookingAt() || taken.contains(m.start(1))) continue;
            Cand s = new Cand(Kind.SHORT, h.start(), m.end());
            s.number = m.group(1);
            s.year = m.group(2);
            s.word = h.word();
            shorts.add(s);
        }

        Map<String, List<Cand>> groups = new LinkedHashMap<>();
        List<Cand> untyped = new ArrayList<>();
        for (Cand c : cands) {
            if (c.type == null) {
                untyped.add(c);
                continue;
            }
            groups.computeIfAbsent(CitationKey.of(c.number, c.type, c.issuerCode), k -> new ArrayList<>()).add(c);
        }
        for (String k : ownKeys) groups.remove(k);
        mergeReorderedCodes(groups);
        for (Cand u : untyped) {
            List<Cand> target = unique(groups, g -> sameNumber(g.get(0).number, u.number)
                    && Lexicon.fold(g.get(0).issuerCode).equals(Lexicon.fold(u.issuerCode))
                    && (u.year == null || u.year.equals(yearOf(g))));
            if (target != null) target.add(u);
        }
        for (Cand s : shorts) {
            List<Cand> target = unique(groups, g -> sameNumber(g.get(0).number, s.number)
                    && (s.year == null || s.year.equals(yearOf(g))) && typeFits(g.get(0).type, s.word));
            if (target != null) target.add(s);
        }

        Set<List<Cand>> named = namedInBasis(w, words, layout, groups);
        List<Citation> out = new ArrayList<>();
        for (List<Cand> g : groups.values()) out.add(build(g, clean, pages, layout, named.contains(g)));
        out.sort(Comparator.comparingInt(c -> c.mentions().get(0).start()));
        return out;
    }

    /**
     * The groups a basis names by type and issuer, or a law by its name, without a number ({@link NamedBases}): each
     * the one citation of its type that the words around one of its mentions name so.
     */
    private Set<List<Cand>> namedInBasis(String w, List<WordHit> words, DocumentLayout layout,
            Map<String, List<Cand>> groups) {
        Set<List<Cand>> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (WordHit h : words) {
            if (!layout.isBasis(h.start())) continue;
            NamedBases.Named n = NamedBases.at(w, h.start(), h.end(), h.word());
            if (n == null) continue;
            List<Cand> g = unique(groups, x -> typeFits(x.get(0).type, h.word()) && !anyInBasis(x, layout)
                    && x.stream().anyMatch(c -> c.start != n.start() && NamedBases.names(n, w, c.start, c.end)));
            if (g != null) out.add(g);
        }
        return out;
    }

    private static boolean anyInBasis(List<Cand> g, DocumentLayout layout) {
        for (Cand c : g) if (layout.isBasis(c.start)) return true;
        return false;
    }

    private List<WordHit> typeWords(String w) {
        List<WordHit> out = new ArrayList<>();
        char[] chars = TextChars.of(w);
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!Chars.isLetter(c)) {
                i++;
                continue;
            }
            Lexicon.WordMatch m = lexicon.typeWordAt(chars, i, n);
            if (m != null) {
                out.add(new WordHit(i, m.end(), m.word(), Character.isUpperCase(c)));
                i = m.end();
                continue;
            }
            while (i < n && Chars.isLetterOrDigit(chars[i])) i++; // next word
        }
        return out;
    }

    /**
     * The type word that introduces a symbol: directly before it ("Kết luận số", "Chỉ thị"), before a list of bare
     * numbers that share it ("Nghị quyết số 18, 19-NQ/TW": the bare numbers go to {@code listed}), or, for laws, before
     * the law's name ("Luật Bầu cử ... số 85/2015/QH13").
     */
    private WordHit attach(String w, List<WordHit> words, int wi, RawSymbol r, int previousEnd, List<int[]> listed) {
        if (wi < 0) return null;
        WordHit h = words.get(wi);
        int gap = r.start() - h.end();
        if (gap >= 0 && gap <= NEAR_GAP && h.start() >= previousEnd) {
            if (DIRECT_GAP.matcher(w).region(h.end(), r.start()).matches()) return h;
            // "Nghị quyết chuyên đề số 05-NQ/ĐU", "Chương trình hành động số 12-CTr/TU": what kind of it, then "số"
            if (gap <= KIND_GAP_MAX && KIND_GAP.matcher(w).region(h.end(), r.start()).matches()) return h;
            Matcher lm = LIST_GAP.matcher(w).region(h.end(), r.start());
            if (lm.matches()) {
                Matcher num = LIST_NUMBER.matcher(w).region(lm.start(1), lm.end(1));
                while (num.find()) listed.add(new int[] {num.start(), num.end()});
                return h;
            }
        }
        for (int k = wi; k >= 0; k--) {
            WordHit named = words.get(k);
            if (r.start() - named.end() > NAMED_GAP || named.start() < previousEnd) break;
            if (!named.word().named() || !named.capitalised()) continue;
            boolean clean = true;
            for (int i = named.end(); i < r.start(); i++) {
                char c = w.charAt(i);
                if (c == '.' || c == ';' || c == ':' || c == '\n' && i + 1 < r.start() && w.charAt(i + 1) == '-') {
                    clean = false;
                    break;
                }
            }
            if (clean && NAMED_GAP_END.matcher(w).region(named.end(), r.start()).find()) return named;
        }
        return null;
    }

    /** Type and issuer code from the printed groups and the type word; null when it is not a citation. */
    private Cand classify(RawSymbol r, WordHit hit) {
        Lexicon.TypeWord word = hit == null ? null : hit.word();
        List<String> g = r.groups();
        Cand c = new Cand(Kind.FULL, r.start(), r.end());
        c.number = r.number();
        c.year = r.year();
        c.partyOrder = r.partyOrder();
        c.word = word;
        if (r.partyOrder()) {
            Lexicon.TypeCode tc = lexicon.typeCode(g.get(0));
            if (tc == null && word == null) return null;
            c.type = tc != null ? tc.code() : regular(g.get(0));
            c.codePrinted = true;
            c.issuerCode = regular(String.join("-", g.subList(1, g.size())));
            return c;
        }
        Lexicon.TypeCode tc = g.size() >= 2 ? lexicon.typeCode(g.get(0)) : null;
        if (tc != null) {
            c.type = tc.code();
            c.codePrinted = true;
            c.issuerCode = regular(String.join("-", g.subList(1, g.size())));
            // an issuer code is an abbreviation of two letters or more (CP, TTg, UBND): one letter after the type is
            // a symbol cut at a line end and joined to the next word ("73/2024/NĐ- K" from a mangled table cell)
            if (c.issuerCode.codePointCount(0, c.issuerCode.length()) == 1) return null;
            return c;
        }
        if (r.year() == null && g.size() < 2 && word == null) return null;
        c.issuerCode = regular(String.join("-", g));
        if (word != null) c.type = word.code();
        else c = untyped(c);
        return c;
    }

    private static Cand untyped(Cand c) {
        Cand u = new Cand(Kind.UNTYPED, c.start, c.end);
        u.number = c.number;
        u.year = c.year;
        u.issuerCode = c.issuerCode;
        u.partyOrder = c.partyOrder;
        return u;
    }

    private static String regular(String code) {
        return code.replace('\u00D0', 'Đ');
    }

    /**
     * "Kế hoạch số 358-KH/TU và Chương trình hành động số 80-CTr/TU của Ban Thường vụ Thành ủy": an issuer phrase
     * right after the last member of a coordinated list names the issuer of the earlier members too, when they have
     * none of their own and the phrase fits their issuer code. A date is never shared.
     */
    private void shareIssuerBackwards(String w, List<RawSymbol> raws, WordHit[] attached, ClauseReader.Tail[] tails,
                                      Cand[] full) {
        for (int i = raws.size() - 1; i > 0; i--) {
            Cand last = full[i];
            // "các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương": the issuer after
            // the last member's date still names the whole list when the earlier members print no date of their own
            if (last == null || last.issuer == null) continue;
            for (int j = i - 1; j >= 0; j--) {
                Cand prev = full[j];
                if (prev == null || prev.issuer != null) break;
                boolean sameCode = Lexicon.fold(prev.issuerCode).equals(Lexicon.fold(last.issuerCode));
                // "Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 và Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính
                // phủ": members dated one by one still share the issuer when their symbols name the same issuer
                if (!tails[i].issuerDirect() && prev.date != null && !sameCode) break;
                int from = tails[j].end();
                int to = raws.get(j + 1).start();
                WordHit h = attached[j + 1];
                if (h != null && h.start() >= from && h.start() < to) to = h.start();
                if (to < from || to - from > 24 || !COORD_GAP.matcher(w).region(from, to).matches()) break;
                if (prev.date != null && !tails[i].issuerDirect() && w.substring(from, to).indexOf(';') >= 0) break;
                if (!sameCode && !(lexicon.knowsBodies(prev.issuerCode) && lexicon.fits(prev.issuerCode, last.issuer))) {
                    break;
                }
                prev.issuer = last.issuer;
                prev.issuerInherited = true;
            }
        }
    }

    // "các Nghị định", "những văn bản", or a type word opening a line or an item ("- Nghị định của Chính phủ ...")
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+\\p{Lu}|\\n\\s*\\n\\s*(?:[-+•]|\\d{1,2}[.)]|[IVX]+\\.)");
    private static final int ISSUED_LIST_REACH = 400;

    /**
     * "UBND huyện ban hành các Quyết định số 125/QĐ-UBND ... giao kế hoạch vốn; Kế hoạch số 45/KH-UBND ... và số
     * 67/KH-UBND ...": documents listed after the body that issued them, one after another at a semicolon or
     * comma, share that body until the sentence ends or another verb opens the next item ("; triển khai Nghị
     * quyết ..." names what was carried out, not what was issued).
     */
    private void shareIssuedListForward(String w, List<RawSymbol> raws, WordHit[] attached, ClauseReader.Tail[] tails,
                                        Cand[] full) {
        for (int i = 1; i < raws.size(); i++) {
            Cand c = full[i];
            if (c == null || c.issuer != null || c.type == null) continue;
            int j = i - 1;
            while (j >= 0 && full[j] == null) j--;
            if (j < 0) continue;
            int prev = j;
            if (full[j].issuer == null || !full[j].issuerBefore) {
                // "...; Kế hoạch số 38/KH-UBND ... triển khai thực hiện Kế hoạch số 127/KH-UBND của Ủy ban nhân dân
                // tỉnh; Quyết định số 71/QĐ-UBND": a document an item names inside it has its own issuer; the
                // list's goes on past it
                int k = j - 1;
                while (k >= 0 && full[k] == null) k--;
                if (k < 0 || full[k].issuer == null || !full[k].issuerBefore) continue;
                int inner = attached[j] != null && attached[j].start() >= tails[k].end() ? attached[j].start() : raws.get(j).start();
                if (inner - tails[k].end() > ISSUED_LIST_REACH || opensItem(w, tails[k].end(), inner)
                        || SENTENCE_END.matcher(w).region(tails[k].end(), inner).find()) {
                    continue;
                }
                j = k;
            }
            int from = tails[prev].end();
            WordHit h = attached[i];
            int to = h != null && h.start() >= from ? h.start() : raws.get(i).start();
            if (to < from || to - from > ISSUED_LIST_REACH) continue;
            if (SENTENCE_END.matcher(w).region(from, to).find()) continue;
            // the item opens right at the separator: "...; Kế hoạch số", "..., và số"
            if (!opensItem(w, from, to) && to != from) continue;
            if (c.issuerCode != null && !lexicon.fits(c.issuerCode, full[j].issuer)) continue;
            c.issuer = full[j].issuer;
            c.issuerInherited = true;
            c.issuerBefore = true;
        }
    }

    /** Whether the item at {@code to} opens right at a separator after {@code from}: "...; Kế hoạch số", "..., và số". */
    private static boolean opensItem(String w, int from, int to) {
        int k = to - 1;
        while (k >= from && Character.isWhitespace(w.charAt(k))) k--;
        if (k >= from + 1 && w.startsWith("số", k - 1)) k -= 2; // "... và số 67/KH-UBND"
        while (k >= from && Character.isWhitespace(w.charAt(k))) k--;
        // "...; ban hành Quyết định số 412/QĐ-SYT": the item repeats the list's verb
        if (k >= from + 7 && w.startsWith("ban hành", k - 7)) {
            k -= 8;
            while (k >= from && Character.isWhitespace(w.charAt(k))) k--;
            if (k >= from + 1 && w.startsWith("đã", k - 1)) k -= 2;
            while (k >= from && Character.isWhitespace(w.charAt(k))) k--;
        }
        return k >= from && (w.charAt(k) == ';' || w.charAt(k) == ',')
                || k >= from + 1 && w.startsWith("và", k - 1) && (k - 2 < from || !Character.isLetter(w.charAt(k - 2)));
    }

    /**
     * Searched only at line starts and at "c", "n", "m" after a non-letter, where its alternatives begin
     * ({@link SparseFind}).
     */
    static final SparseFind LIST_INTRO = new SparseFind(Pattern.compile(
            "(?<![\\p{L}])(?:[Cc]ác|[Nn]hững|[Mm]ột\\ssố)\\s|(?m)^[ \\t]*(?:[-+•–][ \\t]*)?(?=\\p{Lu})"),
            (text, i) -> {
                char c = text.charAt(i);
                boolean word = (c == 'C' || c == 'c' || c == 'N' || c == 'n' || c == 'M' || c == 'm')
                        && (i == 0 || !Chars.isLetter(text.charAt(i - 1)));
                return word || SparseFind.isLineStart(text, i);
            });
    private static final Pattern LIST_OF = Pattern.compile("[^;.:\\n\\d]{0,160}?\\s(?:của|do)\\s");
    private static final Pattern LIST_OPEN = Pattern.compile(
            "[^;.]{0,200}?(?::|(?<![\\p{L}])(?:bao\\sgồm|gồm|như\\ssau|sau\\sđây)(?![\\p{L}]))");
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            "(?<![\\p{L}])(?:[Cc]ăn\\scứ|CĂN\\sCỨ|[Xx]ét\\s|[Tt]heo\\sđề\\snghị|[Tt]hực\\shiện\\s)");
    private static final int LIST_REACH = 900;

    /**
     * "Căn cứ các Nghị định của Chính phủ ..., bao gồm: Nghị định số 71/2018/NĐ-CP; Nghị định số 181/2024/NĐ-CP",
     * "các văn bản của Bộ Công Thương: Thông tư số ...": a list introduced by "các/những + type word + của + body"
     * and a colon or "gồm" is a list of that body's documents. Each member of the announced type that names no
     * issuer of its own gets the body; the list ends where a new clause opens ("Căn cứ", "Xét", a sentence end) or
     * a line that is not one of its items.
     */
    /** A list opening: where its items begin, the body named, the type word announced. */
    private record ListIntro(int openEnd, String issuer, Lexicon.TypeWord word) {}

    private void shareListIssuer(String w, Cand[] full, int[] introStarts) {
        // one pass over the text finds the openings; each citation then looks back to the nearest one in reach
        List<ListIntro> intros = listIntros(w, introStarts);
        if (intros.isEmpty()) return;
        int k = 0;
        for (Cand c : full) {
            if (c == null) continue;
            while (k + 1 < intros.size() && intros.get(k + 1).openEnd() <= c.start) k++;
            ListIntro in = intros.get(k);
            if (c.issuer != null || c.type == null || in.openEnd() > c.start || c.start - in.openEnd() > LIST_REACH) continue;
            boolean anyType = in.word().word().equalsIgnoreCase("Văn bản");
            if (!anyType && !typeFits(c.type, in.word())) continue;
            if (!listRunsOn(w, in.openEnd(), c.start)) continue;
            if (c.issuerCode != null && !lexicon.fits(c.issuerCode, in.issuer())) continue;
            c.issuer = in.issuer();
            c.issuerInherited = true;
        }
    }

    /**
     * The positions LIST_INTRO can match at, in one pass: line starts, and after a non-letter the first two chars of
     * "[Cc]ác", "[Nn]hững" or "[Mm]ột" (the pattern's words are case-sensitive past their first letter). Admitting
     * every word opening with c, n or m ("của", "năm", "một", ...) entered the regex engine at most words of a plan.
     */
    static int[] listIntroStarts(String w) {
        char[] chars = TextChars.of(w);
        int n = chars.length;
        int[] out = new int[Math.max(16, n / 16)];
        int k = 0;
        boolean afterLetter = false;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            // "á" U+00E1, "ữ" U+1EEF, "ộ" U+1ED9: the precomposed letters of the pattern (the working copy is NFC)
            boolean word = !afterLetter && i + 2 < n
                    && ((c == 'C' || c == 'c') && chars[i + 1] == '\u00e1' && chars[i + 2] == 'c'
                    || (c == 'N' || c == 'n') && chars[i + 1] == 'h' && chars[i + 2] == '\u1eef'
                    || (c == 'M' || c == 'm') && chars[i + 1] == '\u1ed9' && chars[i + 2] == 't');
            if (word || lineStart) {
                if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
                out[k++] = i;
            }
            afterLetter = Chars.isLetter(c);
            lineStart = TextChars.isLineTerminator(c);
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /**
     * {@link SparseFind#lineStarts} ({@code [0]}) and {@link #listIntroStarts} ({@code [1]}) of the chars of a text, in
     * one pass with one table read per char: the two were separate passes over the working copy, each with two or
     * more tests per char (under C1 each is a compare and a branch; the six compares for "c", "n", "m" were the
     * largest self time of the citation reader). {@code CitationStartsTest} compares it with both.
     */
    static int[][] lineAndListIntroStarts(char[] chars) {
        int n = chars.length;
        int[] lines = new int[Math.max(16, n / 32)];
        int[] intros = new int[Math.max(16, n / 16)];
        int lineCount = 0;
        int introCount = 0;
        byte[] flags = START_FLAGS;
        byte before = START_TERMINATOR; // position 0 is a line start, with no letter before it
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            byte f = flags[c];
            if ((before & START_TERMINATOR) != 0) {
                if (lineCount == lines.length) lines = java.util.Arrays.copyOf(lines, lineCount * 2);
                lines[lineCount++] = i;
                if (introCount == intros.length) intros = java.util.Arrays.copyOf(intros, introCount * 2);
                intros[introCount++] = i;
            } else if ((f & START_OPENS) != 0 && (before & START_LETTER) == 0 && i + 2 < n && opensListWord(chars, i)) {
                if (introCount == intros.length) intros = java.util.Arrays.copyOf(intros, introCount * 2);
                intros[introCount++] = i;
            }
            before = f;
        }
        return new int[][] {java.util.Arrays.copyOf(lines, lineCount), java.util.Arrays.copyOf(intros, introCount)};
    }

    /** "[Cc]ác", "[Nn]hững" or "[Mm]ột" opening at {@code i} (two chars follow it), as {@link #listIntroStarts} reads it. */
    private static boolean opensListWord(char[] chars, int i) {
        char c = chars[i];
        return (c == 'C' || c == 'c') && chars[i + 1] == '\u00e1' && chars[i + 2] == 'c'
                || (c == 'N' || c == 'n') && chars[i + 1] == 'h' && chars[i + 2] == '\u1eef'
                || (c == 'M' || c == 'm') && chars[i + 1] == '\u1ed9' && chars[i + 2] == 't';
    }

    /** {@link #lineAndListIntroStarts}' flags of each char: a letter ({@link Chars#isLetter}). */
    private static final byte START_LETTER = 1;
    /** A line terminator ({@link TextChars#isLineTerminator}). */
    private static final byte START_TERMINATOR = 2;
    /** The first char of a list word: "C", "c", "N", "n", "M", "m". */
    private static final byte START_OPENS = 4;
    private static final byte[] START_FLAGS = startFlags();

    private static byte[] startFlags() {
        byte[] flags = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            byte f = 0;
            if (Chars.isLetter(ch)) f |= START_LETTER;
            if (TextChars.isLineTerminator(ch)) f |= START_TERMINATOR;
            if ("CcNnMm".indexOf(ch) >= 0) f |= START_OPENS;
            flags[c] = f;
        }
        return flags;
    }

    private List<ListIntro> listIntros(String w, int[] introStarts) {
        List<ListIntro> out = new ArrayList<>();
        int n = w.length();
        SparseFind.Scan scan = LIST_INTRO.scan(w, introStarts);
        while (scan.find()) {
            Matcher intro = scan.matcher();
            Lexicon.WordMatch tw = lexicon.typeWordAt(w, intro.end(), n);
            if (tw == null) continue;
            Matcher of = LIST_OF.matcher(w).region(tw.end(), Math.min(n, tw.end() + 200));
            if (!of.lookingAt()) continue;
            int s = of.end();
            int e = ClauseReader.issuerEnd(w, s, Math.min(n, s + 200), lexicon);
            if (e <= s) continue;
            Matcher open = LIST_OPEN.matcher(w).region(e, Math.min(n, e + 240));
            if (!open.lookingAt()) continue;
            out.add(new ListIntro(open.end(), w.substring(s, e).replace('\n', ' ').trim(), tw.word()));
        }
        return out;
    }

    /** The text between a list's opening and one of its members holds only items: no new clause, no new paragraph. */
    private boolean listRunsOn(String w, int from, int to) {
        if (CLAUSE_OPENER.matcher(w).region(from, to).find()) return false;
        for (int i = from; i < to; i++) {
            char ch = w.charAt(i);
            if (ch == '.' && i + 1 < to && (w.charAt(i + 1) == '\n'
                    || w.charAt(i + 1) == ' ' && i + 2 < to && Character.isUpperCase(w.charAt(i + 2))
                    && lexicon.typeWordAt(w, i + 2, to) == null)) {
                return false;
            }
            if (ch != '\n' || i + 1 >= to) continue;
            char next = w.charAt(i + 1);
            boolean item = "-+•*–".indexOf(next) >= 0 || Character.isDigit(next) || Character.isLowerCase(next)
                    || lexicon.typeWordAt(w, i + 1, to) != null || w.startsWith("Số", i + 1);
            if (!item) return false;
        }
        return true;
    }

    /**
     * "Kế hoạch số 16/KH-MTTQ-BTT" and later "Kế hoạch số 16/KH-BTT-MTTQ": a compound issuer code whose parts are
     * printed in another order in the same text names the same body, so it is the same document; it joins the form
     * printed first. Only the order of the parts may differ: number, type and every part must be the same.
     */
    private static void mergeReorderedCodes(Map<String, List<Cand>> groups) {
        Map<String, List<Cand>> byParts = new HashMap<>();
        var it = groups.entrySet().iterator();
        while (it.hasNext()) {
            List<Cand> g = it.next().getValue();
            Cand c = g.get(0);
            if (c.issuerCode == null || c.issuerCode.indexOf('-') < 0) continue;
            String[] parts = Lexicon.fold(c.issuerCode).split("-");
            java.util.Arrays.sort(parts);
            String key = strip(c.number) + "|" + Lexicon.fold(c.type) + "|" + String.join("-", parts);
            List<Cand> first = byParts.putIfAbsent(key, g);
            if (first != null) {
                first.addAll(g);
                it.remove();
            }
        }
    }

    /**
     * "Quyết định số 45/QĐ-UBND, 46/QĐ-UBND ngày 20/02/2024", "Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017":
     * a date printed once after a list of documents of one type from one body, issued together, is the date of
     * every member that prints none of its own. Members of other types or bodies keep theirs to themselves
     * ("Kế hoạch số 12/KH-UBND và Quyết định số 15/QĐ-UBND ngày ..." says nothing about the plan's date).
     */
    private static void shareDateBackwards(String w, List<RawSymbol> raws, WordHit[] attached, ClauseReader.Tail[] tails,
                                           Cand[] full) {
        for (int i = raws.size() - 1; i > 0; i--) {
            Cand last = full[i];
            if (last == null || tails[i].date() == null || last.type == null) continue;
            for (int j = i - 1; j >= 0; j--) {
                Cand prev = full[j];
                if (prev == null || prev.date != null || tails[j].issuer() != null) break;
                // a member whose type or issuer code OCR left unread shares nothing
                if (prev.type == null || last.issuerCode == null || prev.issuerCode == null) break;
                if (!Lexicon.fold(last.type).equals(Lexicon.fold(prev.type))
                        || !Lexicon.fold(last.issuerCode).equals(Lexicon.fold(prev.issuerCode))) {
                    break;
                }
                int from = tails[j].end();
                int to = raws.get(j + 1).start();
                WordHit h = attached[j + 1];
                if (h != null && h.start() >= from && h.start() < to) to = h.start();
                if (to < from || to - from > 24 || w.substring(from, to).indexOf(';') >= 0
                        || !COORD_GAP.matcher(w).region(from, to).matches()) {
                    break;
                }
                prev.date = tails[i].date();
            }
        }
    }

    private boolean typeFits(String type, Lexicon.TypeWord word) {
        if (Lexicon.fold(type).equals(Lexicon.fold(word.code()))) return true;
        Lexicon.TypeCode tc = lexicon.typeCode(type);
        return tc != null && tc.means(word.word());
    }

    private static boolean sameNumber(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String number) {
        int i = 0;
        while (i < number.length() - 1 && number.charAt(i) == '0') i++;
        return number.substring(i);
    }

    private static String yearOf(List<Cand> g) {
        for (Cand c : g) if (c.year != null) return c.year;
        return null;
    }

    private static List<Cand> unique(Map<String, List<Cand>> groups, java.util.function.Predicate<List<Cand>> p) {
        List<Cand> found = null;
        for (List<Cand> g : groups.values()) {
            if (p.test(g)) {
                if (found != null) return null; // ambiguous: leave it unresolved rather than guess
                found = g;
            }
        }
        return found;
    }

    private Citation build(List<Cand> g, CleanText clean, PageMap pages, DocumentLayout layout, boolean namedInBasis) {
        g.sort(Comparator.comparingInt(c -> c.start));
        Cand first = g.stream().filter(c -> c.kind == Kind.FULL).findFirst()
                .orElse(g.stream().filter(c -> c.kind != Kind.SHORT && c.kind != Kind.UNTYPED).findFirst()
                        .orElse(g.get(0)));
        String number = first.number;
        String year = yearOf(g);
        String type = first.type;
        String issuerCode = first.issuerCode;
        boolean codePrinted = g.stream().anyMatch(c -> c.codePrinted);

        Lexicon.System system = lexicon.issuerSystem(issuerCode);
        boolean party;
        if (system == Lexicon.System.PARTY) party = true;
        else if (system == Lexicon.System.STATE) party = false;
        else {
            int partyVotes = 0;
            int stateVotes = 0;
            for (Cand c : g) {
                if (c.kind != Kind.FULL && c.kind != Kind.UNTYPED) continue;
                if (c.partyOrder) partyVotes++;
                else stateVotes++;
            }
            party = partyVotes == stateVotes ? first.partyOrder : partyVotes > stateVotes;
        }
        String symbol;
        if (year != null || !party || !codePrinted) {
            symbol = number + "/" + (year == null ? "" : year + "/") + (codePrinted ? type + "-" : "") + issuerCode;
        } else {
            symbol = number + "-" + type + "/" + issuerCode;
        }

        Lexicon.TypeCode tc = lexicon.typeCode(type);
        String typeName = null;
        for (Cand c : g) {
            if (c.word == null) continue;
            boolean fits = tc != null ? tc.means(c.word.word()) : Lexicon.fold(type).equals(Lexicon.fold(c.word.code()));
            if (fits && (typeName == null || c.word.word().length() > typeName.length())) typeName = c.word.word();
        }
        if (typeName == null && tc != null) typeName = tc.name();

        String date = mostFrequentDate(g);
        String issuer = bestIssuer(g, false);
        if (issuer == null) issuer = bestIssuer(g, true);

        boolean implementing = namedInBasis;
        List<Mention> mentions = new ArrayList<>(g.size());
        for (Cand c : g) {
            if (layout.isBasis(c.start) && !Reviews.reviewed(clean.text, c.start)
                    && !(layout.inTitle(c.start) && (Reviews.amendedInTitle(clean.text, c.start, layout.titleStart)
                            || Reviews.answeredInTitle(clean.text, c.start, layout.titleStart)))) {
                implementing = true;
            }
            int s = clean.inputStart(c.start);
            int e = Math.max(s, clean.inputEnd(c.end));
            mentions.add(new Mention(s, e, pages.pageOf(s), textSlice(clean, s, e)));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Citation(symbol, type, typeName, number, year, issuerCode, date, issuer, implementing, mentions);
    }

    private static String textSlice(CleanText clean, int s, int e) {
        return clean.original.substring(Math.min(s, clean.original.length()), Math.min(e, clean.original.length()));
    }

    private static String mostFrequentDate(List<Cand> g) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Cand c : g) {
            if (c.date == null) continue;
            int k = counts.merge(c.date, 1, Integer::sum);
            if (k > bestCount) {
                best = c.date;
                bestCount = k;
            }
        }
        return best;
    }

    /**
     * The issuer as first printed (Nghị định 30/2020/NĐ-CP, Phụ lục I, 6b: the first mention of a document is the
     * full one, later mentions give only type and symbol), replaced only by a later form that contains it, a more
     * specific name of the same body ("Tỉnh ủy", later "Ban Thường vụ Tỉnh ủy"). A later phrase that merely runs
     * on past the name, as a table cell does into the next ("Bộ Công Thương Cấp lại Giấy phép ..."), does not win.
     */
    private static String bestIssuer(List<Cand> g, boolean inherited) {
        String best = null;
        String bestFolded = null;
        for (Cand c : g) {
            if (c.issuer == null || c.issuerInherited != inherited) continue;
            String folded = " " + Lexicon.foldName(c.issuer) + " ";
            if (best == null || folded.length() > bestFolded.length() && folded.contains(bestFolded)) {
                best = c.issuer;
                bestFolded = folded;
            }
        }
        return best;
    }
}
