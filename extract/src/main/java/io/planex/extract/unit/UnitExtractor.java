package io.planex.extract.unit;

import io.planex.extract.CaughtFailures;
import io.planex.extract.header.NormalCase;
import io.planex.extract.text.CapitalLines;
import io.planex.extract.text.RestatedParts;
import io.planex.extract.text.Words;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PageMap;
import io.planex.extract.model.Unit;
import io.planex.extract.unit.Outline.Marker;
import io.planex.extract.unit.Outline.Paragraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the units assigned tasks in the implementation part of a document.
 *
 * <p>Sources, in text order: the items of "Tổ chức thực hiện"-like sections whose heading is a unit (or an
 * assignment "Giao ...; ..."), the numbered items of "Nhiệm vụ"-like sections whose subject is a unit, the
 * article of a decision that names who carries it out ("Điều 3. ... chịu trách nhiệm thi hành"), and the lead
 * column of task tables. Units named only as partners inside tasks ("phối hợp với ...") are kept with
 * {@code lead=false}. Recipients are never units by being recipients: the "Nơi nhận" block is outside the body.
 */
public final class UnitExtractor {
    private static final List<String[]> SECTIONS = sections();
    private static final int MAX_NAME_WORDS = 30;
    private static final int MAX_HEADING_WORDS = 20;
    /** The closing formula's opening: "Trên đây là Kế hoạch ...". */
    private static final Pattern SUMMARY = Pattern.compile("(?iu)trên\\s+đây(?![\\p{L}])");
    private static final Pattern CLOSING = Pattern.compile("(?iu)^(?:trên đây|nơi nhận|(yêu cầu)|kính gửi)\\b");
    static final Pattern RECIPIENTS = Pattern.compile("(?mu)^[ \\t]*Nơi nhận\\s*:?");
    /** The literal every RECIPIENTS match holds right after the line's spaces. */
    private static final String RECIPIENTS_WORDS = "Nơi nhận";
    // "thi hành" not after "hướng dẫn" ("các văn bản hướng dẫn thi hành": what carries a law out, no executing verb)
    private static final Pattern EXECUTION = Pattern.compile(
            "(?iu)\\s*(?:,\\s*)?(?:chịu\\s+trách\\s+nhiệm|có\\s+trách\\s+nhiệm|căn\\s+cứ\\s+quyết\\s+định|căn\\s+cứ\\s+chức\\s+năng|"
                    + "tổ\\s+chức\\s+thực\\s+hiện|(?<!hướng\\sdẫn\\s)thi\\s+hành|triển\\s+khai\\s+thực\\s+hiện)");
    private static final Pattern ARTICLE_HEAD = Pattern.compile("(?iu)^điều\\s+\\d{1,3}\\s*[.:]?\\s*");
    private static final Pattern ADDRESS = Pattern.compile("(?iu)^(?:các\\s+)?(?:ông|bà|đồng chí)(?:\\s*\\(bà\\)|\\s*,\\s*bà|/bà)?\\s*:?\\s*");
    // "... và các ông (bà) có tên tại Điều 1": the members the decision names, who carry it out with the bodies listed
    // (kept in the list's last part, or a part of their own after a semicolon)
    private static final Pattern MEMBERS_TAIL = Pattern.compile(
            "(?iu)(?:\\s*,|\\s+và)?\\s*(?:các\\s+)?(?:ông|bà|đồng chí|thành viên)[\\s(),/bà]{0,12}có\\s+tên\\s+(?:tại|ở|trong)\\s+"
                    + "Điều\\s+\\d{1,3}\\s*$");
    // "Điều 2. Ban Chỉ đạo có nhiệm vụ ...": the body the decision sets up, as the subject of its duties
    private static final Pattern DUTY = Pattern.compile(
            "(?u)^([^;,:.]{2,80}?)\\s+(?:có\\s+nhiệm\\s+vụ|có\\s+trách\\s+nhiệm|chịu\\s+trách\\s+nhiệm)(?![\\p{L}])");
    /** "có nhiệm vụ, quyền hạn theo quy định của Luật Thanh tra": the powers a law gives, no task of the document's. */
    private static final Pattern DUTY_BY_LAW = Pattern.compile("(?iu)\\s*,?\\s*(?:và\\s+)?quyền\\s+hạn\\s+theo\\s+quy\\s+định");
    private static final Pattern PARTNER = Pattern.compile("(?iu)phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?\\s+");

    /**
     * Section kind of a heading, or null when it is not a recognised section heading. Compared without
     * diacritics: headings are short capitals that OCR often misreads ("TỔ CHỨC THỤC HIỆN").
     */
    static String sectionKind(String heading) {
        // the first entry (in file order) contained anywhere in the bare heading, found in one pass over it: at
        // each char only the entries opening with it are compared (it was a contains() per entry)
        char[] f = Words.bareChars(heading);
        int best = SECTION_EMPTY;
        int n = f.length;
        int m = SECTION_SKIP_LENGTH;
        int i = 0;
        while (i < n && best > 0) {
            if (m > 0) {
                // no entry fits from here on; else skip the window starts its last two chars rule out
                if (i + m > n) break;
                char a = f[i + m - 2];
                char b = f[i + m - 1];
                int shift = a < PAIR && b < PAIR ? SECTION_SHIFT[a * PAIR + b] : m - 1;
                if (shift > 0) {
                    i += shift;
                    continue;
                }
            }
            best = sectionAt(f, i, best);
            i++;
        }
        return best < SECTIONS.size() ? SECTIONS.get(best)[0] : null;
    }

    /** The first of the entries before {@code best} that starts at {@code i} of {@code f}, else {@code best}. */
    private static int sectionAt(char[] f, int i, int best) {
        char c = f[i];
        if (c >= SECTION_BY_FIRST.length) return best;
        int[] candidates = SECTION_BY_FIRST[c];
        if (candidates == null) return best;
        // the entries that also agree on the second char: most words opening like an entry do not
        if (c < PAIR && i + 1 < f.length && f[i + 1] < PAIR) candidates = SECTION_BY_PAIR[c * PAIR + f[i + 1]];
        for (int k : candidates) {
            if (k >= best) break;
            char[] entry = SECTION_CHARS[k];
            if (i + entry.length > f.length) continue;
            int j = 1;
            while (j < entry.length && f[i + j] == entry[j]) j++;
            if (j == entry.length) return k;
        }
        return best;
    }

    /** {@link #sectionKind} as its definition reads: the kind of the first entry the bare heading contains. */
    static String sectionKindByContains(String heading) {
        String f = Words.bare(heading);
        for (String[] s : SECTIONS) {
            if (f.contains(s[1])) return s[0];
        }
        return null;
    }

    /** The bare section entries as chars, and for each first char the entries opening with it, in file order. */
    private static final char[][] SECTION_CHARS = SECTIONS.stream().map(s -> s[1].toCharArray()).toArray(char[][]::new);
    private static final int[][] SECTION_BY_FIRST = sectionsByFirst();
    /** Bare chars below this (ASCII: bare text is mostly that) have {@link #SECTION_BY_PAIR} entries. */
    private static final int PAIR = 128;
    /**
     * For a first and a second char below {@link #PAIR}, the entries of {@link #SECTION_BY_FIRST} for the first whose
     * second char is the second (or that have none), in file order: the others fail on their second char anyway.
     * sectionKind runs over every paragraph, and the comparison loop over entries sharing a first letter was its
     * largest self time.
     */
    private static final int[][] SECTION_BY_PAIR = sectionsByPair();

    private static int[][] sectionsByPair() {
        int[][] by = new int[PAIR * PAIR][];
        for (int first = 0; first < PAIR && first < SECTION_BY_FIRST.length; first++) {
            int[] entries = SECTION_BY_FIRST[first];
            if (entries == null) continue;
            for (int second = 0; second < PAIR; second++) {
                final int s = second;
                by[first * PAIR + second] = Arrays.stream(entries)
                        .filter(k -> SECTION_CHARS[k].length == 1 || SECTION_CHARS[k][1] == s).toArray();
            }
        }
        return by;
    }

    /**
     * The length of the shortest entry, when {@link #sectionKind} skips window starts by {@link #SECTION_SHIFT} (every
     * entry is ASCII, bare text's own alphabet, and at least three chars long), else 0. The search is Wu-Manber's
     * with blocks of two chars: sectionKind reads every paragraph of a plan, long list items included, and at most
     * of their chars the section words' common pairs ("th", "nh", "ch", "tr") made it compare entries.
     */
    private static final int SECTION_SKIP_LENGTH = sectionSkipLength();
    /**
     * For two ASCII chars, how far the window start may move when they are the last two chars of a window of
     * {@link #SECTION_SKIP_LENGTH}: no entry starts at a skipped position, since each would put the pair inside its
     * first {@code SECTION_SKIP_LENGTH} chars, where the shift is smaller. 0: an entry may start here.
     */
    private static final byte[] SECTION_SHIFT = sectionShifts();

    private static int sectionSkipLength() {
        int m = Integer.MAX_VALUE;
        for (char[] e : SECTION_CHARS) {
            for (char c : e) if (c >= PAIR) return 0;
            m = Math.min(m, e.length);
        }
        return m >= 3 && m < 100 ? m : 0;
    }

    private static byte[] sectionShifts() {
        int m = SECTION_SKIP_LENGTH;
        byte[] shift = new byte[PAIR * PAIR];
        if (m == 0) return shift;
        Arrays.fill(shift, (byte) (m - 1));
        for (char[] e : SECTION_CHARS) {
            for (int q = 1; q < m; q++) {
                int pair = e[q - 1] * PAIR + e[q];
                shift[pair] = (byte) Math.min(shift[pair], m - 1 - q);
            }
        }
        return shift;
    }

    /** The first empty entry (contained in every heading), else past the end. */
    private static final int SECTION_EMPTY = firstEmptySection();

    private static int[][] sectionsByFirst() {
        int size = 1;
        for (char[] e : SECTION_CHARS) if (e.length > 0) size = Math.max(size, e[0] + 1);
        int[][] by = new int[size][];
        for (int k = 0; k < SECTION_CHARS.length; k++) {
            char[] e = SECTION_CHARS[k];
            if (e.length == 0) continue;
            int[] old = by[e[0]] == null ? new int[0] : by[e[0]];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            by[e[0]] = grown;
        }
        return by;
    }

    private static int firstEmptySection() {
        for (int k = 0; k < SECTION_CHARS.length; k++) if (SECTION_CHARS[k].length == 0) return k;
        return SECTION_CHARS.length;
    }

    public List<Unit> extract(String text, PageMap pages) {
        String t = text == null ? "" : text;
        PageMap p = pages == null ? PageMap.single() : pages;
        try {
            return find(t, p);
        } catch (RuntimeException e) {
            // Extraction must never fail a document; a unit list is optional information.
            CaughtFailures.report(e);
            return List.of();
        }
    }

    private record Found(String name, int start, int end, List<String> tasks) {}

    /** The type headings a document's title follows ("KẾ HOẠCH", "QUYẾT ĐỊNH", ...), as the header reads them. */
    private static final java.util.Set<String> TYPE_HEADINGS =
            java.util.Set.copyOf(io.planex.extract.header.HeaderExtractor.typeHeadingsAsPrinted());

    /** How far into a text its type heading and title may stand. */
    private static final int TITLE_REACH = 4000;

    /**
     * The paragraphs without the document's title when the title opens as an assignment does: "KẾ HOẠCH" / "Phân
     * công các phòng, chi cục, đơn vị thuộc Sở thực hiện nhiệm vụ năm 2026" names what the document is about, and
     * its units are those its parts assign (the paragraph right after the first type heading in capitals).
     */
    private static List<Paragraph> withoutAssigningTitle(List<Paragraph> ps, int bodyEnd) {
        for (int i = 0; i + 1 < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.start() >= Math.min(bodyEnd, TITLE_REACH)) break;
            if (!p.caps() || !TYPE_HEADINGS.contains(p.text().strip())) continue;
            Paragraph title = ps.get(i + 1);
            if (title.marker() != Marker.NONE || !opensWithAssignment(title)) return ps;
            List<Paragraph> out = new ArrayList<>(ps);
            out.remove(i + 1);
            return out;
        }
        return ps;
    }

    private List<Unit> find(String text, PageMap pages) {
        Outline outline = Outline.of(text);
        int bodyEnd = bodyEnd(text);
        List<Paragraph> ps = withoutAssigningTitle(outsideTables(outline.paragraphs(), TaskTable.verticalSpans(text)),
                bodyEnd);
        List<Found> leads = new ArrayList<>();

        HeadingKinds kinds = new HeadingKinds();
        BitSet read = new BitSet(ps.size());
        boolean anySection = collectSections(ps, 0, bodyEnd, leads, kinds, read);
        if (anySection) {
            collectAssignmentsOutside(ps, read, indexBefore(ps, bodyEnd), leads);
        } else {
            // No recognised section (letters, short notices): numbered items whose subject is a unit, from the first
            // item or the first paragraph that assigns a task ("Giao Phòng X chủ trì ...": a notice of conclusions
            // numbers none)
            int first = 0;
            while (first < ps.size() && ps.get(first).start() < bodyEnd && ps.get(first).marker() == Marker.NONE
                    && !opensWithAssignment(ps.get(first))) {
                first++;
            }
            int found = leads.size();
            collectFallback(ps, first, indexBefore(ps, bodyEnd), leads);
            // a plan or a letter written as prose, no part and no item: its sentences assign (its issuer's own
            // sentences, "Sở Công Thương nhận được Tờ trình ...", are no tasks: actsAsSubject)
            int to = indexBefore(ps, bodyEnd);
            if (lastItem(ps, 0, to, true) < 0) collectProse(ps, to, leads);
            if (noneNamed(leads, found)) collectIntroduction(ps, indexBefore(ps, bodyEnd), leads);
            // "Đề nghị các đơn vị nghiêm túc triển khai thực hiện": a referent found so far names no body; the
            // addressees it refers to are the units
            if (noneNamed(leads, found)) collectAddressees(ps, indexBefore(ps, bodyEnd), leads);
        }
        collectArticles(ps, bodyEnd, leads);
        collectClosingClause(ps, bodyEnd, leads);
        // a decision issues its plan or regulation as an attachment printed after its own signature and
        // recipients ("KẾ HOẠCH ... (Ban hành kèm theo Quyết định số ...)"): the attachment's parts assign units too
        int attached = attachmentStart(text, bodyEnd);
        if (attached >= 0) {
            int attachedEnd = attachmentEnd(text, attached);
            collectSections(ps, attached, attachedEnd, leads, kinds, new BitSet(ps.size()));
            collectAttachedDuties(ps, attached, attachedEnd, leads);
            collectAttachedLeadList(ps, attached, attachedEnd, leads);
        }
        collectTables(text, leads);
        collectBracketedLeads(ps, bodyEnd, leads);
        List<Found> labelPartners = new ArrayList<>();
        collectLabels(text, bodyEnd, leads, labelPartners);
        collectInlineLabels(ps, bodyEnd, leads);
        splitAddressesToAll(leads);
        // "I. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH SỐ 87/KH-UBND ...": the bodies of a part restating the document carried
        // out are that document's units
        List<int[]> restated = RestatedParts.ranges(text);
        if (!restated.isEmpty()) {
            java.util.function.Predicate<Found> inRestated =
                    f -> restated.stream().anyMatch(r -> f.start() >= r[0] && f.start() < r[1]);
            leads.removeIf(inRestated);
            labelPartners.removeIf(inRestated);
        }

        // a unit named many times gathers its tasks and mentions in lists of its own, made into its Unit once
        // (rebuilding the Unit at each mention copied both lists every time: quadratic in the mentions)
        // "(sau đây gọi là Ủy ban nhân dân cấp tỉnh)": a unit named by the short name is the body named in full
        Map<String, String> aliases = UnitAliases.of(text);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> tasksByKey = new HashMap<>();
        Map<String, List<Mention>> mentionsByKey = new HashMap<>();
        String[] leadNames = new String[leads.size()];
        List<String> leadKeys = new ArrayList<>(leads.size());
        for (int i = 0; i < leadNames.length; i++) {
            leadNames[i] = UnitNames.withoutHonorific(leads.get(i).name());
            leadKeys.add(key(leadNames[i]));
        }
        KeyEndings endings = new KeyEndings(leadKeys);
        Map<String, String> keyBySpaceless = new HashMap<>();
        for (int i = 0; i < leadNames.length; i++) {
            Found f = leads.get(i);
            Mention m = new Mention(f.start(), f.end(), pages.pageOf(f.start()), text.substring(f.start(), f.end()));
            // "Thủ trưởng các cơ quan, đơn vị có liên quan và Trưởng các thôn": each body of a list is a unit
            for (String listed : listedBodies(leadNames[i], endings)) {
                String name = listed;
                String key = listed == leadNames[i] ? leadKeys.get(i) : key(name);
                // the short name first: "Ban Chỉ đạo" alone names no body, but "(sau đây gọi tắt là Ban Chỉ đạo)"
                // makes it the one named in full
                String full = aliases.get(key);
                if (full != null && standsFor(name, full, leadKeys)) {
                    name = full;
                    key = key(full);
                }
                if (key.isEmpty() || isFragment(name)) continue;
                // "Sở Khoahọcvà Công nghệ": OCR lost the spaces of a name printed right elsewhere; the same body, named
                // with its spaces
                String spaced = keyBySpaceless.putIfAbsent(key.replace(" ", ""), key);
                boolean moreSpaces = false;
                if (spaced != null && !spaced.equals(key)) {
                    moreSpaces = key.length() > spaced.length();
                    if (moreSpaces) {
                        names.put(key, names.remove(spaced));
                        tasksByKey.put(key, tasksByKey.remove(spaced));
                        mentionsByKey.put(key, mentionsByKey.remove(spaced));
                        keyBySpaceless.put(key.replace(" ", ""), key);
                    } else {
                        key = spaced;
                    }
                }
                // a heading printed in capitals ("1. PHÒNG NỘI VỤ") gives the name in normal case; a mention printed
                // so elsewhere is preferred to the conversion
                String known = names.get(key);
                if (known == null || moreSpaces || Words.isCaps(known) && !Words.isCaps(name)) names.put(key, name);
                tasksByKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(f.tasks());
                mentionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Unit> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String name = Words.isCaps(e.getValue()) ? NormalCase.body(e.getValue()) : e.getValue();
            byKey.put(e.getKey(), new Unit(name, true, tasksByKey.get(e.getKey()), mentionsByKey.get(e.getKey())));
        }
        addPartners(text, pages, byKey);
        for (Found f : labelPartners) {
            String name = UnitNames.withoutHonorific(f.name());
            String key = key(name);
            if (key.isEmpty() || isFragment(name) || byKey.containsKey(key)) continue;
            Mention m = new Mention(f.start(), f.end(), pages.pageOf(f.start()), text.substring(f.start(), f.end()));
            byKey.put(key, new Unit(name, false, List.of(), List.of(m)));
        }
        return List.copyOf(byKey.values());
    }

    /**
     * Whether a unit printed by its short name is given the full name: where the full name is itself given a task,
     * or the short name is only the full one cut short ("Ban Chỉ đạo" of "Ban Chỉ đạo Tổng điều tra kinh tế năm 2027
     * tỉnh Ninh Bình") or no body's name by itself. A short name that is a body's name of its own kind ("Ủy ban nhân
     * dân cấp tỉnh" for "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"), given its tasks only by that
     * name ("Điều 8. Trách nhiệm của Ủy ban nhân dân cấp tỉnh"), keeps it.
     */
    private static boolean standsFor(String shortName, String full, List<String> leadKeys) {
        String fullKey = key(full);
        String shortKey = key(shortName);
        return leadKeys.contains(fullKey) || fullKey.startsWith(shortKey + " ") || isFragment(shortName)
                || UnitAliases.isAbbreviated(shortName);
    }

    private static final Pattern AND = Pattern.compile("\\s+và\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /**
     * The bodies a name lists, joined by "và" or commas, when every part names a body of its own ("Thủ trưởng các cơ
     * quan, đơn vị có liên quan và Trưởng các thôn", "Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã"); the name alone when
     * a part names none ("Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã", "Công an tỉnh, các sở, ban,
     * ngành") or "và" joins one office's organs ("Văn phòng HĐND và UBND xã"). Each part is printed as in the list.
     */
    static List<String> listedBodies(String name, KeyEndings others) {
        if (name.indexOf(',') < 0 && !name.contains(" và ")) return List.of(name);
        List<String> bodies = listedBodies(name);
        // "... và Ủy ban nhân dân các xã, phường" beside a unit "Chủ tịch Ủy ban nhân dân các xã, phường": a body of
        // the list that another unit's name ends with is told from it only as the list, so the list stays whole
        if (bodies.size() > 1) {
            String whole = key(name);
            for (String b : bodies) {
                if (others.endsAnotherThan(key(b), whole)) return List.of(name);
            }
        }
        return bodies;
    }

    /**
     * The names (keys) of a text's units by each run of their last words ("chủ tịch ủy ban nhân dân các xã phường"
     * ends "ủy ban nhân dân các xã phường", "các xã phường", ...): which units a list's body would be taken for.
     * Built once per text, in the names' words; asked once per body of a list.
     */
    static final class KeyEndings {
        private final Map<String, List<String>> byEnding = new HashMap<>();

        KeyEndings(List<String> keys) {
            for (String printed : keys) {
                String key = printed.strip();
                for (int at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
                    List<String> names = byEnding.computeIfAbsent(key.substring(at + 1), k -> new ArrayList<>(2));
                    // a few distinct names an ending is enough to tell (the list itself, the body, another)
                    if (names.size() < 3 && !names.contains(key)) names.add(key);
                }
            }
        }

        /** Whether a unit other than {@code body} itself and the list {@code list} ends with {@code body}'s name. */
        boolean endsAnotherThan(String body, String list) {
            List<String> names = byEnding.get(body);
            if (names == null) return false;
            for (String n : names) if (!n.equals(body) && !n.equals(list)) return true;
            return false;
        }
    }

    /** {@link #listedBodies(String, KeyEndings)} without regard to the text's other units. */
    static List<String> listedBodies(String name) {
        if (name.indexOf(',') < 0 && !name.contains(" và ")) return List.of(name);
        List<String> byAnd = name.contains(" và ") ? splitBodies(name, AND, true) : null;
        if (byAnd == null) byAnd = List.of(name);
        List<String> out = new ArrayList<>();
        for (String part : byAnd) {
            List<String> byComma = splitBodies(part, COMMA, false);
            if (byComma == null) out.add(part);
            else out.addAll(byComma);
        }
        return out.size() < 2 ? List.of(name) : out;
    }

    /** {@code s} split at {@code at}, or null when a part names no body of its own (or "và" joins one office). */
    private static List<String> splitBodies(String s, Pattern at, boolean and) {
        List<String> parts = new ArrayList<>();
        Matcher m = at.matcher(s);
        int from = 0;
        while (m.find()) {
            if (and && joinsOneOffice(s.substring(0, m.start()), s.substring(m.end()))) continue;
            parts.add(s.substring(from, m.start()).strip());
            from = m.end();
        }
        if (parts.isEmpty()) return null;
        parts.add(s.substring(from).strip());
        // "Phó Chủ tịch, Ủy viên Ủy ban nhân dân xã": a bare post before the last part shares its body; one unit
        for (int k = 0; k < parts.size() - 1; k++) {
            if (UnitNames.isBareSharedPost(UnitNames.withoutHonorific(parts.get(k)))) return null;
        }
        for (String p : parts) {
            // a body's name opens with a capital ("Trưởng các thôn") or a plural of bodies ("các chi bộ trực thuộc")
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0)) && !p.startsWith("các ")) return null;
            if (UnitNames.headLength(p) == 0 || isFragment(p) || p.indexOf(':') >= 0) return null;
            // "Các Chi, Đảng bộ": one word after the plural shares its noun with the next ("chi bộ, đảng bộ")
            String f = Words.fold(p);
            String afterPlural = f.startsWith("các ") ? f.substring(4) : f;
            if (Words.splitCount(afterPlural) < 2) return null;
            // "... và các tổ chức, cá nhân có liên quan": those concerned, whoever they are, stay with the body before
            if (p.startsWith("các ") && startsWithAny(afterPlural, VAGUE_HEADS)) return null;
        }
        return parts;
    }

    /** The paragraphs that are not cells of a table printed one cell a line (its rows are read as a table). */
    private static List<Paragraph> outsideTables(List<Paragraph> ps, List<int[]> tables) {
        if (tables.isEmpty()) return ps;
        List<Paragraph> out = new ArrayList<>(ps.size());
        for (Paragraph p : ps) {
            boolean cell = false;
            for (int[] t : tables) cell |= p.start() >= t[0] && p.start() < t[1];
            if (!cell) out.add(p);
        }
        return out;
    }

    /** Whether the leads found from {@code from} on name no body: none, or fragments only ("các đơn vị"). */
    private static boolean noneNamed(List<Found> leads, int from) {
        for (int i = from; i < leads.size(); i++) {
            if (!isFragment(UnitNames.withoutHonorific(leads.get(i).name()))) return false;
        }
        return true;
    }

    /**
     * A name too short to say which body it is: one word ("Đơn vị", "MTTQ", "cơ quan"), as a heading or subject
     * cut from a longer sentence leaves it.
     */
    private static boolean isFragment(String name) {
        String n = name.strip();
        if (Words.splitCount(n) < 2) return true;
        String f = Words.fold(n);
        // "các đồng chí" (of "Yêu cầu các đồng chí lãnh đạo UBND xã ..."): a courtesy title alone names no one
        if (UnitNames.isHonorific(f)) return true;
        Matcher plural = PLURAL_WORD.matcher(f);
        // "Các đơn vị", "các cơ quan": a plural of a generic noun names no body either
        if (GENERIC_HEADS.contains(f) || plural.lookingAt() && allVague(f.substring(plural.end()))) return true;
        // "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục": a generic plural qualified by its tasks points back at
        // the units named with them ("Thủ trưởng các cơ quan, đơn vị được giao ..." names a post, and stays)
        // ("Các cơ quan, đơn vị được kiểm tra", the ones inspected, is a group of its own)
        int passive = Math.max(f.indexOf(" được giao"), f.indexOf(" được phân công"));
        if (passive > 0 && isFragment(n.substring(0, passive))) return true;
        // "Chủ tịch Hội đồng", "Các Phó Chủ tịch Hội đồng": a post inside the body a decision sets up
        if (isMemberPost(plural.lookingAt() ? f.substring(plural.end()) : f)) return true;
        // "thôn có dưới 100 hộ", "các xã có từ 3 thôn trở lên": a body picked by a count or condition is the scope
        // of a task, not the body responsible for it
        if (CONDITION.matcher(f).find()) return true;
        // "Đơn vị có tài sản dôi dư", "các cơ quan có hồ sơ tồn đọng": a generic noun picked by what it has, the
        // same kind of scope
        String bare = plural.lookingAt() ? f.substring(plural.end()) : f;
        for (String head : VAGUE_HEADS) {
            if (bare.startsWith(head) && bare.startsWith(" có ", head.length())) return true;
        }
        // "các địa phương chưa" (... phân bổ hết dự toán): a group picked by what it has not done yet
        int lastSpace = f.lastIndexOf(' ');
        return CLAUSE_ADVERBS.contains(f.substring(lastSpace + 1));
    }

    private static final List<String> CLAUSE_ADVERBS = Words.folded(UnitExtractor.class, "clause-adverbs.txt");

    /** "cơ quan, đơn vị, địa phương": generic nouns only, listed with commas or "và" (after a plural word). */
    private static boolean allVague(String bare) {
        if (VAGUE_HEADS.contains(bare)) return true;
        if (bare.indexOf(',') < 0 && !bare.contains(" và ")) return false;
        for (String piece : LIST_SEPARATOR.split(bare)) {
            if (!VAGUE_HEADS.contains(piece.strip())) return false;
        }
        return true;
    }

    private static final List<String> MEMBER_POSTS = Words.folded(UnitExtractor.class, "member-posts.txt");
    private static final java.util.Set<String> CONVENED_BODIES =
            java.util.Set.copyOf(Words.folded(UnitExtractor.class, "convened-bodies.txt"));

    /** A folded name that is a member's post ({@code member-posts.txt}) before a convened body's bare name. */
    private static boolean isMemberPost(String folded) {
        for (String post : MEMBER_POSTS) {
            if (!folded.startsWith(post)) continue;
            String rest = folded.substring(post.length());
            // a post alone ("Phó Chủ tịch Thường trực", "Trưởng ban") is the holder a commune's plan or a board's rules
            // gives tasks to, and stays
            if (!rest.isEmpty() && rest.charAt(0) == ' ' && CONVENED_BODIES.contains(rest.strip())) return true;
        }
        return false;
    }

    private static final List<String> REFERRAL_VERBS = Words.folded(UnitExtractor.class, "referral-verbs.txt");

    private static boolean startsWithAny(String folded, List<String> words) {
        for (String w : words) {
            if (folded.startsWith(w) && (folded.length() == w.length() || !Character.isLetter(folded.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> VAGUE_HEADS = Words.folded(UnitExtractor.class, "vague-heads.txt");
    private static final Pattern PLURAL_WORD = Pattern.compile("(?:các|những) ");
    private static final Pattern CONDITION = Pattern.compile(
            "(?<![\\p{L}])có (?:(?:dưới|trên|từ|không quá|ít nhất|tối thiểu|tối đa|hơn|nhiều hơn|ít hơn) )?\\d");

    private static final List<String> GENERIC_HEADS = Words.folded(UnitExtractor.class, "generic-heads.txt");

    private static final List<String[]> TASK_LABELS = taskLabels();
    /** A label line; every match has a colon before its line's end, as {@link LabelLines} needs. */
    // the label may follow a bullet or a letter item's marker ("a) Đơn vị chủ trì: Công an tỉnh."), and its value
    // stand on the next line, as a label printed in bold above it ("Cơ quan chủ trì:" / "Văn phòng Tỉnh ủy.")
    static final Pattern LABEL_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:[-+•*–]|[a-zđ][).])[ \\t]*)?([^:\\n]{4,40}?)[ \\t]*:[ \\t]*(?:\\n[ \\t]*)?(\\S[^\\n]*)$");

    /**
     * Per-task labels ("- Cơ quan thực hiện: Sở Tài chính chủ trì, phối hợp với Sở Nội vụ"): the body after a lead
     * label leads (its remainder is its task, so partners named there are read too); after a partner label
     * ("Đơn vị phối hợp: ...") the bodies only take part.
     */
    private static void collectLabels(String text, int bodyEnd, List<Found> leads, List<Found> partners) {
        for (MatchResult m : LabelLines.find(LABEL_LINE, text, bodyEnd)) {
            String kind = labelKind(m.group(1));
            if (kind == null) continue;
            String value = m.group(2);
            int valueAt = m.start(2);
            if (kind.equals("lead")) {
                int head = UnitNames.headLength(value);
                if (head == 0) continue;
                int end = UnitNames.nameEnd(value, head);
                String task = value.substring(end).strip();
                addLabelUnits(value.substring(0, end), valueAt, task.isEmpty() ? List.of() : List.of(task), leads);
            } else {
                addLabelUnits(value, valueAt, List.of(), partners);
            }
        }
    }

    /**
     * A lead label not at a line's start: in brackets after the task ("(Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp:
     * ...)", "(Giao: Công an tỉnh; Thời hạn: ...)"), run in after its sentence ("... mạng xã hội. Chủ trì: Phòng Văn
     * hóa - Xã hội. Phối hợp: ..."), and a label alone on its line with its value on the next, as Tika gives a DOCX
     * task's two-cell row ("Trách nhiệm" / "Công an tỉnh chủ trì, phối hợp với Sở Y tế"). The lead's body is the
     * unit, as on a label line ({@link #collectLabels}).
     */
    private static void collectInlineLabels(List<Paragraph> ps, int bodyEnd, List<Found> leads) {
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.start() >= bodyEnd) break;
            String t = p.text();
            if (t.length() <= MAX_LABEL && p.marker() == Marker.NONE && !p.caps() && i + 1 < ps.size()
                    && ps.get(i + 1).start() < bodyEnd && "lead".equals(labelKind(withoutColon(t)))) {
                Paragraph value = ps.get(i + 1);
                addLeadValue(value.text(), 0, value, leads);
                continue;
            }
            for (int colon = t.indexOf(':'); colon >= 0; colon = t.indexOf(':', colon + 1)) {
                int from = Math.max(0, colon - MAX_LABEL);
                int boundary = -1;
                for (int k = colon - 1; k >= from && boundary < 0; k--) {
                    char c = t.charAt(k);
                    if (c == '(' || c == ';' || c == '.') boundary = k;
                }
                if (boundary < 0) continue;
                String label = t.substring(boundary + 1, colon).strip();
                // a run-in label opens its sentence in capitals ("... xã hội. Chủ trì: ...")
                if (t.charAt(boundary) == '.' && (label.isEmpty() || !Character.isUpperCase(label.charAt(0)))) continue;
                if (!"lead".equals(labelKind(label))) continue;
                addLeadValue(t, colon + 1, p, leads);
            }
        }
    }

    /** A label alone on its line, its colon (if printed) left off. */
    private static String withoutColon(String t) {
        String s = t.strip();
        return s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
    }

    /** The longest label {@link #collectInlineLabels} reads. */
    private static final int MAX_LABEL = 40;

    /** The body that opens a lead label's value at {@code from} in {@code t}: up to ';', ')', a sentence's end. */
    private static void addLeadValue(String t, int from, Paragraph p, List<Found> leads) {
        int at = from;
        while (at < t.length() && t.charAt(at) == ' ') at++;
        int end = at;
        while (end < t.length() && t.charAt(end) != ';' && t.charAt(end) != ')' && t.charAt(end) != '\n'
                && !(t.charAt(end) == '.' && (end + 1 == t.length() || t.charAt(end + 1) == ' '))) {
            end++;
        }
        String value = t.substring(at, end);
        int head = UnitNames.headLength(value);
        if (head == 0) return;
        int nameEnd = UnitNames.nameEnd(value, head);
        addLabelUnits(value.substring(0, nameEnd), p.sourceOffset(at), List.of(), leads);
    }

    /**
     * The bodies of a label's value, split at semicolons, and at commas or "và" only where another body's head
     * follows ("Sở Y tế, Sở Tài chính", but "Sở Giáo dục và Đào tạo" is one name).
     */
    private static void addLabelUnits(String value, int at, List<String> tasks, List<Found> out) {
        for (int[] r : bodyRanges(value)) addLabelUnit(value.substring(r[0], r[1]), at + r[0], tasks, out);
    }

    private static final Pattern BODY_SEPARATOR = Pattern.compile("\\s*[;,]\\s*|\\s+và\\s+");

    /**
     * The spans of the bodies a list names: split at semicolons, and at commas or "và" only where another body's
     * head follows and two organ abbreviations are not joined ("Văn phòng HĐND và UBND huyện" is one).
     */
    private static List<int[]> bodyRanges(String list) {
        List<int[]> out = new ArrayList<>();
        Matcher m = BODY_SEPARATOR.matcher(list);
        int from = 0;
        while (m.find()) {
            String after = list.substring(m.end());
            // "Thủ trưởng các cơ quan, đơn vị có liên quan": a bare lower-case head after a comma goes on with the
            // plural before it; it is no body of its own
            boolean ownName = !after.isEmpty() && (Character.isUpperCase(after.charAt(0))
                    || PLURAL_WORD.matcher(Words.fold(after)).lookingAt());
            boolean split = m.group().strip().equals(";")
                    || ownName && UnitNames.headLength(after) > 0
                    && !joinsOneOffice(list.substring(from, m.start()), after);
            if (!split) continue;
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, list.length()});
        return out;
    }

    private static void addLabelUnit(String part, int at, List<String> tasks, List<Found> out) {
        int lead = part.length() - part.stripLeading().length();
        String clean = UnitNames.clean(part);
        int head = UnitNames.headLength(clean);
        if (clean.isEmpty() || head == 0) return;
        String name = UnitNames.clean(clean.substring(0, UnitNames.nameEnd(clean, head)));
        if (!name.isEmpty()) out.add(new Found(name, at + lead, at + lead + name.length(), tasks));
    }

    /**
     * Whether a line opens with a lead label ("- Đơn vị thực hiện: Phòng Nội vụ"), whose body is the responsible
     * unit of the sibling lines under the same task ("- Thời gian hoàn thành: Quý II/2026").
     */
    public static boolean opensWithLeadLabel(String line) {
        Matcher m = LABEL_LINE.matcher(line.strip());
        return m.lookingAt() && "lead".equals(labelKind(m.group(1)));
    }

    /** "lead" or "partner" for a task label as printed ("Đơn vị chủ trì"), null when it is none. */
    private static String labelKind(String printed) {
        String label = Words.fold(printed.strip());
        for (String[] l : TASK_LABELS) {
            if (label.equals(l[0])) return l[1];
        }
        return null;
    }

    private static List<String[]> taskLabels() {
        List<String[]> out = new ArrayList<>();
        for (String[] kv : Words.pairs(UnitExtractor.class, "task-labels.txt")) {
            out.add(new String[] {Words.fold(kv[0]), kv[1]});
        }
        return List.copyOf(out);
    }

    /**
     * Paragraphs outside the sections read that open by assigning ("Giao Bộ Tư pháp chủ trì, phối hợp ..."): a
     * government's resolution or a meeting's conclusions assign under parts named by their topic ("3. Về công tác
     * xây dựng, hoàn thiện thể chế"), which no section word tells, as well as under its tasks and implementation.
     */
    private static void collectAssignmentsOutside(List<Paragraph> ps, BitSet read, int to, List<Found> out) {
        int firstRead = read.nextSetBit(0);
        for (int j = read.nextClearBit(0); j < to; j = read.nextClearBit(j + 1)) {
            Paragraph p = ps.get(j);
            if (p.marker() != Marker.NONE) continue;
            // "Phòng Khảo thí ... có trách nhiệm theo dõi, tổng hợp kết quả ...": after the tasks read, a sentence
            // whose subject a duty is given to
            if (firstRead >= 0 && j > firstRead && opensWithDutyHolder(p.text())) {
                out.addAll(itemUnits(p, true));
                continue;
            }
            // most paragraphs of a background or purpose part hold no assigning word at all
            if (!holdsOpeningAssignVerb(p.text())) continue;
            if (opensWithAssignment(p)) out.addAll(itemUnits(p, true));
        }
    }

    /** "chủ trì", maybe after the body's abbreviation in brackets ("Sở Văn hóa, Thể thao và Du lịch (Sở VHTTDL) chủ trì"). */
    private static final Pattern LEADS = Pattern.compile("(?iu)^\\s*(?:\\([^()]{1,40}\\)\\s*)?chủ\\s+trì(?![\\p{L}])");
    /** "có trách nhiệm" (not "chịu trách nhiệm thi hành", an executing clause's, read as one). */
    private static final Pattern DUTY_GIVEN = Pattern.compile("(?iu)^\\s*có\\s+trách\\s+nhiệm(?![\\p{L}])");

    /** Whether the text opens with a body's name in capitals and "chủ trì" (leads) after it. */
    private static boolean opensWithLead(String text) {
        return opensWithNamedSubject(text, "chủ trì", LEADS);
    }

    /** The monitoring a plan's last sentence gives a body by name: "theo dõi", "đôn đốc", "tổng hợp" (maybe "chủ trì,"). */
    private static final Pattern MONITORS = Pattern.compile(
            "(?iu)^\\s*(?:chủ\\s+trì,?\\s+)?(?:theo\\s+dõi|đôn\\s+đốc|tổng\\s+hợp)(?![\\p{L}])");

    /**
     * Whether the text opens with a body's name in capitals and the monitoring of the plan after it: "Văn phòng HĐND và
     * UBND xã theo dõi, tổng hợp kết quả thực hiện Kế hoạch, ... báo cáo ... trước ngày 10/12/2026" after the last
     * item gives that body the task, as a duty given by name does.
     */
    private static boolean opensWithMonitor(String text) {
        // one body named, not a group ("Các bộ phận, tổ dân phố tổng hợp kết quả ...": the heading's own duty)
        if (text.startsWith("Các ") || text.startsWith("Những ")) return false;
        // the word only lets most paragraphs out cheaply; MONITORS reads the verb, whichever it is
        String word = text.contains("theo dõi") ? "theo dõi" : text.contains("đôn đốc") ? "đôn đốc" : "tổng hợp";
        return opensWithNamedSubject(text, word, MONITORS);
    }

    /** Whether the text opens with a body's name in capitals and "có trách nhiệm" after it. */
    private static boolean opensWithDutyHolder(String text) {
        return opensWithNamedSubject(text, "trách nhiệm", DUTY_GIVEN);
    }

    /**
     * Whether the text opens with a body's name in capitals, at most a heading's length, and {@code after} right
     * after it. Asked of many paragraphs: most hold no {@code word} at all, and are told so before a name is read.
     */
    private static boolean opensWithNamedSubject(String text, String word, Pattern after) {
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || text.indexOf(word) < 0) return false;
        int head = UnitNames.headLength(text);
        if (head == 0) return false;
        int end = UnitNames.nameEnd(text, head);
        return end < text.length() && Words.splitCount(text.substring(0, end)) <= MAX_HEADING_WORDS
                && after.matcher(text.substring(end)).lookingAt();
    }

    /**
     * Reads the implementation and task sections whose headings lie in [from, to); whether there was one. The
     * paragraphs read are set in {@code read}.
     */
    private static boolean collectSections(List<Paragraph> ps, int from, int to, List<Found> leads, HeadingKinds kinds,
            BitSet read) {
        boolean anySection = false;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph h = ps.get(i);
            if (h.start() < from) continue;
            if (h.start() >= to) break;
            String kind = kinds.of(h);
            if (kind == null && announcesTasks(ps, i, to, kinds)) {
                // "... yêu cầu Công an tỉnh, các sở ... tập trung thực hiện một số nhiệm vụ sau:" then "1. Công an
                // tỉnh ..." / "2. Giao Sở Xây dựng": a letter's numbered tasks, each headed by who carries it out
                int end = announcedEnd(ps, i, to, kinds);
                int before = leads.size();
                collectItems(ps, i + 1, end, true, leads);
                read.set(i, end);
                // "Ban Thường vụ Huyện ủy đề nghị Đảng ủy các xã, thị trấn; ... thực hiện một số nội dung sau:" with
                // items that name no one ("1. Căn cứ đề cương gửi kèm, tổ chức đánh giá ..."): the bodies asked
                // carry those out, beside the units other items name ("4. Đề nghị Ban cán sự đảng UBND huyện ...")
                if (someItemNamesNoUnit(ps, i + 1, end)) {
                    List<Found> asked = introducedUnits(h);
                    if (asked != null) leads.addAll(asked);
                }
                // "Bộ Nội vụ đề nghị Quý Ủy ban ... nội dung sau:" then items that name no one: the letter's reading
                // (its introduction, its addressees) names the units
                if (!noneNamed(leads, before)) anySection = true;
                i = end - 1;
                continue;
            }
            if (kind == null) continue;
            // a capitalised line that names no section ("CHỈ THỊ", "QUYẾT ĐỊNH:") is a title, not a part: the
            // numbered sections under it are still read
            if (kind.equals("OTHER") && sectionKind(h.text()) == null) continue;
            int end = sectionEnd(ps, i, to, kinds);
            if (kind.equals("IMPLEMENTATION") || kind.equals("TASKS")) {
                anySection = true;
                if (h.marker() == Marker.NUMBER) collectItemsBefore(ps, i, from, leads, read);
                collectItems(ps, i + 1, end, kind.equals("IMPLEMENTATION"), leads);
                read.set(i, end);
            }
            i = end - 1;
        }
        return anySection;
    }

    /**
     * "Chủ tịch UBND tỉnh yêu cầu:" / "1. Thủ trưởng các sở ..." ... "7. Báo Lạng Sơn ..." / "8. Tổ chức thực hiện":
     * a directive's items, each headed by its body, and the implementation as the last of them. The items before that
     * heading, at its rank and under no section of their own (a title, or a part named by no section word), are the
     * tasks it closes, read as its own items are.
     */
    private static void collectItemsBefore(List<Paragraph> ps, int heading, int from, List<Found> leads, BitSet read) {
        int rank = ps.get(heading).rank();
        int first = heading;
        while (first > 0 && !read.get(first - 1) && ps.get(first - 1).start() >= from && ps.get(first - 1).rank() >= rank) {
            first--;
        }
        if (first == heading) return;
        if (first > 0 && ps.get(first - 1).rank() < rank && sectionKind(ps.get(first - 1).text()) != null) return;
        // only items that are bodies' names and nothing else: a conclusion's numbered findings before its tasks
        // ("1. Ban Thường vụ Tỉnh ủy cơ bản thống nhất với nội dung ...") assign nothing
        for (int j = first; j < heading; j++) {
            Paragraph p = ps.get(j);
            // a body's heading over tasks has them under it (a finding is a sentence of its own)
            if (p.rank() == rank && !namesOnly(p.text())
                    && !(bodyHeading(p.text()) && j + 1 < heading && ps.get(j + 1).rank() > rank)) {
                return;
            }
        }
        collectItems(ps, first, heading, true, leads);
        read.set(first, heading);
    }

    /**
     * "6. Chủ tịch Ủy ban nhân dân các xã, phường có rừng", "7. Các chủ rừng là tổ chức": an item's heading that opens
     * with a body and says who, not what: short, no sentence's stop at its end (a finding is a sentence).
     */
    private static boolean bodyHeading(String text) {
        String t = text.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || ".;".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        return Words.splitCount(t) <= BODY_HEADING_WORDS && UnitNames.headLength(t) > 0;
    }

    /** The most words a body's heading over its tasks runs to. */
    private static final int BODY_HEADING_WORDS = 16;

    /** Whether the text is bodies' names at semicolons and nothing more ("Sở Nội vụ", "Báo X, Đài Y"). */
    private static boolean namesOnly(String text) {
        for (String part : text.split(";")) {
            String name = part.strip();
            if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) return false;
            int head = UnitNames.headLength(name);
            if (head == 0 || UnitNames.nameEnd(name, head) < name.length()) return false;
        }
        return true;
    }

    /** "giao" that assigns: "giao ban" (a briefing: "cuộc họp giao ban") does not, "giao Ban Quản lý ..." does. */
    private static final String ASSIGNING_GIAO = "giao(?!\\s+(?-i:ban)(?![\\p{L}]))";
    private static final Pattern ANNOUNCES_TASKS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:nhiệm\\s+vụ|nội\\s+dung\\s+công\\s+việc|công\\s+việc|yêu\\s+cầu|đề\\s+nghị|phân\\s+công"
                    + "|" + ASSIGNING_GIAO + ")(?![\\p{L}])[^:]*\\bsau(?:\\s+đây)?\\s*:\\s*$");

    /** An unmarked sentence ending "... (các) nhiệm vụ sau:" followed by numbered items that are not headings. */
    private static boolean announcesTasks(List<Paragraph> ps, int i, int to, HeadingKinds kinds) {
        Paragraph p = ps.get(i);
        boolean article = p.marker() == Marker.ARTICLE;
        // "5. Đề nghị:" / "- Ủy ban nhân dân các xã chuẩn bị báo cáo ..." / "- Chi cục Thủy lợi chuẩn bị tài liệu ...": a
        // letter's numbered part that is only the request, its bullets each headed by who is asked
        if (p.marker() == Marker.NUMBER && REQUEST_LABEL.matcher(p.text()).matches() && i + 1 < ps.size()
                && ps.get(i + 1).start() < to && isBulletMarker(ps.get(i + 1).marker())) {
            return true;
        }
        if (p.marker() != Marker.NONE && !article || p.caps() || i + 1 >= ps.size() || ps.get(i + 1).start() >= to) {
            return false;
        }
        Paragraph next = ps.get(i + 1);
        if (next.marker() != Marker.NUMBER && next.marker() != Marker.LETTER) return false;
        if (kinds.of(next) != null) return false;
        // "Điều 3. Trách nhiệm của các thành viên và các cơ quan, đơn vị" / "1. Phó Chủ tịch UBND xã ...: ...": an
        // article of a group's duties heads items that each name a body
        if (article && givesDutiesToAGroup(p)) return true;
        // a sentence, or a decision's article that hands tasks out to no body of its own naming ("Điều 1. Giao nhiệm
        // vụ cho các đơn vị thuộc Bộ ... như sau:"; not "Điều 2. Đoàn kiểm tra có nhiệm vụ, quyền hạn sau:"), asked
        // last: it reads the article's assignment
        // in the sentence that ends with the colon: "Sở Xây dựng nhận được Văn bản số 56/HP-DA của Công ty đề nghị điều
        // chỉnh ... Sau khi nghiên cứu, Sở Xây dựng có ý kiến như sau:" announces opinions, the request was the company's
        String text = p.text();
        return ANNOUNCES_TASKS.matcher(text).region(sentenceStart(text, text.length()), text.length()).find()
                && (!article || handsOutToNoBody(p));
    }

    /** A part that is only a request's word: "Đề nghị:", "Yêu cầu:". */
    private static final Pattern REQUEST_LABEL = Pattern.compile("(?iu)(?:đề\\s+nghị|yêu\\s+cầu)\\s*:?");

    /** End of the announced list: the first paragraph above its items' rank, or a section heading at their rank. */
    private static int announcedEnd(List<Paragraph> ps, int i, int to, HeadingKinds kinds) {
        int rank = ps.get(i + 1).rank();
        for (int j = i + 1; j < ps.size(); j++) {
            Paragraph p = ps.get(j);
            if (p.start() >= to || p.rank() < rank || p.rank() == rank && kinds.of(p) != null) return j;
        }
        return ps.size();
    }

    private static final Pattern ATTACHED = Pattern.compile("(?iu)\\(\\s*(?:được\\s+)?(?:ban\\s+hành\\s+)?kèm\\s+theo\\s+");

    /** Start of an attached document after the body's recipients block, or -1. */
    private static int attachmentStart(String text, int bodyEnd) {
        if (bodyEnd >= text.length()) return -1;
        Matcher m = ATTACHED.matcher(text).region(bodyEnd, text.length());
        if (!m.find()) return -1;
        // "PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH / (Kèm theo Kế hoạch số ...)": the attachment's title, in
        // capitals over its caption, opens it (and may name its part: the tasks' division)
        int caption = text.lastIndexOf('\n', m.start()) + 1;
        if (caption <= bodyEnd) return m.start();
        // the lines from the body's end to the caption's (the last, empty, stands for the caption's line); the first,
        // cut at the body's end, is never the title's
        String[] lines = text.substring(bodyEnd, caption).split("\n", -1);
        int first = CapitalLines.runAbove(lines, lines.length - 1, 0, ATTACHMENT_TITLE_LINES);
        if (first == lines.length - 1) return m.start();
        int start = bodyEnd;
        for (int i = 0; i < first; i++) start += lines[i].length() + 1;
        return start;
    }

    /** Lines of an attachment's title over its "(Kèm theo ...)" caption. */
    private static final int ATTACHMENT_TITLE_LINES = 3;

    /** End of an attached document: its own recipients block, else the end of the text. */
    private static int attachmentEnd(String text, int start) {
        Matcher m = RECIPIENTS.matcher(text).region(start, text.length());
        return m.find() ? m.start() : text.length();
    }

    private static int indexBefore(List<Paragraph> ps, int offset) {
        int i = 0;
        while (i < ps.size() && ps.get(i).start() < offset) i++;
        return i;
    }

    /**
     * {@link #headingKind} of each paragraph of one text, worked out once: the section reader asks it of a paragraph
     * as a heading candidate, as the item after an announcing sentence and again as each section's end is sought.
     */
    private static final class HeadingKinds {
        private static final String NONE = new String("none");
        private final Map<Paragraph, String> known = new IdentityHashMap<>();

        String of(Paragraph p) {
            String k = known.get(p);
            if (k == null) {
                k = headingKind(p);
                known.put(p, k == null ? NONE : k);
                return k;
            }
            return k == NONE ? null : k;
        }
    }

    /** Section kind when the paragraph is a section heading, else null. */
    private static String headingKind(Paragraph p) {
        int words = Words.splitCount(p.text());
        if (p.marker() == Marker.ARTICLE) {
            // "Điều 2. Tổ chức thực hiện" opens an implementation part of a decision or resolution
            Matcher a = ARTICLE_HEAD.matcher(p.text());
            String rest = a.find() ? p.text().substring(a.end()) : p.text();
            if (Words.splitCount(rest) > 8) return null;
            String kind = sectionKind(rest);
            return kind == null || kind.equals("OTHER") ? null : kind;
        }
        boolean headingShape = p.marker() == Marker.ROMAN
                || p.marker() == Marker.NONE && p.caps() && words <= 14
                || p.marker() == Marker.NUMBER && p.depth() == 1 && words <= 8 && !p.text().endsWith(".")
                || p.marker() == Marker.LETTER && words <= 6 && !p.text().endsWith(".");
        if (!headingShape) return null;
        String kind = sectionKind(p.text());
        if (kind == null) return p.marker() == Marker.ROMAN || p.marker() == Marker.NONE ? "OTHER" : null;
        if (p.marker() != Marker.ROMAN && p.marker() != Marker.NONE && UnitNames.startsWithUnit(p.text(), true)) {
            return null;
        }
        return kind;
    }

    private static int sectionEnd(List<Paragraph> ps, int heading, int bodyEnd, HeadingKinds kinds) {
        int rank = ps.get(heading).rank();
        for (int j = heading + 1; j < ps.size(); j++) {
            Paragraph p = ps.get(j);
            if (p.start() >= bodyEnd) return j;
            // the recipients block ends the last part: an appendix longer than the body keeps the body's end at the
            // text's (bodyEnd), and "- UBND tỉnh (b/c);" is no item of the part
            if (p.marker() == Marker.NONE && RECIPIENTS.matcher(p.text()).lookingAt()) return j;
            if (p.rank() <= rank && kinds.of(p) != null) return j;
            if (p.marker() == Marker.ARTICLE && ps.get(heading).marker() == Marker.ARTICLE) return j;
            if (p.marker() == Marker.ARTICLE && ps.get(heading).marker() != Marker.ARTICLE && kinds.of(p) != null) return j;
        }
        return ps.size();
    }

    /**
     * Offset where the body ends: the last "Nơi nhận" block, when it is past the first third of the text; but an
     * attachment after the body's own block ("Phụ lục" / "(Kèm theo Hướng dẫn số ...)", a report form with its own
     * "Nơi nhận" and "THỦ TRƯỞNG ĐƠN VỊ") does not move the body's end to the attachment's block.
     */
    private static int bodyEnd(String text) {
        List<Integer> blocks = recipientsBlocks(text);
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1) <= text.length() / 3) return text.length();
        int body = blocks.get(blocks.size() - 1);
        Matcher attached = ATTACHED.matcher(text);
        // each gap between two blocks looked at once: a block with an attachment caption after it ends the body
        for (int i = blocks.size() - 2; i >= 0 && blocks.get(i) > text.length() / 3; i--) {
            if (attached.region(blocks.get(i), blocks.get(i + 1)).find()) body = blocks.get(i);
        }
        return body;
    }

    /** The start of RECIPIENTS' last match (as successive {@code find()} calls give it), or -1. */
    static int lastRecipients(String text) {
        List<Integer> blocks = recipientsBlocks(text);
        return blocks.isEmpty() ? -1 : blocks.get(blocks.size() - 1);
    }

    /**
     * The starts of RECIPIENTS' matches (as successive {@code find()} calls give them), in order. Every match is a line
     * start, spaces or tabs, then the literal "Nơi nhận": so the pattern is tried only at the line start before each
     * occurrence of those words ({@code indexOf}), instead of at every line of the text.
     */
    private static List<Integer> recipientsBlocks(String text) {
        Matcher m = RECIPIENTS.matcher(text);
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int k = text.indexOf(RECIPIENTS_WORDS); k >= 0; k = text.indexOf(RECIPIENTS_WORDS, k + 1)) {
            int at = k;
            while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) at--;
            if (at < next || !LabelLines.lineStart(text, at)) continue;
            m.region(at, text.length());
            if (m.lookingAt()) {
                out.add(m.start());
                next = m.end() == m.start() ? m.end() + 1 : m.end();
            }
        }
        return out;
    }

    /**
     * Where the items of one {@link #collectItems} call sit in its output list, so that {@code out.indexOf(f)} (the
     * first item equal to {@code f}) need not walk the whole list for each task paragraph: on a long text the list
     * holds thousands of items and that walk was a third of the unit extractor's time. An item equals another only
     * with the same start, so the item added at a known index is the first equal one when no earlier item (added
     * before the call, whose starts are at most {@code earlierStarts}, or in the call) has its start; otherwise the
     * list is searched as before.
     */
    private static final class Positions {
        private final List<Found> out;
        /** Items in the list before the call (they never move: only later items are removed through here). */
        private int before;
        private final int earlierStarts;
        private final Map<Integer, Integer> addedByStart = new HashMap<>();
        private final Map<Integer, Integer> indexByStart = new HashMap<>();

        Positions(List<Found> out) {
            this.out = out;
            this.before = out.size();
            int max = Integer.MIN_VALUE;
            for (Found f : out) max = Math.max(max, f.start());
            this.earlierStarts = max;
        }

        void addAll(List<Found> items) {
            for (Found f : items) {
                addedByStart.merge(f.start(), 1, Integer::sum);
                indexByStart.put(f.start(), out.size());
                out.add(f);
            }
        }

        /** As {@code out.indexOf(f)}. */
        int indexOf(Found f) {
            if (f.start() > earlierStarts && addedByStart.getOrDefault(f.start(), 0) == 1) {
                int i = indexByStart.get(f.start());
                if (i < out.size() && out.get(i).equals(f)) return i;
            }
            return out.indexOf(f);
        }

        /** As {@code out.remove(f)}: the first equal item goes, and the indices after it move down by one. */
        void remove(Found f) {
            int i = out.indexOf(f);
            if (i < 0) return;
            out.remove(i);
            if (i < before) before--;
            else addedByStart.merge(f.start(), -1, Integer::sum);
            indexByStart.replaceAll((start, at) -> at > i ? at - 1 : at);
        }
    }

    /**
     * Whether paragraph {@code j} closes the list of units ("Trên đây là ...", "Nơi nhận", "Yêu cầu các cơ quan,
     * đơn vị nghiêm túc thực hiện"). A "Yêu cầu" with numbered items still after it in [j, to) is an assignment
     * inside an item, as a meeting's conclusions print them ("2. Về giải phóng mặt bằng" / "Yêu cầu Ban Quản lý
     * dự án hoàn thiện hồ sơ ..." / "3. ..."), not the closing formula.
     */
    private static boolean closes(List<Paragraph> ps, int j, int lastItem) {
        Matcher m = CLOSING.matcher(ps.get(j).text());
        if (!m.find()) return false;
        return m.group(1) == null || j >= lastItem;
    }

    /** The last numbered, lettered or Roman item of [from, to), or -1: an item follows paragraph j when j < it. */
    private static int lastItem(List<Paragraph> ps, int from, int to) {
        return lastItem(ps, from, to, false);
    }

    /** As {@link #lastItem(List, int, int)}, a decision's articles counted as items when {@code articles}. */
    private static int lastItem(List<Paragraph> ps, int from, int to, boolean articles) {
        for (int k = to - 1; k >= from; k--) {
            Marker marker = ps.get(k).marker();
            if (marker == Marker.NUMBER || marker == Marker.LETTER || marker == Marker.ROMAN
                    || articles && marker == Marker.ARTICLE) {
                return k;
            }
        }
        return -1;
    }

    /** Collects unit items among paragraphs [from, to). */
    private static void collectItems(List<Paragraph> ps, int from, int to, boolean implementation, List<Found> out) {
        List<Found> open = new ArrayList<>();
        Positions positions = new Positions(out);
        int openRank = Integer.MAX_VALUE;
        // the rank of the open heading that named a group whose bullets were handed to the bodies leading them
        int groupRank = Integer.MAX_VALUE;
        // under a numbered item about something else ("3. Kinh phí", "4. Chế độ thông tin báo cáo") sentences
        // such as "Các đơn vị báo cáo ..." are duties of that topic, not unit headings
        int topicRank = Integer.MAX_VALUE;
        int lastItem = lastItem(ps, from, to);
        boolean summarised = false;
        for (int j = from; j < to; j++) {
            Paragraph p = ps.get(j);
            boolean listItem = p.marker() == Marker.NUMBER || p.marker() == Marker.LETTER || p.marker() == Marker.ROMAN;
            if (listItem && p.rank() <= topicRank) topicRank = Integer.MAX_VALUE;
            if (!listItem && p.rank() > topicRank) {
                // "3. Kinh phí" / "Giao Phòng Tài chính - Kế hoạch bố trí ...": an assignment under a topic names
                // its unit, as other sentences under it do not
                // ("7. Về chế độ báo cáo: ..." / "Bộ Y tế giao Cục Phòng bệnh chủ trì, phối hợp ... theo dõi": so does
                // the issuer handing its own part on)
                // ("Phòng Khảo thí ... có trách nhiệm theo dõi, tổng hợp ...": so does a duty given to a body by name)
                if (p.marker() == Marker.NONE && (opensWithAssignment(p) || issuerAssigns(p.text())
                        || opensWithDutyHolder(p.text()))) {
                    positions.addAll(itemUnits(p, true));
                } else if (isBulletMarker(p.marker())) {
                    // "b) Phân công nhiệm vụ cụ thể:" / "- Công an tỉnh: Chủ trì đấu tranh ...": a bullet that names
                    // its body before a colon hands it the task, under a topic as under a unit; so does one whose body
                    // leads it ("1.1. Rà soát văn bản" / "- Sở Tư pháp chủ trì, phối hợp với các sở, ngành rà soát ...")
                    List<Found> labelled = colonLabelledTask(p);
                    positions.addAll(labelled.isEmpty() && opensWithLead(p.text()) ? itemUnits(p, true) : labelled);
                }
                continue;
            }
            if (closes(ps, j, lastItem)) {
                open = new ArrayList<>();
                openRank = Integer.MAX_VALUE;
                // "Trên đây là Kế hoạch ...;" after the last item: the closing formula, however its request is
                // broken over lines after it ("Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị ... nghiêm
                // túc triển khai thực hiện./."), which names no unit of its own
                if (j >= lastItem && SUMMARY.matcher(p.text()).lookingAt()) summarised = true;
                // "Phòng Khảo thí ... có trách nhiệm theo dõi, tổng hợp ...": after the items, a duty given by name
                if (!summarised && p.marker() == Marker.NONE && (opensWithDutyHolder(p.text()) || opensWithMonitor(p.text()))) {
                    positions.addAll(itemUnits(p, true));
                    continue;
                }
                if (p.rank() <= 2 || p.marker() == Marker.NONE) continue;
            } else if (summarised && p.marker() == Marker.NONE) {
                continue;
            }
            boolean inside = p.rank() > openRank;
            boolean numbered = p.marker() == Marker.NUMBER || p.marker() == Marker.LETTER;
            if (inside && numbered) {
                // "1. Các phòng chuyên môn: a) Phòng Nội vụ ...": a numbered child naming a unit is a unit too
                // "1. Ủy ban nhân dân các huyện" / "a) Đối với các địa phương chưa ban hành kế hoạch: khẩn trương ...":
                // a child that names a scope, not a body (a fragment), is a task of the heading's unit
                List<Found> sub = new ArrayList<>(itemUnits(p, implementation));
                sub.removeIf(f -> isFragment(UnitNames.withoutHonorific(f.name())));
                // "3. Ủy ban nhân dân các xã, phường" / "a) Phân công công chức phụ trách nhập dữ liệu": the heading's
                // body handing a task to its own staff, named in lower case, is still the one responsible
                sub.removeIf(f -> !Character.isUpperCase(f.name().codePointAt(0)));
                if (!sub.isEmpty()) {
                    // "1. Các cơ quan chuyên môn thuộc UBND huyện" / "1.1. Phòng Nội vụ ...": a heading with no
                    // task of its own that only groups numbered units is a label, not a unit
                    for (Found f : open) {
                        if (f.tasks().isEmpty()) positions.remove(f);
                    }
                    open = new ArrayList<>();
                    positions.addAll(sub);
                    continue;
                }
            }
            if (inside && isBulletMarker(p.marker())) {
                // "3. Các cơ quan thông tin, báo chí" / "- Báo Bắc Kạn, Đài Phát thanh và Truyền hình tỉnh: Mở chuyên
                // mục ...": a bullet that names its body before a colon gives that body the task; a heading that had
                // no task of its own only grouped them
                List<Found> sub = colonLabelledBodies(p);
                if (!sub.isEmpty()) {
                    List<Found> keep = new ArrayList<>();
                    for (Found f : open) {
                        if (f.tasks().isEmpty()) positions.remove(f);
                        else keep.add(f);
                    }
                    open = keep;
                    positions.addAll(sub);
                    continue;
                }
            }
            if (inside && isBulletMarker(p.marker()) && opensWithLead(p.text())
                    && (!open.isEmpty() && allGroupLabels(open) || open.isEmpty() && groupRank == openRank)) {
                // "4. Các vụ, Văn phòng Bộ" / "- Vụ Pháp chế chủ trì rà soát ..." / "- Văn phòng Bộ chủ trì ...": a
                // heading that names a group of the issuer's bodies by their kind hands each bullet to the body that
                // leads it; the group was a label
                List<Found> sub = itemUnits(p, true);
                if (!sub.isEmpty()) {
                    for (Found f : open) {
                        if (f.tasks().isEmpty()) positions.remove(f);
                    }
                    open = new ArrayList<>();
                    groupRank = openRank; // the group's later bullets are handed so too
                    positions.addAll(sub);
                    continue;
                }
            }
            if (inside && isBulletMarker(p.marker()) && headsItsOwnBullets(ps, j, to)) {
                // "4. Trạm Y tế xã" / "- ..." / "+ Công chức Văn hóa - Xã hội" / "- ...": a bullet that is only a
                // body's name, the bullets under it of another kind, heads them as the numbered item before did
                Found named = bareName(p);
                if (named != null) {
                    positions.addAll(List.of(named));
                    open = new ArrayList<>(List.of(named));
                    continue;
                }
            }
            if (inside && p.marker() == Marker.NONE && j > lastItem && opensWithMonitor(p.text())) {
                // "5. Trưởng các thôn" / "Thông báo ..." / "Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả thực hiện
                // Kế hoạch ...": after the last item, a paragraph naming another body to monitor the plan is that
                // body's task, not the last heading's
                positions.addAll(itemUnits(p, true));
                continue;
            }
            if (inside) {
                for (int k = 0; k < open.size(); k++) {
                    Found f = open.get(k);
                    List<String> tasks = new ArrayList<>(f.tasks());
                    tasks.add(p.text());
                    Found updated = new Found(f.name(), f.start(), f.end(), tasks);
                    out.set(positions.indexOf(f), updated);
                    open.set(k, updated);
                }
                continue;
            }
            if (p.marker() == Marker.NONE && p.text().stripTrailing().endsWith(":")
                    && ANNOUNCES_TASKS.matcher(p.text()).find()
                    && UnitNames.assignsToNoNamedUnit(p.text(), MAX_HEADING_WORDS)) {
                // "Ủy ban nhân dân huyện giao trách nhiệm cho các cơ quan, đơn vị như sau:" then "1) Phòng Nội vụ
                // ...", "Sở Y tế phân công các đơn vị thực hiện các hoạt động theo bảng sau:" then its table: the
                // issuer announcing the list is no unit of it
                open = new ArrayList<>();
                openRank = Integer.MAX_VALUE;
                continue;
            }
            // "2.2.3. Đối với khu vực nông thôn:" / "- Sở Nông nghiệp và Môi trường: Tổ chức điều tra ...": a bullet
            // naming its body before a colon, under no unit's item, in a tasks section as in an implementation one
            // (or whose body leads it: "1.1. Rà soát văn bản" / "- Sở Tư pháp chủ trì, phối hợp với ... rà soát ...")
            if (!implementation && isBulletMarker(p.marker())) {
                List<Found> labelled = colonLabelledTask(p);
                if (labelled.isEmpty() && opensWithLead(p.text())) labelled = itemUnits(p, true);
                if (!labelled.isEmpty()) {
                    positions.addAll(labelled);
                    continue;
                }
            }
            // in a tasks section an unnumbered paragraph names a unit only by assigning ("Giao Công an xã chủ trì")
            List<Found> units = itemUnits(p, implementation || p.marker() == Marker.NONE && opensWithAssignment(p));
            if (units.isEmpty() && listItem && "OTHER".equals(sectionKind(p.text()))) topicRank = p.rank();
            groupRank = Integer.MAX_VALUE;
            if (!units.isEmpty()) {
                positions.addAll(units);
                open = new ArrayList<>(units);
                openRank = p.rank();
            } else {
                open = new ArrayList<>();
                openRank = Integer.MAX_VALUE;
            }
        }
    }

    /** The verbs an unnumbered paragraph that assigns a task opens with ("Giao", "Phân công"): a resource. */
    private static final List<String> OPENING_ASSIGN_VERBS = Words.folded(UnitExtractor.class, "opening-assign-verbs.txt");
    /** A topic's label before a notice's conclusion on it: "Về công tác giải phóng mặt bằng: ", "Đối với ...: ". */
    private static final Pattern TOPIC_LABEL = Pattern.compile("(?iu)^(?:về|đối\\s+với)\\s[^:.;]{2,120}:\\s*");

    /** Length of a topic label opening the paragraph when an assignment follows it ("Về ...: Giao ..."), else 0. */
    private static int topicLabelLength(Paragraph p) {
        Matcher m = TOPIC_LABEL.matcher(p.text());
        if (m.lookingAt() && m.end() < p.text().length()) {
            return UnitNames.assignVerbLength(p.text().substring(m.end())) > 0 ? m.end() : 0;
        }
        // "Công tác tuyên truyền: Giao Công chức Văn hóa - Xã hội chủ trì ...": any short label that names no unit,
        // when what follows its colon opens by assigning ("Giao", "Phân công": opening-assign-verbs.txt)
        // asked of every item: a colon near the start with an assigning word after it first, the names last
        String t = p.text();
        int colon = -1;
        for (int k = 0; k < Math.min(t.length(), 81); k++) {
            char c = t.charAt(k);
            if (c == '.' || c == ';') return 0;
            if (c == ':') {
                colon = k;
                break;
            }
        }
        if (colon < 2) return UnitNames.requestAfterOpeningPhrase(t);
        int after = colon + 1;
        while (after < t.length() && Character.isWhitespace(t.charAt(after))) after++;
        if (after >= t.length() || OPENING_ASSIGN_FIRSTS.indexOf(Character.toLowerCase(t.charAt(after))) < 0) return 0;
        return opensWithAssignVerb(t.substring(after)) && UnitNames.headLength(t) == 0 ? after : 0;
    }

    /** Whether {@code text} opens with an assigning verb and the unit it assigns to: "Giao Phòng X chủ trì ...". */
    private static boolean opensWithAssignVerb(String text) {
        String f = Words.fold(text.substring(0, Math.min(text.length(), 40)));
        if (UnitNames.opensWithBriefing(text)) return false;
        for (String v : OPENING_ASSIGN_VERBS) {
            if (f.startsWith(v + " ") && UnitNames.headLength(text.substring(v.length()).strip()) > 0) return true;
        }
        return false;
    }

    /** {@link #OPENING_ASSIGN_VERBS} without their first letter, found in a text whatever its case ("Giao", "giao"). */
    private static final List<String> OPENING_ASSIGN_TAILS = OPENING_ASSIGN_VERBS.stream().map(v -> v.substring(1)).toList();

    /** Whether an opening assigning verb stands anywhere in {@code text}: a cheap test before the paragraph's reading. */
    private static boolean holdsOpeningAssignVerb(String text) {
        for (String tail : OPENING_ASSIGN_TAILS) if (text.contains(tail)) return true;
        return false;
    }

    /**
     * Whether a paragraph opens with a body in capitals that hands a task on ("Bộ Y tế giao Cục Phòng bệnh chủ trì"):
     * asked first whether " giao " stands among its opening words, as most paragraphs have it nowhere.
     */
    private static boolean issuerAssigns(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) return false;
        int giao = text.indexOf(" giao ");
        return giao > 0 && giao < ISSUER_REACH && UnitNames.assignVerbLength(text) > 0;
    }

    /** How far into a paragraph the verb of an issuer handing its task on is looked for: a body's name. */
    private static final int ISSUER_REACH = 80;

    /** The first letters of {@link #OPENING_ASSIGN_VERBS} (lower case). */
    private static final String OPENING_ASSIGN_FIRSTS = OPENING_ASSIGN_VERBS.stream().map(v -> v.substring(0, 1))
            .distinct().reduce("", String::concat);

    /** Whether an unmarked paragraph opens (after a topic label) by assigning a task: "Giao Phòng X chủ trì ...". */
    private static boolean opensWithAssignment(Paragraph p) {
        int topic = topicLabelLength(p);
        // asked of every unnumbered paragraph of a tasks section: most open with no assigning word at all
        if (topic == 0 && (p.text().isEmpty()
                || OPENING_ASSIGN_FIRSTS.indexOf(Character.toLowerCase(p.text().charAt(0))) < 0)) {
            return false;
        }
        return opensWithAssignVerb(p.text().substring(topic));
    }

    /** The paragraph from {@code k} chars into its text on, as a paragraph of its own (its sources kept). */
    private static Paragraph from(Paragraph p, int k) {
        List<int[]> segments = new ArrayList<>();
        for (int[] s : p.segments()) {
            int end = s[0] + s[2];
            if (end <= k) continue;
            int cut = Math.max(0, k - s[0]);
            segments.add(new int[] {s[0] + cut - k, s[1] + cut, s[2] - cut});
        }
        if (segments.isEmpty()) return p;
        return new Paragraph(p.sourceOffset(k), p.end(), p.marker(), p.depth(), p.text().substring(k),
                segments.toArray(new int[0][]), p.caps());
    }

    /**
     * Without an implementation section: numbered items whose subject is a unit, paragraphs that assign
     * ("Đề nghị Phòng X ...", "Điều 2. Giao Sở Y ..."); never the "Kính gửi" list or other bullets.
     */
    /** What opens a list of a body's members: "gồm các ông, bà có tên sau:", "thành phần gồm các đồng chí:". */
    private static final Pattern MEMBERS_INTRO = Pattern.compile(
            "(?iu)gồm\\s+(?:các\\s+)?(?:ông|bà|đồng\\s+chí|thành\\s+viên)[^:.;]{0,40}:\\s*$");

    private static void collectFallback(List<Paragraph> ps, int from, int to, List<Found> out) {
        boolean assigning = false; // the paragraph before assigned a task ("Giao Phòng X ...")
        int lastItem = lastItem(ps, from, to);
        int membersRank = -1; // the rank of the paragraph that opened a list of members, -1 outside one
        for (int j = from; j < to; j++) {
            Paragraph p = ps.get(j);
            boolean assigned = assigning;
            assigning = false;
            // "Điều 1. Kiện toàn Ban Chỉ đạo ..., gồm các ông, bà có tên sau:" / "1. Trưởng ban: Ông Hoàng Minh Khôi,
            // Phó Chủ tịch ..." / "4. Các ủy viên:" / "- Ông Trần Văn Hải, ...": who sits on a body, by post and
            // name, is no unit; the list runs over the items and bullets under the paragraph that opened it
            boolean listed = p.marker() != Marker.NONE && p.marker() != Marker.ARTICLE && p.marker() != Marker.ROMAN;
            if (membersRank >= 0 && listed && p.rank() > membersRank) continue;
            membersRank = MEMBERS_INTRO.matcher(p.text()).find() ? p.rank() : -1;
            if (closes(ps, j, lastItem)) {
                // "Phòng Khảo thí ... có trách nhiệm theo dõi, tổng hợp ...": after the items, a duty given by name
                if (p.marker() == Marker.NONE && opensWithDutyHolder(p.text())) out.addAll(itemUnits(p, true));
                continue;
            }
            String text = p.text();
            if (p.marker() == Marker.ARTICLE) continue; // articles are read by collectArticles
            // "Về công tác thu ngân sách: Giao Chi cục Thuế ...": the topic's label before the assignment
            int topic = topicLabelLength(p);
            if (topic > 0) {
                p = from(p, topic);
                text = p.text();
            }
            boolean assigns = UnitNames.assignVerbLength(text) > 0;
            boolean item = p.marker() == Marker.NUMBER || p.marker() == Marker.LETTER;
            // "Giao Văn phòng ... rà soát ..." / "Hợp tác xã ... cung ứng ...": a meeting's conclusions go on
            // assigning with the unit as the subject; its task verb decides, as for an item. Only between items:
            // after the last one the issuer closes ("Sở Công Thương thông báo để Công ty ... biết")
            boolean goesOn = !item && !assigns && assigned && p.marker() == Marker.NONE && j < lastItem
                    && UnitNames.startsWithUnit(text, true);
            if (item || assigns || goesOn) {
                List<Found> units = itemUnits(p, true);
                out.addAll(units);
                assigning = (assigns || goesOn) && !units.isEmpty();
            } else if (p.marker() == Marker.NONE && j + 1 < to && isBulletMarker(ps.get(j + 1).marker())) {
                // "Trung tâm Kiểm soát bệnh tật tỉnh:" on a line of its own, its tasks as bullets below
                String label = text.strip();
                if (!label.endsWith(":") || Words.splitCount(label) > MAX_HEADING_WORDS) continue;
                if (!UnitNames.startsWithUnit(label, true)) continue;
                addClean(p, label.substring(0, label.length() - 1), p.text().indexOf(label), out);
            }
        }
    }

    /**
     * A plan or a cell's plan written as running prose, with no part, item, article or addressee: "Trung tâm Dịch vụ tổng
     * hợp xã chủ trì tổ chức tiêm phòng ...", "...; đồng thời Ban Chỉ huy Quân sự xã bố trí lực lượng ...", "Công an xã
     * chủ trì, phối hợp ...", "Để tổ chức thực hiện, Ủy ban nhân dân xã giao Phòng Kinh tế chủ trì ...". Each sentence
     * or semicolon clause that opens with a body and a task's verb, or with an assignment, names its unit; one whose
     * body did something already ("Ủy ban nhân dân xã đã chỉ đạo ...") is a result and names none.
     */
    private static void collectProse(List<Paragraph> ps, int to, List<Found> out) {
        boolean quoting = false; // the bullets after "Căn cứ khoản 2 Điều 16 Nghị định số ...:" quote its provisions
        for (int j = 0; j < to; j++) {
            Paragraph p = ps.get(j);
            if (p.marker() != Marker.NONE && !isBulletMarker(p.marker())) continue;
            String text = p.text();
            if (p.marker() == Marker.NONE) {
                quoting = QUOTES_PROVISIONS.matcher(text).lookingAt() && text.stripTrailing().endsWith(":");
            } else if (quoting) {
                continue;
            }
            int start = 0;
            while (start < text.length()) {
                int end = clauseEnd(text, start);
                int c = clauseStart(text, start, end);
                // "...; yêu cầu Thủ trưởng các phòng ...": a clause may open with its verb in lower case
                if (c < end && (Character.isUpperCase(text.codePointAt(c))
                        || UnitNames.assignVerbLength(text.substring(c, end)) > 0)) {
                    String clause = text.substring(c, end);
                    // "... ban hành Kế hoạch ... như sau:", "Chi bộ thống nhất lãnh đạo thực hiện những nội dung chủ
                    // yếu sau đây": the issuer announcing what follows is no unit of it
                    if (ANNOUNCES_WHAT_FOLLOWS.matcher(clause).find()) {
                        start = end + 1;
                        continue;
                    }
                    if (UnitNames.assignVerbLength(clause) > 0 || actsAsSubject(clause)) {
                        Paragraph sub = from(p, c);
                        for (Found f : itemUnits(sub, true)) {
                            // only a clean name: "Sở Nội vụ đề nghị các cơ quan, đơn vị" (an issuer and the referent
                            // of a letter's addressees) is none; the addressees are read as a letter's are
                            if (f.start() < sub.sourceOffset(end - c) && cleanName(f.name())) out.add(f);
                        }
                    }
                }
                start = end + 1;
            }
        }
    }

    /** What opens a paragraph whose bullets quote the provisions of a law it names ("Căn cứ Điều 16 ...:"). */
    private static final Pattern QUOTES_PROVISIONS = Pattern.compile("(?iu)\\s*(?:căn\\s+cứ|theo\\s+quy\\s+định)(?![\\p{L}])");

    /** Where the clause from {@code start} ends: at a sentence's stop or a semicolon, or the text's end. */
    private static int clauseEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) return i;
        }
        return text.length();
    }

    /**
     * Where a clause's subject may begin: past spaces, a connective ("đồng thời", "trong đó", "cụ thể,") and a
     * purpose or time before a comma ("Để tổ chức thực hiện, Ủy ban nhân dân xã giao ...").
     */
    private static int clauseStart(String text, int start, int end) {
        int c = start;
        while (c < end && text.charAt(c) == ' ') c++;
        String f = Words.fold(text.substring(c, Math.min(end, c + PROSE_CONNECTIVE_REACH)));
        for (String connective : PROSE_CONNECTIVES) {
            if (f.startsWith(connective + " ") || f.startsWith(connective + ",")) {
                c += connective.length();
                while (c < end && (text.charAt(c) == ' ' || text.charAt(c) == ',')) c++;
                return c;
            }
        }
        // "Để tổ chức thực hiện, X giao ...", "Về công tác tuyên truyền, vận động, Chi bộ giao ...": a purpose or a
        // topic before the subject, which opens after one of its commas
        for (String opener : PROSE_OPENERS) {
            if (!f.startsWith(opener + " ")) continue;
            for (int comma = text.indexOf(',', c); comma > 0 && comma < end; comma = text.indexOf(',', comma + 1)) {
                int after = comma + 1;
                while (after < end && text.charAt(after) == ' ') after++;
                if (after < end && UnitNames.startsWithUnit(text.substring(after, end), true)) return after;
            }
            break;
        }
        return c;
    }

    private static final List<String> PROSE_CONNECTIVES = List.of("đồng thời", "trong đó", "cụ thể", "bên cạnh đó");
    /** What opens a purpose, topic or occasion before a clause's subject. */
    private static final List<String> PROSE_OPENERS = List.of("để", "về", "trên cơ sở", "đối với", "khi", "trong quá trình");
    private static final Pattern ANNOUNCES_WHAT_FOLLOWS =
            Pattern.compile("(?iu)(?:(?:như\\s+sau|sau\\s+đây)\\s*:?|(?<![\\p{L}])sau\\s*:)\\s*$");
    private static final int PROSE_CONNECTIVE_REACH = 20;

    /**
     * Whether the clause opens with a body whose name a task's verb follows ("Công an xã chủ trì ..."); not one that
     * informs, received or plans ("Phòng Kinh tế thông báo giá ...", "Ủy ban nhân dân tỉnh dự kiến tổ chức hội nghị":
     * a letter's issuer speaking; no-task-verbs.txt).
     */
    private static boolean actsAsSubject(String clause) {
        int head = UnitNames.headLength(clause);
        if (head == 0) return false;
        int end = UnitNames.nameEnd(clause, head);
        if (end >= clause.length()) return false;
        String rest = clause.substring(end);
        return UnitNames.opensWithTaskVerb(rest) && !UnitNames.opensWithNoTaskVerb(rest);
    }

    /** A body's name and nothing else: no verb inside it (nor an issuer's "đề nghị"), no bare generic noun. */
    private static boolean cleanName(String name) {
        String n = UnitNames.withoutHonorific(name).strip();
        int head = UnitNames.headLength(n);
        if (head == 0 || UnitNames.nameEnd(n, head) < n.length() || isFragment(n)) return false;
        String f = " " + Words.fold(n) + " ";
        for (String verb : PROSE_ISSUER_VERBS) {
            if (f.contains(" " + verb + " ")) return false;
        }
        return true;
    }

    /**
     * A body's request to another inside what reads as one name ("Phòng Y tế đề nghị Quý cơ quan"); no body's name
     * holds these words ("giao", "chỉ đạo" do: "Sở Giao thông", "Ban Chỉ đạo").
     */
    private static final List<String> PROSE_ISSUER_VERBS = List.of("đề nghị", "yêu cầu");

    /**
     * {@link #colonLabelledBodies} where no unit's item gives the context: only when a task's verb follows the colon
     * ("- Công an tỉnh: Chủ trì ...", not a list of who attends, "- Sở Y tế: 02 đại biểu").
     */
    private static List<Found> colonLabelledTask(Paragraph p) {
        int colon = p.text().indexOf(':');
        if (colon <= 0 || !UnitNames.opensWithTaskVerb(p.text().substring(colon + 1))) return List.of();
        return colonLabelledBodies(p);
    }

    /**
     * The bodies a bullet names before a colon, then its task: "Sở Văn hóa, Thể thao và Du lịch: Chỉ đạo ...". A
     * task label ("Cơ quan chủ trì: ...") is read as a label, not here.
     */
    private static List<Found> colonLabelledBodies(Paragraph p) {
        String text = p.text();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon + 1 >= text.length() || text.substring(colon + 1).isBlank()) return List.of();
        String name = text.substring(0, colon);
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || labelKind(name) != null) return List.of();
        int head = UnitNames.headLength(name);
        if (head == 0 || Words.splitCount(name) > MAX_HEADING_WORDS) return List.of();
        // the whole of what stands before the colon is the name: no verb inside it
        if (UnitNames.nameEnd(name, head) < name.strip().length()) return List.of();
        return unitsAtSemicolons(p, name, 0, List.of(text.substring(colon + 1).strip()));
    }

    /** Whether the paragraph after bullet {@code j} is a bullet of another kind, or unmarked, before {@code to}. */
    private static boolean headsItsOwnBullets(List<Paragraph> ps, int j, int to) {
        if (j + 1 >= to) return false;
        Marker next = ps.get(j + 1).marker();
        return next != ps.get(j).marker() && (isBulletMarker(next) || next == Marker.NONE);
    }

    /**
     * The body a paragraph names and nothing else ("Công chức Văn hóa - Xã hội"), or null: a capitalised name, not a
     * fragment, with no verb, colon or stop after it.
     */
    private static Found bareName(Paragraph p) {
        String text = p.text().strip();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || Words.splitCount(text) > MAX_HEADING_WORDS) {
            return null;
        }
        int head = UnitNames.headLength(text);
        if (head == 0 || UnitNames.nameEnd(text, head) < text.length()) return null;
        String name = UnitNames.clean(text);
        if (!name.equals(text) || isFragment(UnitNames.withoutHonorific(name))) return null;
        int at = p.text().indexOf(text);
        return new Found(name, p.sourceOffset(at), p.sourceOffset(at + name.length() - 1) + 1, List.of());
    }

    private static boolean isBulletMarker(Marker m) {
        return m == Marker.DASH || m == Marker.PLUS || m == Marker.BULLET;
    }

    private static final Pattern INTRO_ASSIGN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:đề nghị|yêu cầu|" + ASSIGNING_GIAO + ")\\s+");
    /** A group named with "các cấp" at its end: every level of it ("... và các đoàn thể chính trị - xã hội các cấp"). */
    private static final Pattern ALL_LEVELS = Pattern.compile("(?iu)(?<![\\p{L}])các\\s+cấp$");
    private static final Pattern LIST_FOLLOWS = Pattern.compile("(?iu)\\bsau\\s*:$");

    /**
     * A letter whose items name no unit: the sentence that opens the list names who carries it out ("Sở X đề
     * nghị UBND các xã, phường thực hiện một số nội dung sau:"). The first such sentence only.
     */
    private static void collectIntroduction(List<Paragraph> ps, int to, List<Found> out) {
        for (int j = 0; j < to; j++) {
            Paragraph p = ps.get(j);
            if (p.marker() != Marker.NONE || !LIST_FOLLOWS.matcher(p.text().strip()).find()) continue;
            List<Found> asked = introducedUnits(p);
            if (asked == null) return;
            if (!asked.isEmpty()) {
                out.addAll(asked);
                return;
            }
        }
    }

    /**
     * The bodies a sentence opening a list of tasks asks to carry them out ("... đề nghị Đảng ủy các xã, thị trấn;
     * các chi bộ trực thuộc thực hiện một số nội dung sau:"), split at semicolons; empty when it names none, null
     * when it asks by courtesy ("đề nghị Quý Sở"), which stands for the addressees.
     */
    private static List<Found> introducedUnits(Paragraph p) {
        String text = p.text().strip();
        Matcher v = INTRO_ASSIGN.matcher(text);
        while (v.find()) {
            // "đề nghị Quý Sở quan tâm, chỉ đạo ... sau:": a courtesy referent stands for the addressees, whom
            // collectAddressees reads from "Kính gửi"
            if (ASKS_ADDRESSEE.matcher(text).region(v.start(), text.length()).lookingAt()) return null;
            String rest = text.substring(v.end());
            int head = UnitNames.headLength(rest);
            if (head == 0) continue;
            int end = UnitNames.nameEnd(rest, head);
            if (end >= rest.length() - 1) continue;
            String name = UnitNames.clean(rest.substring(0, end));
            if (name.isEmpty() || Words.splitCount(name) > MAX_NAME_WORDS) continue;
            // "yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể ... các cấp thực hiện
            // tốt một số nội dung sau:": the whole system at every level is asked, which names no body to answer
            if (ALL_LEVELS.matcher(name).find()) return List.of();
            List<Found> out = new ArrayList<>();
            for (Found f : unitsAtSemicolons(p, name, p.text().indexOf(text) + v.end(), List.of())) {
                out.add(new Found(UnitNames.capitalise(f.name()), f.start(), f.end(), f.tasks())); // "; các chi bộ ..."
            }
            return out;
        }
        return List.of();
    }

    /**
     * Whether an item of the list in [from, to) names no unit of its own ("1. Căn cứ đề cương gửi kèm, tổ chức đánh
     * giá ..."): its task is the one the sentence announcing the list asks of its bodies.
     */
    private static boolean someItemNamesNoUnit(List<Paragraph> ps, int from, int to) {
        int rank = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            Marker m = ps.get(k).marker();
            if (m == Marker.NUMBER || m == Marker.LETTER) rank = Math.min(rank, ps.get(k).rank());
        }
        for (int k = from; k < to; k++) {
            Paragraph p = ps.get(k);
            if (p.rank() != rank || p.marker() != Marker.NUMBER && p.marker() != Marker.LETTER) continue;
            if (itemUnits(p, true).isEmpty()) return true;
        }
        return false;
    }

    /**
     * "đề nghị Quý Sở:", "yêu cầu các cơ quan, đơn vị ...": the letter asks its addressees, named by courtesy or by
     * a plural that stands for them ({@code addressee-referents.txt}).
     */
    private static final Pattern ASKS_ADDRESSEE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:đề\\s+nghị|yêu\\s+cầu)\\s+(?:"
                    + Words.alternation(Words.raw(UnitExtractor.class, "addressee-referents.txt")) + ")(?![\\p{L}])");

    /**
     * "Kính gửi" opening a paragraph (its colon optional), or inside a header flattened onto one line ("... Bắc Giang,
     * ngày 03 tháng 9 năm 2026 Kính gửi: - Các sở ...; - UBND các xã, phường."), where the list runs to the
     * paragraph's end.
     */
    private static final Pattern ADDRESSED_TO = Pattern.compile(
            "(?iu)^\\s*kính\\s+gửi\\s*:?\\s*|(?<![\\p{L}])(?-i:Kính|KÍNH)\\s+(?-i:gửi|GỬI)\\s*:\\s*");
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s*[-+•–]\\s+");

    /**
     * A letter that asks its addressee by courtesy ("Bộ Y tế đề nghị Quý Sở: 1. Chỉ đạo ..."): the tasks are the
     * addressee's, and "Quý Sở" is whoever "Kính gửi" names, on its line or as the bullets below it. (An addressee
     * is no unit for being addressed; asked to carry the letter's tasks out, it is.)
     */
    private static void collectAddressees(List<Paragraph> ps, int to, List<Found> out) {
        boolean asked = false;
        for (int j = 0; j < to && !asked; j++) {
            Paragraph p = ps.get(j);
            if (p.marker() != Marker.NONE) continue;
            Matcher m = ASKS_ADDRESSEE.matcher(p.text());
            // "đề nghị Quý Cục liên hệ với ... để được hướng dẫn" points the addressee elsewhere: no task
            asked = m.find() && !startsWithAny(Words.fold(p.text().substring(m.end()).strip()), REFERRAL_VERBS);
        }
        if (!asked) return;
        for (int j = 0; j < to; j++) {
            Paragraph p = ps.get(j);
            Matcher m = ADDRESSED_TO.matcher(p.text());
            if (!m.find()) continue;
            String value = p.text().substring(m.end());
            if (!value.isBlank()) {
                int at = m.end();
                for (String part : value.split(";", -1)) {
                    // "- Các sở, ban, ngành tỉnh; - UBND các xã": bullets that a flattened line kept
                    Matcher bullet = INLINE_BULLET.matcher(part);
                    int skip = bullet.lookingAt() ? bullet.end() : 0;
                    addAddressee(p, part.substring(skip), at + skip, out);
                    at += part.length() + 1;
                }
            } else {
                for (int k = j + 1; k < to && isBulletMarker(ps.get(k).marker()); k++) {
                    addAddressee(ps.get(k), ps.get(k).text(), 0, out);
                }
            }
            return;
        }
    }

    /** An addressee is a unit of a unit's length (a "Kính gửi" line may run on into a sentence). */
    private static void addAddressee(Paragraph p, String part, int at, List<Found> out) {
        if (Words.splitCount(UnitNames.clean(part)) <= MAX_NAME_WORDS) addClean(p, part, at, out);
    }

    private static final Pattern DUTIES_OF = Pattern.compile("(?iu)^(?:nhiệm\\s+vụ|trách\\s+nhiệm|nhiệm\\s+vụ,?\\s+(?:và\\s+)?quyền\\s+hạn|chức\\s+năng,\\s+nhiệm\\s+vụ)\\s+của\\s");

    /**
     * End of the unit's name in {@code rest}: a heading "Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo:" names
     * its body up to the colon (the verbs inside are the body's name); otherwise before the first task verb.
     */
    private static int dutyHolderEnd(String text, int assign, String rest, int head) {
        if (assign > 0 && DUTIES_OF.matcher(text).lookingAt()) {
            int colon = rest.indexOf(':');
            int stop = rest.indexOf(". ");
            if (colon > head && (stop < 0 || colon < stop) && Words.splitCount(rest.substring(0, colon)) <= MAX_NAME_WORDS) {
                return colon;
            }
        }
        return UnitNames.nameEnd(rest, head);
    }

    /** "Điều 2. Giao Sở Nội vụ chủ trì ...": the units assigned by an article. */
    private static List<Found> articleAssignment(Paragraph p, int bodyStart) {
        String text = p.text();
        String body = text.substring(bodyStart);
        int assign = UnitNames.assignVerbLength(body);
        String rest = body.substring(assign);
        int head = UnitNames.headLength(rest);
        if (head == 0) return List.of();
        String name = rest.substring(0, dutyHolderEnd(body, assign, rest, head));
        if (Words.splitCount(name) > MAX_NAME_WORDS) return List.of();
        return unitsAtSemicolons(p, name, bodyStart + assign, List.of(rest.substring(name.length()).strip()));
    }

    /**
     * "1. Đồng chí Nguyễn Văn Hải - Chủ tịch UBND xã:" heading the duties below it: a notice that divides the work
     * among a body's leaders names each by name and post; the holder so named is the unit (the honorific dropped).
     * Only after "đồng chí" and before a colon or as the whole heading (its duties on the lines below), the post a
     * unit's head: a decision's list of members ("1. Ông Nguyễn Hữu Phước, Phó Giám đốc Sở Y tế - Trưởng đoàn;") is no
     * heading of duties.
     */
    private static final Pattern NAMED_HOLDER = Pattern.compile(
            "(?u)^(?:[Đđ]ồng\\s+chí|[Đđ]/[Cc])\\s+((?:\\p{Lu}[\\p{L}\\p{M}']*\\s+){1,4}\\p{Lu}[\\p{L}\\p{M}']*\\s*[-–]\\s*([^:;]{3,120}?))\\s*(?::|\\.?$)");

    private static Found namedHolder(Paragraph p) {
        Matcher m = NAMED_HOLDER.matcher(p.text());
        if (!m.lookingAt() || UnitNames.headLength(m.group(2)) == 0) return null;
        String name = m.group(1).strip();
        int at = m.start(1);
        String task = p.text().substring(m.end()).strip();
        return new Found(name, p.sourceOffset(at), p.sourceOffset(at + name.length() - 1) + 1,
                task.isEmpty() ? List.of() : List.of(task));
    }

    /** The units an item paragraph names as its heading or subject; empty when it names none. */
    private static final List<String> TIME_OPENERS = Words.folded(UnitExtractor.class, "time-openers.txt");
    /** The first letters of {@link #TIME_OPENERS}, lower case. */
    private static final String TIME_OPENER_FIRSTS = TIME_OPENERS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    /** How far into a numbered item the comma after its opening time may stand. */
    private static final int TIME_PHRASE_REACH = 60;

    /**
     * The length of a numbered item's opening time and its comma when a body's name follows them ("Kể từ tháng
     * 9/2026, Trạm Y tế xã báo cáo ..."); 0 otherwise.
     */
    private static int timePhraseLength(Paragraph p) {
        if (p.marker() != Marker.NUMBER && p.marker() != Marker.LETTER) return 0;
        String text = p.text();
        // cheap tests first: this runs on every numbered item, nearly all of which open with their body or task
        if (text.isEmpty() || TIME_OPENER_FIRSTS.indexOf(Character.toLowerCase(text.charAt(0))) < 0) return 0;
        int comma = text.indexOf(',');
        if (comma < 0 || comma > TIME_PHRASE_REACH) return 0;
        if (!startsWithAny(Words.fold(text.substring(0, Math.min(text.length(), 12))), TIME_OPENERS)) return 0;
        int after = comma + 1;
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return after < text.length() && UnitNames.startsWithUnit(text.substring(after), true) ? after : 0;
    }

    static List<Found> itemUnits(Paragraph item, boolean implementation) {
        if (item.marker() == Marker.NUMBER || item.marker() == Marker.LETTER) {
            Found holder = namedHolder(item);
            if (holder != null) return List.of(holder);
        }
        // "2. Về công tác thu ngân sách: Giao Chi cục Thuế ...": the topic's label before the assignment
        int topic = topicLabelLength(item);
        Paragraph p = topic > 0 ? from(item, topic) : item;
        // "2. Trước ngày 30/6/2026, Ủy ban nhân dân các xã hoàn thành ...": when, then who
        int timed = topic > 0 ? 0 : timePhraseLength(p);
        if (timed > 0) p = from(p, timed);
        Marker mk = p.marker();
        boolean numbered = mk == Marker.NUMBER || mk == Marker.LETTER || mk == Marker.ROMAN;
        if (!implementation && !numbered) return List.of();
        if (mk == Marker.ARTICLE) return List.of();
        String text = p.text();
        int assign = UnitNames.assignVerbLength(text);
        String rest = text.substring(assign);
        int head = UnitNames.headLength(rest);
        if (head == 0) return List.of();
        if (assign == 0 && !Character.isUpperCase(rest.codePointAt(0))) return List.of();
        // "Sở Tư pháp đề nghị các cơ quan, địa phương quan tâm phối hợp thực hiện": an unnumbered paragraph in which the
        // issuer asks all, naming no body, is no unit's
        if (assign == 0 && mk == Marker.NONE && UnitNames.assignsToNoNamedUnit(rest, MAX_HEADING_WORDS)) return List.of();
        int nameEnd = dutyHolderEnd(text, assign, rest, head);
        boolean cut = nameEnd < rest.strip().length() && nameEnd < rest.length();
        String name = rest.substring(0, nameEnd);
        int words = Words.splitCount(name);
        // "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu ... và đại
        // biểu Hội đồng nhân dân tỉnh giám sát ...": a list of bodies may run past one name's length
        if (words > MAX_NAME_WORDS && (words > 2 * MAX_NAME_WORDS || longestPartWords(name) > MAX_HEADING_WORDS)) {
            return List.of();
        }
        // "4. Phòng Cảnh sát quản lý hành chính về trật tự xã hội; Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn,
        // cứu hộ": a heading that lists bodies at semicolons is as long as its longest body's name
        boolean wholeHeading = !cut && longestPartWords(name) <= MAX_HEADING_WORDS && !text.endsWith(".")
                && !text.endsWith(";");
        if (assign == 0 && !cut && !wholeHeading) return List.of();
        if (!numbered && assign == 0 && !cut && mk == Marker.NONE && words > 10) return List.of();
        // "1. Ban Giám hiệu: chỉ đạo ...": the colon after the name belongs to neither the name nor the task
        String taskText = cut ? stripLeadingColon(rest.substring(nameEnd)) : "";
        // "b) Đối với Ủy ban nhân dân cấp tỉnh, Sở Y tế: ............": a report form's blank to fill names no unit
        if (cut && isBlankToFill(taskText)) return List.of();
        // "2. Đoàn kiểm tra được sử dụng con dấu của Sở Y tế", "Ban Chỉ đạo sử dụng con dấu của UBND xã": what a body
        // may do, is given or works with is no task of it (its duties are the article's; "Sở Nội vụ được giao chủ trì
        // ..." is one); a later clause's subject ("...; Trưởng ban phân công nhiệm vụ ...") still is
        if (cut && (isPassiveNotAssigned(taskText)
                || UnitNames.opensWithNoTaskVerb(taskText) && !UnitNames.opensWithTaskVerb(taskText))) {
            return withClauseSubjects(p, assign + nameEnd, List.of());
        }
        // "Đề nghị Cục Hải quan liên hệ với Cục X để được hướng dẫn": a reply that only points its addressee to
        // someone to consult assigns no task (the addressee is a recipient, not a unit)
        if (assign > 0 && startsWithAny(Words.fold(taskText), REFERRAL_VERBS)) return List.of();
        List<String> tasks = taskText.isEmpty() ? List.of() : List.of(taskText);
        List<Found> units = unitsAtSemicolons(p, name, assign, tasks);
        return cut ? withClauseSubjects(p, assign + nameEnd, units) : units;
    }

    /** "được sử dụng ...", "được kiểm tra ...": a passive or a permission, not "được giao" or "được phân công". */
    private static boolean isPassiveNotAssigned(String task) {
        String f = Words.fold(task.substring(0, Math.min(task.length(), 24)));
        return f.startsWith("được ") && !f.startsWith("được giao") && !f.startsWith("được phân công");
    }

    /** Dots, an ellipsis or underscores only: a form's place for an answer. */
    private static boolean isBlankToFill(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '…' && c != '_' && c != ' ') return false;
        }
        return true;
    }

    /** Between the pieces of a list of bodies: a comma, or "và". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*|\\s+và\\s+");

    /** The words of the longest of a name's parts between semicolons. */

    private static int longestPartWords(String name) {
        int longest = 0;
        for (String part : name.split(";")) {
            int words = Words.splitCount(part.strip());
            // "2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội
            // Biên phòng tỉnh": a list of bodies at commas is as long as its longest body's name
            if (words > MAX_HEADING_WORDS && UnitNames.headLength(part.strip()) > 0) {
                // "... và các chủ hồ chứa thủy điện": a list's last part need not be a body's name of its own
                words = 0;
                for (String piece : LIST_SEPARATOR.split(part.strip())) words = Math.max(words, Words.splitCount(piece));
            }
            longest = Math.max(longest, words);
        }
        return longest;
    }

    /** How far into a clause its subject and verb are looked for: a name of MAX_HEADING_WORDS words and its verb. */
    private static final int CLAUSE_REACH = 300;

    /**
     * "2. Các đơn vị trực thuộc Sở gửi báo cáo ... ; Phòng Văn hóa - Xã hội các xã tổng hợp số liệu ...": a clause
     * after a semicolon of the item's task that opens with a body of its own, in capitals and followed by its task
     * verb, assigns that body too (a partner's clause, "...; Sở X phối hợp ...", does not).
     */
    private static List<Found> withClauseSubjects(Paragraph p, int taskStart, List<Found> units) {
        String text = p.text();
        List<Found> out = null;
        int depth = 0;
        for (int i = taskStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            // "7. Phó Thủ tướng dự kiến kiểm tra ... Giao Văn phòng Chính phủ phối hợp ...": a later sentence of the
            // item that hands a task out ("Giao", "Đề nghị") names its unit too
            boolean sentence = c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
            if (c != ';' && !sentence || depth > 0) continue;
            int at = i + 1;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            if (at >= text.length()) break;
            // the clause up to the next semicolon, and never past a name's reach: no copy of the paragraph's rest
            // for each semicolon of a long one
            int stop = text.indexOf(';', at);
            String clause = text.substring(at, Math.min(stop < 0 ? text.length() : stop, at + CLAUSE_REACH));
            int assign = UnitNames.assignVerbLength(clause);
            if (sentence && (assign == 0 || !Character.isUpperCase(clause.codePointAt(0)))) continue;
            String rest = clause.substring(assign);
            if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))) continue;
            int head = UnitNames.headLength(rest);
            if (head == 0) continue;
            // "...; Chủ tịch Ủy ban nhân dân tỉnh yêu cầu nghiêm túc triển khai thực hiện": the issuer asking all
            // to carry the text out, of no one named, is no unit
            if (assign == 0 && UnitNames.assignsToNoNamedUnit(rest, MAX_HEADING_WORDS)) continue;
            int end = UnitNames.nameEnd(rest, head);
            String after = rest.substring(end).stripLeading();
            // the name must end at its verb: a colon, a parenthesis or the end of the text name no task
            if (after.isEmpty() || !Character.isLowerCase(after.codePointAt(0))) continue;
            String printed = rest.substring(0, end);
            // (a partner's clause is none, but "Giao Văn phòng Chính phủ phối hợp với ... chuẩn bị ..." is assigned)
            if (assign == 0 && after.startsWith("phối hợp") || Words.splitCount(printed) > MAX_HEADING_WORDS) continue;
            String name = UnitNames.clean(printed);
            if (name.isEmpty() || UnitNames.headLength(name) == 0) continue;
            int s = p.sourceOffset(at + assign);
            int e = p.sourceOffset(at + assign + name.length() - 1) + 1;
            if (out == null) out = new ArrayList<>(units);
            out.add(new Found(name, s, e, List.of(after)));
        }
        return out == null ? units : out;
    }

    private static String stripLeadingColon(String s) {
        String t = s.strip();
        return t.startsWith(":") ? t.substring(1).strip() : t;
    }

    /** The units of a heading that lists several at semicolons, each with its span in the source and the tasks. */
    private static List<Found> unitsAtSemicolons(Paragraph p, String name, int offset, List<String> tasks) {
        List<Found> out = new ArrayList<>();
        int at = offset;
        for (String part : name.split(";", -1)) {
            int lead = part.length() - part.stripLeading().length();
            String clean = UnitNames.clean(part);
            if (!clean.isEmpty() && UnitNames.headLength(clean) > 0) {
                int s = p.sourceOffset(at + lead);
                int e = p.sourceOffset(at + lead + clean.length() - 1) + 1;
                out.add(new Found(clean, s, e, tasks));
            }
            at += part.length() + 1;
        }
        return out;
    }

    /** "chủ trì" opening what follows a body's name and its colon, in an appendix's list of who leads which task. */
    private static final Pattern LEADS_TASKS = Pattern.compile("(?iu)^\\s*chủ\\s+trì(?![\\p{L}])");

    /**
     * An appendix listing who leads which of the plan's tasks, one body an item: "1. Sở Y tế: chủ trì nhiệm vụ 1, 2,
     * 5, 7; phối hợp thực hiện nhiệm vụ 3, 4", "5. Sở Khoa học và Công nghệ: phối hợp thực hiện nhiệm vụ 5". A body
     * that leads one is a unit; one that only takes part is not (the partner column of a table is not either).
     */
    private static void collectAttachedLeadList(List<Paragraph> ps, int from, int to, List<Found> out) {
        for (int i = indexBefore(ps, from); i < ps.size() && ps.get(i).start() < to; i++) {
            Paragraph p = ps.get(i);
            if (p.marker() == Marker.NONE || p.marker() == Marker.ARTICLE) continue;
            int colon = p.text().indexOf(':');
            if (colon <= 0 || !LEADS_TASKS.matcher(p.text().substring(colon + 1)).lookingAt()) continue;
            out.addAll(colonLabelledBodies(p));
        }
    }

    /**
     * The articles of an attached regulation that give a body its duties ("Điều 5. Trách nhiệm của Sở Y tế"), as a
     * decision's own articles do ({@link #collectArticles}); an attachment has no executing article of its own.
     */
    private static void collectAttachedDuties(List<Paragraph> ps, int from, int to, List<Found> out) {
        for (int i = indexBefore(ps, from); i < ps.size() && ps.get(i).start() < to; i++) {
            if (ps.get(i).marker() == Marker.ARTICLE) addArticleAssignment(ps.get(i), out);
        }
    }

    /**
     * The bodies an article assigns ("Điều 2. Giao Sở Nội vụ chủ trì ...", "Điều 5. Trách nhiệm của Sở Y tế"), read
     * from the article's own paragraph: with the paragraphs that go on after it, a body's name ran on into its first
     * duty ("Sở Nông nghiệp và Môi trường Quản lý an toàn thực phẩm ..."). False when it assigns none.
     */
    private static boolean addArticleAssignment(Paragraph own, List<Found> out) {
        Matcher head = ARTICLE_HEAD.matcher(own.text());
        if (!head.find() || UnitNames.assignVerbLength(own.text().substring(head.end())) == 0) return false;
        out.addAll(articleAssignment(own, head.end()));
        return true;
    }

    /**
     * "Điều 2. Nhiệm vụ, đối tượng và thời gian kiểm tra" / "1. Nhiệm vụ của Đoàn kiểm tra liên ngành" / "a) Kiểm tra
     * ...": a numbered clause of an article that heads the duties of a body names that body.
     */
    private static void addDutiesClauses(List<Paragraph> ps, int article, int bodyEnd, List<Found> out) {
        for (int j = article + 1; j < ps.size() && ps.get(j).start() < bodyEnd; j++) {
            Paragraph clause = ps.get(j);
            if (clause.marker() == Marker.ARTICLE) break;
            if (clause.marker() != Marker.NUMBER || !DUTIES_OF.matcher(clause.text()).lookingAt()) continue;
            out.addAll(articleAssignment(clause, 0));
        }
    }

    /**
     * Whether an article opens by handing tasks out ("Giao", "Phân công") to a group named by a plural of a generic
     * noun, or to none it names ("Điều 1. Giao nhiệm vụ triển khai Nghị quyết như sau:").
     */
    private static boolean handsOutToNoBody(Paragraph p) {
        Matcher head = ARTICLE_HEAD.matcher(p.text());
        if (!head.find()) return false;
        String rest = p.text().substring(head.end());
        if (!startsWithAny(Words.fold(rest), OPENING_ASSIGN_VERBS)) return false;
        for (Found f : articleAssignment(p, head.end())) {
            if (!isGenericGroup(f.name())) return false;
        }
        return true;
    }

    /**
     * An article that is only the heading of a group's duties: "Điều 3. Trách nhiệm của các thành viên và các cơ quan,
     * đơn vị" (every body it names a plural of a generic noun), not "Điều 2. Nhiệm vụ của Ban Chỉ huy".
     */
    private static boolean givesDutiesToAGroup(Paragraph p) {
        Matcher head = ARTICLE_HEAD.matcher(p.text());
        if (!head.find() || !DUTIES_OF.matcher(p.text()).region(head.end(), p.text().length()).lookingAt()) return false;
        List<Found> named = articleAssignment(p, head.end());
        if (named.isEmpty()) return false;
        for (Found f : named) {
            for (String part : f.name().split("\\s+và\\s+(?=các\\s)")) {
                if (!isGenericGroup(part)) return false;
            }
        }
        return true;
    }

    /**
     * "Yêu cầu các ban, ngành, đoàn thể, Trưởng các xóm và các đơn vị liên quan triển khai ...": a list that opens with
     * a plural of a generic noun and ends with "các đơn vị (có) liên quan" ({@link #addressesEveryone}) addresses
     * everyone; the bodies and posts it names among the groups ("Trưởng các xóm") are units, the groups named by their
     * kind are not. "Các sở, ban, ngành tỉnh" and "các sở, ban, ngành và các đơn vị sự nghiệp công lập thuộc tỉnh" (no
     * such end) stay one unit.
     */
    private static void splitAddressesToAll(List<Found> leads) {
        for (int i = 0; i < leads.size(); i++) {
            Found f = leads.get(i);
            if (!opensWithGenericPlural(f.name())) continue;
            List<int[]> pieces = new ArrayList<>();
            Matcher sep = LIST_SEPARATOR.matcher(f.name());
            int from = 0;
            while (sep.find()) {
                pieces.add(new int[] {from, sep.start()});
                from = sep.end();
            }
            pieces.add(new int[] {from, f.name().length()});
            int[] last = pieces.get(pieces.size() - 1);
            if (!addressesEveryone(f.name().substring(last[0], last[1]))) continue;
            List<Found> named = new ArrayList<>();
            for (int[] r : pieces) {
                String piece = f.name().substring(r[0], r[1]).strip();
                // the groups are in lower case ("các ban", "đoàn thể"), a body or post is named with its capital
                if (piece.isEmpty() || !Character.isUpperCase(piece.codePointAt(0)) || UnitNames.headLength(piece) == 0
                        || isFragment(piece)) {
                    continue;
                }
                int at = f.start() + f.name().indexOf(piece, r[0]);
                named.add(new Found(piece, at, at + piece.length(), f.tasks()));
            }
            leads.remove(i);
            leads.addAll(i, named);
            i += named.size() - 1;
        }
    }

    /** "các ban, ngành, ...": a list that opens with a plural of a generic head noun alone before its comma. */
    /**
     * Whether each open heading's unit names a group by its kind and nothing of its own yet: "Các vụ, Văn phòng Bộ",
     * "Các cục quản lý chuyên ngành" (a plural word, then a generic or a department head), with no task read.
     */
    private static boolean allGroupLabels(List<Found> open) {
        for (Found f : open) {
            if (!f.tasks().isEmpty()) return false;
            String folded = Words.fold(f.name().strip());
            if (!folded.startsWith("các ")) return false;
        }
        return true;
    }

    private static boolean opensWithGenericPlural(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) return false;
        String f = Words.fold(name.substring(0, comma).strip());
        Matcher plural = PLURAL_WORD.matcher(f);
        return plural.lookingAt() && GENERIC_HEADS.contains(f.substring(plural.end()));
    }

    private static final List<String> EVERYONE_QUALIFIERS = Words.folded(UnitExtractor.class, "everyone-qualifiers.txt");

    /**
     * "các đơn vị liên quan", "các cơ quan khác", "các tổ chức": a plural of a generic noun that leaves open which bodies
     * it means; "các đơn vị sự nghiệp công lập thuộc tỉnh" says which (everyone-qualifiers.txt).
     */
    private static boolean addressesEveryone(String name) {
        String folded = Words.fold(name).strip();
        Matcher plural = PLURAL_WORD.matcher(folded);
        if (!plural.lookingAt()) return false;
        String rest = folded.substring(plural.end());
        for (String head : VAGUE_HEADS) {
            if (!rest.startsWith(head)) continue;
            String after = rest.substring(head.length());
            if (after.isEmpty()) return true;
            if (after.charAt(0) == ' ' && startsWithAny(after.substring(1), EVERYONE_QUALIFIERS)) return true;
        }
        return false;
    }

    /** "các đơn vị thuộc Bộ", "các cơ quan, đơn vị": a plural of a generic noun, however qualified. */
    private static boolean isGenericGroup(String name) {
        String folded = Words.fold(name);
        Matcher plural = PLURAL_WORD.matcher(folded);
        return plural.lookingAt() && startsWithAny(folded.substring(plural.end()), VAGUE_HEADS);
    }

    /**
     * Whether article {@code i} hands the numbered list after it to a group named by a plural of a generic noun
     * ("Giao nhiệm vụ cho các đơn vị thuộc Bộ ... như sau:"); an article giving one body a list of tasks ("Giao Sở
     * Xây dựng chủ trì thực hiện các nội dung sau:") does not.
     */
    private static boolean handsListToAGroup(List<Paragraph> ps, int i) {
        Paragraph p = ps.get(i);
        if (i + 1 >= ps.size() || !LIST_FOLLOWS.matcher(p.text().strip()).find()) return false;
        return headsItems(ps, i) && handsOutToNoBody(p);
    }

    /** Whether a numbered or lettered item follows paragraph {@code i}. */
    private static boolean headsItems(List<Paragraph> ps, int i) {
        if (i + 1 >= ps.size()) return false;
        Marker next = ps.get(i + 1).marker();
        return next == Marker.NUMBER || next == Marker.LETTER;
    }

    /** "Điều N. A; B; C chịu trách nhiệm thi hành Quyết định này": A, B and C lead. */
    private static void collectArticles(List<Paragraph> ps, int bodyEnd, List<Found> out) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).start() >= bodyEnd) break;
            if (ps.get(i).marker() != Marker.ARTICLE) continue;
            // "Điều 1. Giao nhiệm vụ cho các đơn vị thuộc Bộ ... như sau:" / "1. Cục Địa chất Việt Nam ...": the
            // group the article hands its list to is the items' units, read with the list (collectSections)
            if (handsListToAGroup(ps, i) || givesDutiesToAGroup(ps.get(i)) && headsItems(ps, i)) continue;
            addDutiesClauses(ps, i, bodyEnd, out);
            if (addArticleAssignment(ps.get(i), out)) continue;
            Paragraph p = mergeArticle(ps, i, bodyEnd);
            String text = p.text();
            String f = Words.fold(text);
            Matcher head = ARTICLE_HEAD.matcher(text);
            if (!(namesExecution(f) || f.contains("chịu trách nhiệm tổ chức thực hiện")
                    || f.contains("chịu trách nhiệm triển khai"))) {
                // "Điều 3. Đoàn thanh tra có nhiệm vụ, quyền hạn theo quy định của Luật Thanh tra ... Trưởng đoàn
                // thanh tra có trách nhiệm xây dựng kế hoạch ...": each sentence that opens with a body and its duty
                for (int at = head.find(0) ? head.end() : -1; at >= 0; at = nextSentence(text, at)) {
                    Matcher duty = DUTY.matcher(text).region(at, text.length());
                    if (duty.lookingAt() && !DUTY_BY_LAW.matcher(text).region(duty.end(), text.length()).lookingAt()
                            && UnitNames.startsWithUnit(duty.group(1), true)) {
                        addClean(p, duty.group(1), duty.start(1), out);
                    }
                }
                continue;
            }
            Matcher h = ARTICLE_HEAD.matcher(text);
            if (!h.find()) continue;
            int from = h.end();
            Matcher a = ADDRESS.matcher(text.substring(from));
            if (a.find() && a.end() > 0) from += a.end();
            if (addExecutingList(p, from, out)) continue;
            // "Điều 5. Trách nhiệm thi hành" / "Chánh Văn phòng ...; ... chịu trách nhiệm thi hành Quyết định này":
            // the article's title on its own line, the executing sentence under it
            int titleEnd = ps.get(i).text().length() + 1;
            if (titleEnd < text.length() && addExecutingList(p, titleEnd, out)) continue;
            // "Điều 12. Trách nhiệm thi hành" / "1. Chánh Văn phòng Bộ, ...; Chủ tịch Ủy ban nhân dân cấp tỉnh ...
            // chịu trách nhiệm thi hành Thông tư này." / "2. ...": a circular's or a long decision's executing
            // article gives its list in a numbered clause
            for (int j = i + 1; j < ps.size() && ps.get(j).start() < bodyEnd; j++) {
                Paragraph clause = ps.get(j);
                if (clause.marker() == Marker.ARTICLE) break;
                if (clause.marker() == Marker.NUMBER) addExecutingList(clause, 0, out);
            }
        }
    }

    /**
     * The units of the executing sentence of {@code p} after {@code from}: "Chánh Văn phòng ...; ... chịu trách
     * nhiệm thi hành Quyết định này". The executing sentence may follow another ("Điều 4. Quyết định này có hiệu lực
     * thi hành kể từ ngày ký. Chánh Văn phòng ...; ... chịu trách nhiệm thi hành Quyết định này"): the list is the
     * start of the sentence that holds the executing verb, and it must name a unit. False when there is none.
     */
    private static boolean addExecutingList(Paragraph p, int from, List<Found> out) {
        String text = p.text();
        Matcher ex = EXECUTION.matcher(text);
        int to = -1;
        while (ex.find()) {
            if (ex.start() <= from) continue;
            int sentence = Math.max(from, sentenceStart(text, ex.start()));
            String candidate = text.substring(sentence, ex.start()).strip();
            if (candidate.isEmpty() || UnitNames.headLength(candidate) == 0) continue;
            from = sentence;
            to = ex.start();
            break;
        }
        if (to < 0) return false;
        String list = text.substring(from, to);
        int offset = from;
        for (String part : listItems(list)) {
            Matcher members = MEMBERS_TAIL.matcher(part);
            if (members.find() && part.substring(0, members.start()).isBlank()) {
                addMembers(p, part, offset, out); // "...; các ông (bà) có tên tại Điều 1 chịu trách nhiệm ..."
            } else {
                addArticlePart(p, part, offset, out);
            }
            offset += part.length() + 1;
        }
        return true;
    }

    /** The document itself, as a closing clause names it ("Chỉ thị này", "Kế hoạch này"). */
    private static final Pattern THIS_DOCUMENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + Words.alternation(Words.raw(UnitExtractor.class, "closing-documents.txt")) + ")\\s+này(?![\\p{L}])");
    /** A request opening the clause or one of its parts: "Yêu cầu ...", "Trên đây là Kế hoạch ..., yêu cầu ...". */
    private static final Pattern CLOSING_REQUEST = Pattern.compile("(?iu)(?:^|[.;,]\\s+)(?:yêu\\s+cầu|đề\\s+nghị)\\s+");
    /** Where the list of bodies ends: words no body's name holds ... */
    private static final Pattern CLOSING_DUTY = Pattern.compile(
            "(?iu)\\s*,?\\s+(?:có\\s+trách\\s+nhiệm|chịu\\s+trách\\s+nhiệm|nghiêm\\s+túc|khẩn\\s+trương|căn\\s+cứ\\s+chức\\s+năng|"
                    + "theo\\s+chức\\s+năng|phối\\s+hợp|chủ\\s+động)(?![\\p{L}])");
    /** ... else the verb of carrying the document out. */
    private static final Pattern CLOSING_CARRY = Pattern.compile(
            "(?iu)\\s+(?:tổ\\s+chức\\s+triển\\s+khai|tổ\\s+chức\\s+thực\\s+hiện|triển\\s+khai\\s+thực\\s+hiện|thực\\s+hiện|thi\\s+hành)"
                    + "(?![\\p{L}])");

    /**
     * The closing clause after a document's last item that names who must carry it out: "Yêu cầu Thủ trưởng các sở,
     * ban, ngành; Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này", "Giám đốc các sở ...; Chủ tịch
     * UBND các huyện chịu trách nhiệm tổ chức thực hiện Kế hoạch này". As a decision's executing article, its list
     * is split at semicolons, each part a unit when it names one ("các cơ quan, đơn vị" names none).
     */
    private static void collectClosingClause(List<Paragraph> ps, int bodyEnd, List<Found> out) {
        int end = indexBefore(ps, bodyEnd);
        int last = lastItem(ps, 0, end, true);
        // a decision's last article is its executing one, with the paragraphs that continue it (collectArticles)
        if (last >= 0 && ps.get(last).marker() == Marker.ARTICLE) return;
        // with no item at all ("TỔ CHỨC THỰC HIỆN" or "C. TỔ CHỨC THỰC HIỆN" over the one request "Yêu cầu Thủ
        // trưởng các phòng ... thực hiện nghiêm túc Kế hoạch này") every paragraph may close the document
        for (int j = last + 1; j < end; j++) {
            Paragraph p = ps.get(j);
            if (p.marker() != Marker.NONE) continue;
            String text = p.text();
            Matcher document = THIS_DOCUMENT.matcher(text);
            Matcher request = CLOSING_REQUEST.matcher(text);
            int bound = -1;
            // "Chỉ thị này có hiệu lực kể từ ngày ký. Yêu cầu Giám đốc các sở ... nghiêm túc thực hiện Chỉ thị này./.":
            // the request is the sentence of a later mention of the document; each mention is tried in turn
            while (document.find()) {
                int sentence = sentenceStart(text, document.start());
                while (sentence < document.start() && Character.isWhitespace(text.charAt(sentence))) sentence++;
                Matcher asked = CLOSING_REQUEST.matcher(text).region(sentence, document.start());
                int listFrom = asked.find() ? asked.end() : sentence;
                Matcher ends = CLOSING_DUTY.matcher(text).region(listFrom, document.start());
                Matcher carries = CLOSING_CARRY.matcher(text).region(listFrom, document.start());
                if (!ends.find() && !carries.find()) continue;
                request = CLOSING_REQUEST.matcher(text).region(sentence, text.length());
                bound = document.start();
                break;
            }
            if (bound < 0) {
                // "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường nghiêm túc triển khai
                // thực hiện./.": the request that closes the body ("./.") is about this document without naming it,
                // and its list of heads at semicolons is an executing clause's (a request to some "và" others, with
                // a report to make, is not read so)
                if (!(text.stripTrailing().endsWith("./.") && request.lookingAt() && text.indexOf(';') > 0)) continue;
                bound = text.length();
                request.reset();
            }
            int from = request.find() && request.end() < bound ? request.end() : request.regionStart();
            Matcher duty = CLOSING_DUTY.matcher(text).region(from, bound);
            Matcher carry = CLOSING_CARRY.matcher(text).region(from, bound);
            int to = duty.find() ? duty.start() : carry.find() ? carry.start() : -1;
            if (to <= from) continue;
            // a request naming no document is read only for its list of heads at semicolons: "Yêu cầu các đơn vị, cá
            // nhân có liên quan triển khai thực hiện; trong quá trình thực hiện ..." has its semicolon after the verb
            if (bound == text.length() && text.lastIndexOf(';', to) < from) continue;
            String list = text.substring(from, to);
            if (!UnitNames.startsWithUnit(list, from == request.regionStart())) continue;
            int offset = from;
            for (String part : listItems(list)) {
                int at = offset;
                offset += part.length() + 1;
                // "Yêu cầu Thủ trưởng các phòng, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện nghiêm túc
                // Kế hoạch này": the duty found last may follow a task verb that already ended the name
                int lead = part.length() - part.stripLeading().length();
                // "Ủy ban nhân dân huyện giao Phòng Nội vụ chủ trì, theo dõi việc thực hiện Kế hoạch này": the
                // issuer hands the task on, the unit is the one named after the verb (issuer and verb blanked out,
                // so that offsets into the paragraph hold)
                int assign = UnitNames.assignVerbLength(part.substring(lead));
                // "Ban Thường vụ Đảng ủy yêu cầu các tổ chức đảng, đảng viên trong Đảng bộ nghiêm túc thực hiện Kế
                // hoạch này": the issuer asks all, and names no body
                if (assign == 0 && UnitNames.assignsToNoNamedUnit(part.substring(lead), MAX_HEADING_WORDS)) continue;
                String name = part.substring(lead + assign);
                int head = UnitNames.headLength(name);
                String unit = head > 0 ? name.substring(0, UnitNames.nameEnd(name, head)) : name;
                addArticlePart(p, " ".repeat(lead + assign) + unit, at, out);
            }
        }
    }

    /**
     * The items of an executing sentence's list of bodies: split at semicolons, and at a colon that stands between
     * two bodies ("Giám đốc Sở Y tế: Chủ tịch UBND các xã"). Why: the list holds only bodies and their heads, so a
     * colon between two of them is a semicolon OCR misread; a colon after an address ("Các ông (bà): ...") is not
     * between two bodies and stays. Each item keeps its length, so offsets advance by item plus separator.
     */
    static List<String> listItems(String list) {
        List<String> items = new ArrayList<>();
        for (String part : list.split(";", -1)) {
            int at = 0;
            int colon;
            while ((colon = part.indexOf(':', at)) >= 0) {
                String before = part.substring(at, colon).strip();
                String after = part.substring(colon + 1).strip();
                if (UnitNames.headLength(before) > 0 && UnitNames.headLength(after) > 0) {
                    items.add(part.substring(at, colon));
                    at = colon + 1;
                } else {
                    break;
                }
            }
            items.add(part.substring(at));
        }
        return items;
    }

    /** Start of the sentence holding {@code at}: after the last ". " (or "./.") before it, else 0. */
    /** Where the sentence after the one at {@code at} opens (a stop, spaces, a capital); -1 when none does. */
    private static int nextSentence(String text, int at) {
        for (int i = text.indexOf(". ", at); i >= 0; i = text.indexOf(". ", i + 1)) {
            int s = i + 1;
            while (s < text.length() && Character.isWhitespace(text.charAt(s))) s++;
            if (s < text.length() && Character.isUpperCase(text.charAt(s))) return s;
        }
        return -1;
    }

    /**
     * Whether an article's folded text names its execution: "thi hành" but not the law's "văn bản hướng dẫn thi
     * hành" or a date's "có hiệu lực thi hành", which name what carries a law out or when a text takes effect.
     */
    private static boolean namesExecution(String folded) {
        for (int i = folded.indexOf("thi hành"); i >= 0; i = folded.indexOf("thi hành", i + 1)) {
            if (!folded.startsWith("hướng dẫn ", Math.max(0, i - 10)) && !folded.startsWith("hiệu lực ", Math.max(0, i - 9))) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (text.charAt(i - 1) == '.' && Character.isWhitespace(text.charAt(i))) return i;
        }
        return 0;
    }

    /**
     * An article with the unmarked paragraphs that continue it: a list printed one body a line ("Điều 3. Chánh
     * Văn phòng UBND tỉnh;" / "Giám đốc các sở ...;" / "... chịu trách nhiệm thi hành") is one article.
     */
    private static Paragraph mergeArticle(List<Paragraph> ps, int index, int bodyEnd) {
        Paragraph first = ps.get(index);
        StringBuilder text = new StringBuilder(first.text());
        List<int[]> segments = new ArrayList<>(java.util.Arrays.asList(first.segments()));
        int end = first.end();
        for (int j = index + 1; j < ps.size() && text.length() < 3000; j++) {
            Paragraph p = ps.get(j);
            if (p.start() >= bodyEnd || p.marker() != Marker.NONE || p.caps()) break;
            int shift = text.length() + 1;
            text.append(' ').append(p.text());
            for (int[] seg : p.segments()) segments.add(new int[] {seg[0] + shift, seg[1], seg[2]});
            end = p.end();
        }
        return new Paragraph(first.start(), end, first.marker(), first.depth(), text.toString(),
                segments.toArray(new int[0][]), first.caps());
    }

    /**
     * One semicolon-separated part of a carrying-out article is one unit: "và" and commas stay inside it
     * ("Thủ trưởng các phòng, ban và Chủ tịch UBND các xã"), as annotators list these. A part too long to be one
     * name is a list written with commas ("Chánh Văn phòng ..., Trưởng phòng ..., Chủ tịch ... và Thủ trưởng ..."):
     * it is split before each comma or "và" that opens another unit, which scores the same as the whole list.
     */
    private static void addArticlePart(Paragraph p, String part, int offset, List<Found> out) {
        if (Words.splitCount(part.strip()) <= MAX_NAME_WORDS + 10) {
            addClean(p, part, offset, out);
            return;
        }
        for (int[] r : bodyRanges(part)) addClean(p, part.substring(r[0], r[1]), offset + r[0], out);
    }

    /**
     * "Văn phòng HĐND và UBND huyện" names one office: "và" between two organ abbreviations joins them inside a
     * name rather than listing a second unit; so does "và" between two organs spelled out ("Văn phòng Hội đồng nhân
     * dân và Ủy ban nhân dân xã": {@code joint-office-organs.txt}).
     */
    public static boolean joinsOneOffice(String before, String after) {
        String[] left = before.strip().split("\\s+");
        String[] right = after.strip().split("\\s+", 2);
        if (isAbbreviation(left[left.length - 1]) && isAbbreviation(right[0])) return true;
        String b = Words.fold(before.strip());
        String a = Words.fold(after.strip());
        return joinsOrgans(b, a) || joinsPartyBloc(b, a);
    }

    private static final List<String[]> PARTY_BLOCS = foldedPairs("party-blocs.txt");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("^(?:ban thường vụ )?(?:đảng ủy|đảng bộ|chi bộ) ");

    private static List<String[]> foldedPairs(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String[] p : Words.pairs(UnitExtractor.class, resource)) out.add(new String[] {Words.fold(p[0]), Words.fold(p[1])});
        return List.copyOf(out);
    }

    /**
     * "Đảng ủy Ủy ban Mặt trận Tổ quốc | và | các đoàn thể tỉnh": a Party committee of a bloc ({@code party-blocs.txt});
     * {@code b} and {@code a}, the folded sides of "và".
     */
    private static boolean joinsPartyBloc(String b, String a) {
        if (!PARTY_COMMITTEE.matcher(b).lookingAt()) return false;
        for (String[] bloc : PARTY_BLOCS) {
            if (b.endsWith(" " + bloc[0]) && UnitNames.startsWithWord(a, bloc[1])) return true;
        }
        return false;
    }

    private static final List<String> JOINT_OFFICE_ORGANS = Words.folded(UnitExtractor.class, "joint-office-organs.txt");

    /** {@code b} and {@code a}: the folded sides of "và". */
    private static boolean joinsOrgans(String b, String a) {
        boolean ends = false;
        boolean opens = false;
        for (String organ : JOINT_OFFICE_ORGANS) {
            ends |= b.endsWith(organ) && (b.length() == organ.length() || b.charAt(b.length() - organ.length() - 1) == ' ');
            opens |= UnitNames.startsWithWord(a, organ);
        }
        return ends && opens;
    }

    private static boolean isAbbreviation(String word) {
        if (word.length() < 2) return false;
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) return false;
        }
        return true;
    }

    /** "các ông (bà) có tên tại Điều 1" as a part of its own of an executing clause: the members, as printed. */
    private static void addMembers(Paragraph p, String raw, int offset, List<Found> out) {
        String clean = UnitNames.clean(raw);
        if (!clean.isEmpty()) out.add(cleanFound(p, raw, offset, UnitNames.capitalise(clean)));
    }

    private static void addClean(Paragraph p, String raw, int offset, List<Found> out) {
        String clean = UnitNames.clean(raw);
        if (clean.isEmpty() || UnitNames.headLength(clean) == 0) return;
        if (Words.splitCount(clean) > MAX_NAME_WORDS + 10) return;
        out.add(cleanFound(p, raw, offset, clean));
    }

    /** {@code name}, the cleaned {@code raw} at {@code offset} of the paragraph, with its span in the source. */
    private static Found cleanFound(Paragraph p, String raw, int offset, String name) {
        int lead = raw.length() - raw.stripLeading().length();
        int s = p.sourceOffset(offset + lead);
        int e = p.sourceOffset(offset + lead + name.length() - 1) + 1;
        return new Found(name, s, e, List.of());
    }

    private static void collectTables(String text, List<Found> out) {
        for (TaskTable.Row row : TaskTable.rows(text)) {
            if (row.lead() == null) continue;
            String cell = row.lead();
            boolean marked = CELL_LEAD_MARK.matcher(cell).find();
            int at = 0;
            for (String part : cell.split(";", -1)) {
                if (isLeadPart(part, marked)) leadCellUnit(part, row.leadStart() + at, out);
                at += part.length() + 1;
            }
        }
    }

    /**
     * "(chủ trì)" after a body in a cell of who acts ("Sở Y tế (chủ trì); Sở Tài chính, Sở Nội vụ"): where one part
     * is marked so, the parts not marked are the partners.
     */
    private static final Pattern CELL_LEAD_MARK = Pattern.compile("(?iu)\\(\\s*chủ\\s+trì\\s*\\)");

    /** Whether a part of a lead cell names a lead: any part, unless the cell marks its lead (then the marked ones). */
    private static boolean isLeadPart(String part, boolean cellMarked) {
        return !cellMarked || CELL_LEAD_MARK.matcher(part).find();
    }

    /**
     * The lead units a task table's lead cell names, as the unit list reads them ("Phòng Văn hóa và Thông tin (chủ
     * trì), UBND các xã" leads with the first; "Chủ trì: Phòng X; phối hợp: Y" with X): the actors of the row's
     * deadline.
     */
    public static List<String> leadCellNames(String cell) {
        List<Found> found = new ArrayList<>();
        boolean marked = CELL_LEAD_MARK.matcher(cell).find();
        for (String part : cell.split(";", -1)) {
            if (isLeadPart(part, marked)) leadCellUnit(part, 0, found);
        }
        List<String> names = new ArrayList<>();
        for (Found f : found) if (!names.contains(f.name())) names.add(f.name());
        return names;
    }

    /** "(phối hợp)" closing a part of a lead cell: a body marked as the partner ("X (chủ trì); Y (phối hợp)"). */
    private static final Pattern CELL_PARTNER_MARK = Pattern.compile("(?iu)\\(\\s*phối\\s+hợp\\s*\\)[\\s.,]*$");

    /** "Chủ trì:" or "Phối hợp:" opening a part of a lead cell that names both ("Chủ trì: Phòng X; phối hợp: Y"). */
    private static final Pattern CELL_ROLE = Pattern.compile("(?iu)^\\s*(chủ\\s+trì|phối\\s+hợp)(?:\\s+với)?\\s*:\\s*");

    /**
     * The unit one part of a lead cell names: a part labelled as the partner's names none; a "Chủ trì:" label is
     * dropped; the name ends where its task begins ("Văn phòng UBND xã chủ trì, phối hợp các thôn"), as a label's.
     */
    private static void leadCellUnit(String part, int partStart, List<Found> out) {
        if (CELL_PARTNER_MARK.matcher(part).find()) return; // "Phòng Văn hóa và Thông tin (phối hợp)"
        int from = 0;
        Matcher role = CELL_ROLE.matcher(part);
        if (role.find()) {
            if (Words.fold(role.group(1)).startsWith("phối")) return;
            from = role.end();
        }
        addLabelUnit(part.substring(from), partStart + from, List.of(), out);
    }

    /**
     * "- Tổ chức các hoạt động kỷ niệm ... (Ban Xây dựng Đảng chủ trì tham mưu; Văn phòng Đảng ủy phối hợp)": a work
     * programme names the body that leads each item in brackets after it, maybe handed it ("(Giao Văn phòng Đảng ủy chủ
     * trì, tham mưu; hoàn thành trước ngày ...)"). The lead is the unit; the partners are not.
     */
    private static final Pattern BRACKETED_LEAD = Pattern.compile(
            "(?iu)\\((?:do\\s+|giao\\s+)?([^()\\n;:]{3,120}?)\\s+chủ\\s+trì(?:\\s+tham\\s+mưu|\\s+thực\\s+hiện)?\\s*(?:[;,][^()]{0,200})?\\)");

    private static void collectBracketedLeads(List<Paragraph> ps, int bodyEnd, List<Found> out) {
        for (Paragraph p : ps) {
            if (p.start() >= bodyEnd) break;
            String text = p.text();
            int open = text.indexOf('(');
            if (open < 0 || text.indexOf("chủ trì", open) < 0) continue;
            Matcher m = BRACKETED_LEAD.matcher(text);
            while (m.find()) {
                String name = UnitNames.clean(m.group(1));
                int head = UnitNames.headLength(name);
                // the whole of what stands before "chủ trì" is the name: no verb inside it
                if (head == 0 || UnitNames.nameEnd(name, head) < name.length()) continue;
                int at = m.start(1) + m.group(1).indexOf(name);
                out.add(new Found(name, p.sourceOffset(at), p.sourceOffset(at + name.length() - 1) + 1,
                        List.of(text.substring(0, m.start()).strip())));
            }
        }
    }

    /** Units named in lead units' tasks after "phối hợp với", kept with lead=false unless already leads. */
    private static void addPartners(String text, PageMap pages, Map<String, Unit> byKey) {
        List<Unit> leads = new ArrayList<>(byKey.values());
        for (Unit u : leads) {
            for (String task : u.tasks()) {
                Matcher m = PARTNER.matcher(task);
                while (m.find()) {
                    String list = task.substring(m.end());
                    int stop = list.length();
                    for (String end : new String[] {";", ".", ":"}) {
                        int k = list.indexOf(end);
                        if (k >= 0 && k < stop) stop = k;
                    }
                    list = list.substring(0, Math.min(stop, 400));
                    String listKey = null; // made only for a partner not already a unit
                    for (String part : partnerParts(list)) {
                        String s = part.strip();
                        int head = UnitNames.headLength(s);
                        if (head == 0 || !Character.isUpperCase(s.codePointAt(0))) continue;
                        int end = UnitNames.nameEnd(s, head);
                        String name = UnitNames.clean(s.substring(0, end));
                        // "phối hợp với Sở X theo dõi, giám sát, báo cáo Bộ Y": the task's verb ends the list of partners
                        boolean listEnds = end < s.length();
                        String key = key(name);
                        boolean known = key.isEmpty() || byKey.containsKey(key);
                        if (!known) {
                            if (listKey == null) listKey = " " + key(list) + " ";
                            known = cutFromAUnit(key, listKey, byKey.keySet());
                        }
                        if (known) {
                            if (listEnds) break;
                            continue;
                        }
                        int at = text.indexOf(name);
                        List<Mention> ms = at < 0 ? List.of()
                                : List.of(new Mention(at, at + name.length(), pages.pageOf(at), name));
                        byKey.put(key, new Unit(name, false, List.of(), ms));
                        if (listEnds) break;
                    }
                }
            }
        }
    }

    /**
     * "phối hợp với Sở Khoa học và Công nghệ tham mưu": a partner cut at a "và" inside a unit's own name, the whole
     * of which the list prints; that unit, not its first half.
     */
    private static boolean cutFromAUnit(String key, String listKey, java.util.Set<String> unitKeys) {
        for (String unit : unitKeys) {
            if (unit.length() > key.length() && unit.startsWith(key + " ") && listKey.contains(" " + unit + " ")) return true;
        }
        return false;
    }

    private static final Pattern PARTNER_SEPARATOR = Pattern.compile(",|\\s+và\\s+");
    /** The last "các X" / "những X" of a folded piece, X in group 1. */
    private static final Pattern GROUP_OF_BODIES = Pattern.compile("(?:^|\\s)(?:các|những)\\s+((?:(?!các\\s|những\\s).)+)$");

    /**
     * A partner list split at commas and "và", except where the comma goes on with a group of bodies: "Trung tâm Y tế
     * các huyện, thị xã, thành phố" is one partner ("thị xã", "thành phố" are more levels of "các huyện"), as a lead
     * unit's name keeps it. The last level may run on into the task ("thành phố rà soát ..."): the name ends there
     * later, at the verb.
     */
    static List<String> partnerParts(String list) {
        List<String> parts = new ArrayList<>();
        Matcher sep = PARTNER_SEPARATOR.matcher(list);
        int from = 0;
        int sepStart = 0; // where the separator before the current piece starts
        boolean inGroup = false;
        while (true) {
            boolean more = sep.find();
            int to = more ? sep.start() : list.length();
            String folded = Words.fold(list.substring(from, to).strip());
            boolean opensWithLevel = !folded.isEmpty() && UnitNames.PLURAL_HEADS_OPENING.first(folded) != null;
            // "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã": one office of two organs
            boolean sameOffice = !parts.isEmpty() && !list.substring(sepStart, from).contains(",")
                    && joinsOneOffice(parts.get(parts.size() - 1), list.substring(from, to));
            if (sameOffice) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + list.substring(sepStart, to));
            } else if (!parts.isEmpty() && opensWithLevel && (inGroup || endsWithGroup(parts.get(parts.size() - 1)))) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + list.substring(sepStart, to));
                inGroup = true;
            } else {
                parts.add(list.substring(from, to));
                inGroup = false;
            }
            if (!more) return parts;
            sepStart = sep.start();
            from = sep.end();
        }
    }

    /** True when the folded piece is a level of bodies and nothing else ("thị xã", "thành phố", "ngành"). */
    private static boolean isLevel(String folded) {
        String h = folded.isEmpty() ? null : UnitNames.PLURAL_HEADS_OPENING.first(folded);
        return h != null && h.length() == folded.length();
    }

    /** True when the piece ends with a group of bodies of one level ("Trung tâm Y tế các huyện"). */
    private static boolean endsWithGroup(String piece) {
        Matcher m = GROUP_OF_BODIES.matcher(Words.fold(piece.strip()));
        return m.find() && isLevel(m.group(1));
    }

    /** Identity of a unit name: folded, punctuation and space runs ignored, common abbreviations expanded. */
    static String key(String name) {
        String f = Words.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        f = (" " + f + " ").replace(" ubnd ", " ủy ban nhân dân ").replace(" hđnd ", " hội đồng nhân dân ")
                .replace(" mttq ", " mặt trận tổ quốc ");
        return f.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String[]> sections() {
        List<String[]> out = new ArrayList<>();
        for (String[] kv : Words.pairs(UnitExtractor.class, "sections.txt")) {
            out.add(new String[] {kv[0], Words.bare(kv[1])});
        }
        return List.copyOf(out);
    }
}
