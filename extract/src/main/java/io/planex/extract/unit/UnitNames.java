package io.planex.extract.unit;

import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises unit names by their head nouns and shapes, and cuts a unit name off the task that follows it.
 * The vocabulary lives in resources (heads, plural heads after "các", non-units, task verbs); nothing here is a
 * list of particular units.
 */
public final class UnitNames {
    private static final List<String> HEADS = Words.folded(UnitNames.class, "heads.txt");
    private static final List<String> PLURAL_HEADS = Words.folded(UnitNames.class, "plural-heads.txt");
    private static final List<String> NOT_HEADS = Words.folded(UnitNames.class, "not-heads.txt");
    /** The lists {@link #headLength} asks for the entry opening a string, grouped by first char. */
    static final OpeningWords HEADS_OPENING = new OpeningWords(HEADS);
    static final OpeningWords PLURAL_HEADS_OPENING = new OpeningWords(PLURAL_HEADS);
    static final OpeningWords NOT_HEADS_OPENING = new OpeningWords(NOT_HEADS);
    private static final List<String> DEPARTMENT_HEADS = Words.folded(UnitNames.class, "department-heads.txt");
    private static final List<String> COMPOUND_WORDS = Words.folded(UnitNames.class, "compound-words.txt");
    private static final List<String> TASK_VERBS = Words.folded(UnitNames.class, "task-verbs.txt");
    private static final List<String> STRONG_VERBS = Words.folded(UnitNames.class, "strong-verbs.txt");
    private static final List<String> ENTERPRISE_HEADS = Words.folded(UnitNames.class, "enterprise-heads.txt");
    private static final List<String> QUALIFIED_HEADS = Words.folded(UnitNames.class, "qualified-heads.txt");
    private static final List<String> SHARED_POSTS = Words.folded(UnitNames.class, "shared-posts.txt");
    private static final List<String> GENERAL_CHARGES = Words.folded(UnitNames.class, "general-charges.txt");
    private static final List<String> ASSIGN_VERBS = Words.folded(UnitNames.class, "assign-verbs.txt");
    private static final List<String> ISSUER_ASSIGN_VERBS = Words.folded(UnitNames.class, "issuer-assign-verbs.txt");
    /** {@link #ISSUER_ASSIGN_VERBS} with a space either side, as they are looked for (built once, not per call). */
    private static final List<String> ISSUER_ASSIGN_VERBS_SPACED = ISSUER_ASSIGN_VERBS.stream().map(v -> " " + v + " ").toList();
    private static final List<String> HONORIFICS = Words.folded(UnitNames.class, "honorifics.txt");
    private static final List<String> UNNAMED_VERBS = Words.folded(UnitNames.class, "unnamed-verbs.txt");
    private static final List<String> NO_TASK_VERBS = Words.folded(UnitNames.class, "no-task-verbs.txt");
    private static final List<String> FIELD_COMPOUNDS = Words.folded(UnitNames.class, "field-compounds.txt");
    private static final List<String> VERB_NOUNS = Words.folded(UnitNames.class, "verb-nouns.txt");
    private static final int MAX_ISSUER_WORDS = 6;
    /**
     * How far past its start {@link #headLength} reads a folded string: the longest head, non-head or honorific,
     * the char after it (a whole word's end) and the two chars {@link Words#fold}'s respelling looks ahead.
     */
    private static final int HEAD_REACH = Stream.of(HEADS, PLURAL_HEADS, NOT_HEADS, HONORIFICS)
            .flatMap(List::stream).mapToInt(String::length).max().orElse(0) + 3;
    /** The longest plural word {@link #PLURAL} matches, with one space after it. */
    private static final int PLURAL_REACH = "tất cả các ".length();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static Pattern plural() {
        return PLURAL;
    }

    private static final Pattern PLURAL = Pattern.compile("^(?:các|những|toàn thể|tất cả các)\\s+", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);

    private UnitNames() {}

    /** Length of the head noun phrase that opens {@code s} (0 when {@code s} does not open with a unit head). */
    public static int headLength(String s) {
        return headLength(s, true);
    }

    /** {@link #headLength}; without {@code shortPrefix} it folds the 160 chars it did before (for the test). */
    static int headLength(String s, boolean shortPrefix) {
        // heads are short: folding a prefix keeps this cheap on long paragraphs. The lookups below read no further
        // than HEAD_REACH past the plural word, so only that much is folded; a plural word followed by a long run of
        // spaces gets the longer prefix it needs (never more than the 160 chars this folded before).
        String stripped = s.strip();
        int cap = Math.min(stripped.length(), 160);
        int reach = shortPrefix ? Math.min(cap, PLURAL_REACH + HEAD_REACH) : cap;
        String f = Words.fold(stripped.substring(0, reach));
        int lead = s.length() - s.stripLeading().length();
        if (NOT_HEADS_OPENING.first(f) != null) return 0;
        // "Đồng chí Bí thư Đảng ủy chỉ đạo chung": an honorific before a post names the post holder
        int honorific = honorificLength(f);
        if (honorific > 0) {
            int inner = headLength(stripped.substring(honorific), shortPrefix);
            if (inner > 0) return lead + honorific + inner;
        }
        Matcher plural = PLURAL.matcher(f);
        // lookingAt: PLURAL opens with ^, so find() matched only at 0 but tried every char of the prefix
        if (plural.lookingAt()) {
            if (reach < cap && plural.end() + HEAD_REACH > reach) {
                f = Words.fold(stripped.substring(0, Math.min(cap, plural.end() + HEAD_REACH)));
                plural = PLURAL.matcher(f);
                plural.lookingAt();
            }
            String rest = f.substring(plural.end());
            String h = PLURAL_HEADS_OPENING.first(rest);
            // "các vụ việc phức tạp": after a plural too, a thing that opens with a head's word is none ("các tổ chức",
            // a plural of bodies, is one)
            if (h == null && NOT_HEADS_OPENING.first(rest) != null) return 0;
            if (h == null) h = HEADS_OPENING.first(rest);
            return h == null ? 0 : lead + plural.end() + h.length();
        }
        String h = HEADS_OPENING.first(f);
        return h == null ? 0 : lead + h.length();
    }

    /** True when {@code s} opens with a unit head and its first letter is upper case or it opens with "các". */
    public static boolean startsWithUnit(String s, boolean requireCapital) {
        String t = s.strip();
        if (t.isEmpty()) return false;
        if (requireCapital && !Character.isUpperCase(t.codePointAt(0))) return false;
        return headLength(t) > 0;
    }

    /** Length of a leading assignment verb ("Giao", "Đề nghị") and the space after it, else 0. */
    public static int assignVerbLength(String s) {
        // a leading verb is read from a folded prefix (fold's respelling looks two chars ahead, hence the margin);
        // the whole paragraph is folded only when an issuing body can open it, i.e. it opens with a capital
        String head = s.length() <= ASSIGN_PREFIX ? Words.fold(s) : Words.fold(s.substring(0, ASSIGN_PREFIX));
        int lead = leadingVerbLength(head);
        if (lead > 0) return opensWithBriefing(s) ? 0 : lead;
        // startsWithUnit(issuer, true) needs the issuer, a prefix of s, to open with a capital, as s does then
        String t = s.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) return 0;
        if (s.length() <= ASSIGN_PREFIX) return issuerVerbLength(s, head.toCharArray(), Integer.MAX_VALUE);
        // a verb whose issuer would have more than MAX_ISSUER_WORDS words is never taken, so only the paragraph's
        // opening words need folding: up to the last place such a verb may start, its length, and fold's margin
        int reach = issuerReach(s);
        if (reach < 0 || reach + ISSUER_VERB_SPAN + 2 >= s.length()) {
            return issuerVerbLength(s, Words.foldChars(s), Integer.MAX_VALUE);
        }
        return issuerVerbLength(s, Words.foldChars(s.substring(0, reach + ISSUER_VERB_SPAN + 2)), reach);
    }

    /**
     * "Giao ban Lãnh đạo Sở tuần", "giao ban công tác quân sự": a briefing meeting (the noun "giao ban"), not "Giao"
     * handing a task to a "Ban", whose name is printed with a capital.
     */
    static boolean opensWithBriefing(String s) {
        String t = s.stripLeading();
        return (t.startsWith("Giao ban") || t.startsWith("giao ban")) && (t.length() == 8 || !Character.isLetter(t.charAt(8)));
    }

    /**
     * Past which offset of {@code s} an issuer verb cannot be taken: the first non-whitespace char of its
     * (MAX_ISSUER_WORDS + 1)-th word, counting runs of non-{@code \s} chars that hold a char strip() keeps. A verb
     * found after it leaves an issuer of that many words at least ({@code splitCount(issuer.strip())}), which is
     * refused. -1 when {@code s} has no such word.
     */
    static int issuerReach(String s) {
        int runs = 0;
        boolean inRun = false;
        boolean solid = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Words.isRegexSpace(c)) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                inRun = true;
                solid = false;
            }
            if (!solid && !Character.isWhitespace(c)) {
                solid = true;
                if (++runs == MAX_ISSUER_WORDS + 1) return i;
            }
        }
        return -1;
    }

    /** How far into a paragraph an opening phrase before its request may reach ("Từ nay đến hết năm 2026, "). */
    private static final int ADVERBIAL_REACH = 120;

    /**
     * "Từ nay đến hết năm ngân sách 2026, đề nghị Sở Tài chính các tỉnh ... cập nhật ...", "Để kịp thời tổng hợp,
     * yêu cầu Công an xã ...": where the request's verb starts when a phrase of time or purpose, closed by one of
     * its first two commas, opens the paragraph and the verb (a request: {@link #REQUEST_VERBS}) names a unit; else 0.
     */
    public static int requestAfterOpeningPhrase(String text) {
        int reach = Math.min(text.length(), ADVERBIAL_REACH);
        int comma = -1;
        for (int k = 0; k < 2; k++) {
            // within the reach only: asked of every paragraph, most of which hold no comma near their start
            do comma++; while (comma < reach && text.charAt(comma) != ',');
            if (comma >= reach) return 0;
            int at = comma + 1;
            while (at < text.length() && text.charAt(at) == ' ') at++;
            // asked of every paragraph: the request's verb after the comma first, the opening phrase last
            if (at >= text.length() || REQUEST_FIRSTS.indexOf(Character.toLowerCase(text.charAt(at))) < 0) continue;
            if (requestedUnit(text, at) < 0) continue;
            String opening = text.substring(0, comma);
            // the opening is a phrase, no clause of its own: no body and no request in it ("Giao Ban cán sự đảng ...
            // lãnh đạo, chỉ đạo UBND tỉnh ...": the request is the item's own)
            if (opening.indexOf(':') >= 0 || opening.indexOf(';') >= 0 || headLength(opening) > 0
                    || assignVerbLength(opening) > 0) {
                return 0;
            }
            return at;
        }
        return 0;
    }

    /** The verbs both of a request and of an issuer's assignment ("đề nghị", "yêu cầu", "giao"): not "chỉ đạo". */
    private static final List<String> REQUEST_VERBS = ISSUER_ASSIGN_VERBS.stream().filter(ASSIGN_VERBS::contains).toList();
    /** The first letters of {@link #REQUEST_VERBS}. */
    private static final String REQUEST_FIRSTS = REQUEST_VERBS.stream().map(v -> v.substring(0, 1)).distinct()
            .reduce("", String::concat);
    private static final int NAME_REACH = 80;

    /** Where the unit a request at {@code at} names starts ("đề nghị Sở Tài chính ..."), or -1. */
    private static int requestedUnit(String text, int at) {
        String f = Words.fold(text.substring(at, Math.min(text.length(), at + 40)));
        for (String v : REQUEST_VERBS) {
            if (!startsWithWord(f, v) || f.length() <= v.length()) continue;
            int unit = at + v.length() + 1;
            if (unit >= text.length()) continue;
            // a name opens with a capital or a plural ("giao ban định kỳ" is a briefing, no "Ban")
            String named = text.substring(unit, Math.min(text.length(), unit + NAME_REACH)).strip();
            if (named.isEmpty() || !Character.isUpperCase(named.codePointAt(0)) && !named.startsWith("các ")) continue;
            if (headLength(named) > 0) return unit;
        }
        return -1;
    }

    /** The length of a leading assignment verb ("Giao", "Đề nghị:") and its space, in folded text; 0 if none. */
    private static int leadingVerbLength(String folded) {
        for (String v : ASSIGN_VERBS) {
            if (startsWithWord(folded, v) && folded.length() > v.length() && folded.charAt(v.length()) == ' ') {
                int n = v.length() + 1;
                if (folded.startsWith(":", n)) n++;
                return n;
            }
        }
        return 0;
    }

    /**
     * "Đảng ủy giao Ủy ban nhân dân xã": a short issuing body, the verb, then the unit the task goes to; the length up
     * to that unit in {@code s} (folded: {@code folded}), 0 if none.
     */
    private static int issuerVerbLength(String s, String folded) {
        for (int k = 0; k < ISSUER_ASSIGN_VERBS.size(); k++) {
            String v = ISSUER_ASSIGN_VERBS.get(k);
            int at = folded.indexOf(ISSUER_ASSIGN_VERBS_SPACED.get(k));
            if (at <= 0) continue;
            String issuer = s.substring(0, at);
            if (!mayAssign(issuer, v)) continue;
            int n = at + v.length() + 2;
            if (n < s.length() && startsWithUnit(s.substring(n), true)) return n;
        }
        return 0;
    }

    /**
     * Whether what stands before an issuer's verb may be the issuer: a short body's name, not one labelled by a colon
     * ("UBND các xã, thị trấn: Chỉ đạo Công an xã rà soát ...": the body before the colon is the unit, the verb opens
     * its task).
     */
    private static boolean mayAssign(String issuer, String verb) {
        String name = issuer.strip();
        return !name.endsWith(":") && Words.splitCount(name) <= MAX_ISSUER_WORDS && !namesGroup(name)
                && !(verb.equals("chỉ đạo") && directsItsOwnOffices(name)) && startsWithUnit(issuer, true);
    }

    /**
     * "Ủy ban nhân dân huyện chỉ đạo Phòng Nông nghiệp ...", "Bộ Công an chỉ đạo Công an các tỉnh ...": a body
     * directing its offices or its lower levels is the unit answering for the task; only a Party body directs another
     * as the issuer handing its task on ("Đảng ủy chỉ đạo Ủy ban nhân dân xã": {@code directing-party-bodies.txt}).
     */
    private static boolean directsItsOwnOffices(String name) {
        String f = Words.fold(name.strip());
        for (String party : DIRECTING_PARTY_BODIES) {
            if (startsWithWord(f, party)) return false;
        }
        return true;
    }

    private static final List<String> DIRECTING_PARTY_BODIES = Words.folded(UnitNames.class, "directing-party-bodies.txt");

    /**
     * "UBND các xã, phường chỉ đạo Trạm Y tế ...": a group of bodies ("các", "những") is no issuer handing its task on
     * but the unit that directs; spelled out ("Ủy ban nhân dân các xã, phường") it was over the issuer's length.
     */
    private static boolean namesGroup(String name) {
        String f = " " + Words.fold(name) + " ";
        return f.contains(" các ") || f.contains(" những ");
    }

    /** {@link #ISSUER_ASSIGN_VERBS_SPACED} as char arrays. */
    private static final char[][] ISSUER_ASSIGN_VERBS_SPACED_CHARS = ISSUER_ASSIGN_VERBS_SPACED.stream()
            .map(String::toCharArray).toArray(char[][]::new);
    /** The longest of them. */
    private static final int ISSUER_VERB_SPAN = Arrays.stream(ISSUER_ASSIGN_VERBS_SPACED_CHARS).mapToInt(v -> v.length)
            .max().orElse(0);

    /**
     * {@link #issuerVerbLength(String, String)} with each verb's first place found in one pass over the folded
     * paragraph (at its spaces) instead of an {@code indexOf} per verb: under C1 each of those was a plain Java walk
     * over the whole paragraph, and most paragraphs open with a capital and are asked.
     */
    private static int issuerVerbLength(String s, char[] folded, int lastAt) {
        char[][] spaced = ISSUER_ASSIGN_VERBS_SPACED_CHARS;
        int[] first = new int[spaced.length];
        Arrays.fill(first, -1);
        int left = spaced.length;
        for (int p = 0; p < folded.length && p <= lastAt && left > 0; p++) {
            if (folded[p] != ' ') continue;
            for (int k = 0; k < spaced.length; k++) {
                char[] v = spaced[k];
                if (first[k] >= 0 || p + v.length > folded.length) continue;
                int j = 1;
                while (j < v.length && folded[p + j] == v[j]) j++;
                if (j == v.length) {
                    first[k] = p;
                    left--;
                }
            }
        }
        for (int k = 0; k < spaced.length; k++) {
            int at = first[k];
            if (at <= 0) continue;
            String v = ISSUER_ASSIGN_VERBS.get(k);
            String issuer = s.substring(0, at);
            if (!mayAssign(issuer, v)) continue;
            int n = at + v.length() + 2;
            if (n < s.length() && startsWithUnit(s.substring(n), true)) return n;
        }
        return 0;
    }

    /** The folded prefix a leading assignment verb is read from: the longest verb, its space and colon, two more. */
    private static final int ASSIGN_PREFIX = ASSIGN_VERBS.stream().mapToInt(String::length).max().orElse(0) + 4;

    /** {@link #assignVerbLength} as it was written first: the whole paragraph folded, each issuer verb looked for. */
    static int assignVerbLengthByDefinition(String s) {
        String f = Words.fold(s);
        int lead = leadingVerbLength(f);
        return lead > 0 ? lead : issuerVerbLength(s, f);
    }

    /**
     * "Ủy ban nhân dân huyện giao trách nhiệm cho các cơ quan, đơn vị như sau:": the body that opens the sentence
     * hands tasks out with an issuer's verb ({@code issuer-assign-verbs.txt}) to no unit it names; it is the one
     * who assigns, not one assigned. False when the verb names its unit ("UBND huyện giao Phòng Nội vụ ...").
     */
    static boolean assignsToNoNamedUnit(String s) {
        return assignsToNoNamedUnit(s, MAX_ISSUER_WORDS);
    }

    /**
     * {@link #assignsToNoNamedUnit(String)} with the issuer's name as long as {@code maxIssuerWords} words: "Chủ tịch
     * Ủy ban nhân dân tỉnh yêu cầu nghiêm túc triển khai thực hiện" (a head of the issuer asking all, no one named).
     */
    static boolean assignsToNoNamedUnit(String s, int maxIssuerWords) {
        int head = headLength(s);
        if (head == 0) return false;
        // "Ban Chỉ huy Phòng thủ dân sự xã (được kiện toàn tại Quyết định số ...) phân công nhiệm vụ các thành viên
        // như sau:": a parenthesis after the name says what the body is; the verb follows it
        int named = nameEnd(s, head);
        int open = named;
        while (open < s.length() && s.charAt(open) == ' ') open++;
        if (open < s.length() && s.charAt(open) == '(') {
            int close = s.indexOf(')', open);
            if (close > 0 && close - open <= 240) {
                return assignsToNoNamedUnit(s.substring(0, named) + s.substring(close + 1), maxIssuerWords);
            }
        }
        // the verb ends the body's name, or comes inside what the name reader took ("đề nghị" is no task verb)
        int reach = Math.min(s.length(), named + 1);
        String f = Words.fold(s.substring(0, Math.min(s.length(), reach + 30)));
        int verb = -1;
        String found = null;
        for (int k = 0; k < ISSUER_ASSIGN_VERBS.size(); k++) {
            int at = f.indexOf(ISSUER_ASSIGN_VERBS_SPACED.get(k), head - 1);
            if (at >= 0 && at < reach && (verb < 0 || at < verb)) {
                verb = at;
                found = ISSUER_ASSIGN_VERBS.get(k);
            }
        }
        if (verb < 0 || Words.splitCount(s.substring(0, verb).strip()) > maxIssuerWords) return false;
        return !startsWithUnit(s.substring(verb + found.length() + 2).strip(), true);
    }

    /**
     * Where the unit name at the start of {@code s} ends: before the first task verb after its head, a colon,
     * a parenthesis, or a sentence end; {@code s.length()} when nothing ends it.
     */
    public static int nameEnd(String s, int headLength) {
        int limit = s.length();
        String f = Words.fold(s);
        int namesFrom = s.length(); // where a list of proper names after "các huyện:" starts: capitals there are names
        for (int i = headLength; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' && namesListAfterColon(s, f, i)) {
                namesFrom = Math.min(namesFrom, i);
                continue;
            }
            if (c == ':' || c == '(' || c == '.' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                limit = i;
                break;
            }
        }
        // "Công ty TNHH Xây dựng Hồng Phát": an enterprise's capitalised words are its name, whatever they say
        boolean enterprise = startsWithAny(f, ENTERPRISE_HEADS);
        Matcher w = WORD.matcher(s);
        String previous = null;
        int searchFrom = headLength;
        int skipTo = 0; // the end of a passive that names which bodies of a group ("được giao chủ trì nhiệm vụ")
        while (w.find()) {
            if (w.start() >= limit) break;
            if (w.start() < searchFrom) {
                previous = w.group();
                continue;
            }
            int at = w.start();
            if (at < skipTo) {
                previous = w.group();
                continue;
            }
            boolean upper = Character.isUpperCase(s.codePointAt(at));
            String prevFold = previous == null ? "" : Words.fold(previous);
            boolean afterDepartment = s.substring(searchFrom, at).isBlank()
                    && DEPARTMENT_HEADS.contains(lastWords(Words.fold(s.substring(0, searchFrom)).strip()))
                    && (upper || !startsWithAny(f.substring(at), UNNAMED_VERBS));
            // "Tổ giúp việc Ban Chỉ đạo": a capitalised field right after an inner department word is a name
            if (upper && !afterDepartment) {
                // ... as printed with its capital: "Môi trường Là cơ quan ..." ends "trường" of a field, no school
                String before = Words.fold(s.substring(0, at)).strip();
                String word = lastWords(before);
                afterDepartment = DEPARTMENT_HEADS.contains(word)
                        && Character.isUpperCase(s.charAt(before.length() - word.length()));
            }
            // "Công chức Địa chính - Xây dựng": a capitalised word after a spaced hyphen is the second field of the
            // name, not a verb
            boolean afterHyphen = upper && at > 0 && s.substring(Math.max(0, at - 3), at).matches(".*\\s[-–]\\s*");
            // "UBND các xã chịu sự giám sát": after "sự" a verb is a noun ("sự giám sát", the supervision)
            boolean nounUse = upper && (at > namesFrom || enterprise) || prevFold.equals("các")
                    || prevFold.equals("những") || prevFold.equals("và") || prevFold.equals("sự") || afterHyphen;
            // "Ban Tổ chức Tỉnh ủy giao các phòng chuyên môn theo dõi ...": a body handing its task on to a group
            // of its own ends its name at the verb ("giao thông", "giao lưu" go on: no body follows them)
            if (!upper && f.startsWith("giao ", at) && HANDS_ON.matcher(f).region(at, f.length()).lookingAt()) {
                return trimEnd(s, at);
            }
            // "Các tổ chức đảng, đảng viên được kiểm tra, giám sát": after a group of bodies, a passive's verbs say
            // which of them are meant (those inspected), part of the name; the verb after them is the task
            if (!upper && !nounUse && prevFold.equals("được") && PLURAL_GROUP.matcher(f).region(0, at).find()) {
                int passive = passiveVerbsEnd(f, at);
                if (passive > at) {
                    skipTo = passive;
                    previous = w.group();
                    continue;
                }
            }
            // "Các chủ rừng là tổ chức": "là" and a kind of actor say which of the group are meant (after one body
            // "là" is a role: "Sở Nội vụ là cơ quan thường trực")
            if (!upper && f.startsWith("là ", at) && PLURAL_GROUP.matcher(f).region(0, at).find()) {
                int kind = kindQualifierEnd(f, at + 3);
                if (kind > 0) {
                    skipTo = kind;
                    previous = w.group();
                    continue;
                }
            }
            if (!nounUse && !afterDepartment) {
                String tail = f.substring(at);
                if (!upper && startsWithAny(tail, NO_TASK_VERBS)) return trimEnd(s, at);
                List<String> verbs = upper ? STRONG_VERBS : TASK_VERBS;
                for (String v : verbs) {
                    if (!startsWithWord(tail, v)) continue;
                    // "Các cấp ủy, tổ chức đảng ...": after a comma, a noun that opens with the verb is one more body
                    // of the list (not "Chi bộ tổ chức đảng viên học tập")
                    if (afterComma(s, at) && startsWithAny(tail, VERB_NOUNS)) break;
                    // "Chuyên viên phụ trách lĩnh vực văn hóa": after a bare staff noun "phụ trách" names the post
                    // ("Các đồng chí Huyện ủy viên phụ trách cơ sở": the staff noun closes what comes before)
                    if (v.equals("phụ trách") && endsWithAny(f.substring(0, at).strip(), QUALIFIED_HEADS)) break;
                    // "Phó Chủ tịch UBND xã phụ trách kinh tế": a deputy's field tells the deputies apart
                    if (v.equals("phụ trách") && sharedPostInCharge(f, at)) break;
                    // "Thủ trưởng các cơ quan, đơn vị được giao chủ trì nhiệm vụ": after a group of bodies the
                    // passive names which of them, part of the name; after one body it is the task ("Phòng Nội vụ
                    // được giao chủ trì ...")
                    if (v.startsWith("được ")) {
                        Matcher which = ASSIGNED_WHICH.matcher(f).region(at, f.length());
                        if (which.lookingAt() && PLURAL_GROUP.matcher(f).region(0, at).find()) {
                            skipTo = which.end();
                            break;
                        }
                    }
                    // "Ban Quản lý dự án đầu tư xây dựng ...": a verb that ends a field compound is part of the name
                    // (asked only of a word that opens a verb, not of every word of every name)
                    if (!upper && insideFieldCompound(f, at)) break;
                    // "Phòng Nội vụ được kiểm tra ...": a passive's "được" is no part of the name before it
                    return trimEnd(s, prevFold.equals("được") ? wordStartBefore(s, at) : at);
                }
            }
            previous = w.group();
        }
        return trimEnd(s, limit);
    }

    /** The end of a kind of actor ({@code kind-qualifiers.txt}) at {@code from} of folded {@code f}; 0 when none is. */
    private static int kindQualifierEnd(String f, int from) {
        for (String k : KIND_QUALIFIERS) {
            if (startsWithWord(f.substring(from), k)) return from + k.length();
        }
        return 0;
    }

    private static final List<String> KIND_QUALIFIERS = Words.folded(UnitNames.class, "kind-qualifiers.txt");

    /** Where the word before the one at {@code at} starts, words as {@link #WORD} reads them. */
    private static int wordStartBefore(String s, int at) {
        int p = at;
        while (p > 0 && !Character.isLetterOrDigit(s.charAt(p - 1))) p--;
        while (p > 0 && Character.isLetterOrDigit(s.charAt(p - 1))) p--;
        return p;
    }

    /**
     * The end of the task verbs from {@code at} of folded {@code f}, one or several joined by a comma or "và"
     * ("kiểm tra, giám sát"), else {@code at}.
     */
    private static int passiveVerbsEnd(String f, int at) {
        int end = at;
        int pos = at;
        while (true) {
            String tail = f.substring(pos);
            String verb = null;
            for (String v : TASK_VERBS) {
                if (!v.startsWith("được ") && startsWithWord(tail, v)) {
                    verb = v;
                    break;
                }
            }
            if (verb == null) return end;
            end = pos + verb.length();
            int next = end;
            while (next < f.length() && (f.charAt(next) == ' ' || f.charAt(next) == ',')) next++;
            boolean comma = f.substring(end, next).indexOf(',') >= 0;
            if (!comma && f.startsWith("và ", next)) {
                next += 3;
            } else if (!comma) {
                return end;
            }
            pos = next;
        }
    }

    /**
     * "Phó Chủ tịch" of "Các đồng chí Phó Chủ tịch, Ủy viên Ủy ban nhân dân xã": a post several people hold
     * ({@code shared-posts.txt}), bare, whose body the list names at its end.
     */
    static boolean isBareSharedPost(String name) {
        String n = name.strip();
        return !n.isEmpty() && headLength(n) >= n.length() && startsWithAny(Words.fold(n), SHARED_POSTS);
    }

    /**
     * Whether the folded name opens with a post several people hold ({@code shared-posts.txt}, after an honorific)
     * and "phụ trách" at {@code at} names a field, not the general charge ("phụ trách chung").
     */
    private static boolean sharedPostInCharge(String folded, int at) {
        String post = folded.substring(honorificLength(folded));
        if (!startsWithAny(post, SHARED_POSTS)) return false;
        String field = folded.substring(at + "phụ trách".length()).strip();
        if (field.isEmpty() || !Character.isLetter(field.charAt(0))) return false;
        for (String g : GENERAL_CHARGES) {
            if (!startsWithWord(field, g)) continue;
            // "phụ trách chung", "phụ trách lĩnh vực chỉ đạo ...": no field named; "phụ trách lĩnh vực văn hóa" names one
            String after = field.substring(g.length()).strip();
            if (after.isEmpty() || !Character.isLetter(after.charAt(0)) || startsWithAny(after, TASK_VERBS)) return false;
        }
        return true;
    }

    /**
     * The passive that says which bodies of a group are meant: "được giao (chủ trì) (các) nhiệm vụ", or "được giao
     * chủ trì" ending a heading; "Các xã được giao chủ trì tổ chức ..." is the task.
     */
    private static final Pattern ASSIGNED_WHICH = Pattern.compile(
            "được (?:giao|phân công)(?: (?:chủ trì|thực hiện|phụ trách))?(?: (?:các )?nhiệm vụ(?![\\p{L}])|(?: chủ trì| thực hiện| phụ trách)?[\\s.;:]*$)"
                    // "... được phân công phụ trách chi bộ" ending a heading: what they are in charge of says who
                    + "|được (?:giao|phân công) phụ trách(?: \\p{L}+){1,4}[\\s.;:]*$");
    /** A group of bodies in the (folded) name: "các cơ quan", "những đơn vị". */
    private static final Pattern PLURAL_GROUP = Pattern.compile("(?:^|\\s)(?:các|những) \\p{L}");

    /** "giao (cho) các ...", "giao (cho) những ...": a body handing a task on to a group (folded text). */
    private static final Pattern HANDS_ON = Pattern.compile("giao (?:cho |nhiệm vụ cho |trách nhiệm cho )?(?:các|những) \\p{L}");

    /** True when the word at {@code at} of the folded text ends a field compound that opened before it. */
    private static boolean insideFieldCompound(String folded, int at) {
        for (String c : FIELD_COMPOUNDS) {
            for (int j = c.indexOf(' '); j > 0; j = c.indexOf(' ', j + 1)) {
                int start = at - j - 1;
                int end = start + c.length();
                if (start >= 0 && (start == 0 || folded.charAt(start - 1) == ' ') && folded.startsWith(c, start)
                        && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) return true;
            }
        }
        return false;
    }

    /**
     * "UBND các huyện: Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh tập trung ...": a colon right after a group of bodies
     * ("các huyện", "các sở") that a proper name follows opens the list of which ones, part of the unit's name.
     */
    private static boolean namesListAfterColon(String s, String folded, int colon) {
        int next = colon + 1;
        while (next < s.length() && s.charAt(next) == ' ') next++;
        if (next >= s.length() || !Character.isUpperCase(s.charAt(next))) return false;
        // "Trưởng các thôn: Phối hợp tuyên truyền": a task after the colon, not a list of names
        if (startsWithAny(folded.substring(next), TASK_VERBS)) return false;
        String before = folded.substring(0, colon).stripTrailing();
        for (String h : PLURAL_HEADS) {
            if (!before.endsWith(h)) continue;
            String group = before.substring(0, before.length() - h.length());
            if (group.endsWith("các ") || group.endsWith("những ")) return true;
        }
        return false;
    }

    /** The last one or two words of a folded string that match a department head, else the last word. */
    private static String lastWords(String f) {
        for (String c : COMPOUND_WORDS) {
            if (f.endsWith(c) && (f.length() == c.length() || f.charAt(f.length() - c.length() - 1) == ' ')) return c;
        }
        for (String d : DEPARTMENT_HEADS) {
            if (f.endsWith(d) && (f.length() == d.length() || f.charAt(f.length() - d.length() - 1) == ' ')) return d;
        }
        int sp = f.lastIndexOf(' ');
        return sp < 0 ? f : f.substring(sp + 1);
    }

    private static int trimEnd(String s, int end) {
        int e = end;
        while (e > 0 && (Character.isWhitespace(s.charAt(e - 1)) || ",;:-–".indexOf(s.charAt(e - 1)) >= 0)) e--;
        return e;
    }

    /** Splits a heading that lists units at semicolons (never at commas, which occur inside names). */
    public static List<String> splitAtSemicolons(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(";")) {
            String p = clean(part);
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    /** Trims spaces, a leading "và", and trailing punctuation. */
    public static String clean(String s) {
        String p = s.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("và ")) p = p.substring(3).strip();
        int e = p.length();
        while (e > 0 && ",;:.-–/ ".indexOf(p.charAt(e - 1)) >= 0) e--;
        return p.substring(0, e).strip();
    }

    /**
     * A post's name without the honorific before it: "Đồng chí Phó Bí thư Thường trực Đảng ủy" is the post
     * "Phó Bí thư Thường trực Đảng ủy"; the honorific is courtesy, not part of what is named. Kept when what
     * follows is no unit head ("Đồng chí Nguyễn Văn A" stays as printed).
     */
    public static String withoutHonorific(String name) {
        int honorific = honorificLength(Words.fold(name.substring(0, Math.min(name.length(), 40))));
        if (honorific == 0) return name;
        String rest = name.substring(honorific).strip();
        return headLength(rest) > 0 ? capitalise(rest) : name;
    }

    /** Whether a word of {@code s} asks or assigns ({@code assign-verbs.txt}: "Bộ Tài chính đề nghị Ủy ban ..."). */
    static boolean holdsAssignVerb(String s) {
        String f = " " + Words.fold(s) + " ";
        for (String v : ASSIGN_VERBS) if (f.contains(" " + v + " ")) return true;
        return false;
    }

    /** Whether the folded name is an honorific and nothing else ("các đồng chí"). */
    static boolean isHonorific(String folded) {
        return HONORIFICS.contains(folded.strip());
    }

    /** Length of the honorific and the space after it opening the folded {@code f} ("đồng chí "), else 0. */
    private static int honorificLength(String f) {
        for (String h : HONORIFICS) {
            if (startsWithWord(f, h) && f.length() > h.length() + 1) return h.length() + 1;
        }
        return 0;
    }

    /** Upper-cases the first letter. */
    public static String capitalise(String s) {
        if (s == null || s.isEmpty()) return s;
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s.substring(Character.charCount(cp)))
                .toString();
    }

    /** Whether the folded {@code s} ends with one of {@code words}, as a whole word. */
    private static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w) && (s.length() == w.length() || s.charAt(s.length() - w.length() - 1) == ' ')) return true;
        }
        return false;
    }

    private static boolean afterComma(String s, int at) {
        int i = at - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return i >= 0 && s.charAt(i) == ',';
    }

    /** Whether {@code text} opens with a verb that gives its subject no task ({@code no-task-verbs.txt}). */
    static boolean opensWithNoTaskVerb(String text) {
        return startsWithAny(foldedOpening(text), NO_TASK_VERBS);
    }

    /** Whether the text opens with a task's verb ({@code task-verbs.txt}, any case): "Chủ trì ...", "rà soát ...". */
    static boolean opensWithTaskVerb(String text) {
        String f = foldedOpening(text);
        for (String v : TASK_VERBS) {
            if (startsWithWord(f, v)) return true;
        }
        return false;
    }

    private static final int TASK_VERB_REACH = 40;

    /** The text's first {@link #TASK_VERB_REACH} chars, folded and stripped: where a verb that opens it stands. */
    private static String foldedOpening(String text) {
        return Words.fold(text.substring(0, Math.min(text.length(), TASK_VERB_REACH)).strip());
    }

    private static boolean startsWithAny(String folded, List<String> words) {
        for (String w : words) if (startsWithWord(folded, w)) return true;
        return false;
    }

    static boolean startsWithWord(String folded, String word) {
        if (!folded.startsWith(word)) return false;
        if (folded.length() == word.length()) return true;
        char next = folded.charAt(word.length());
        return !Character.isLetterOrDigit(next);
    }
}
