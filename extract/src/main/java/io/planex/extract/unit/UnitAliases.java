package io.planex.extract.unit;

import io.planex.extract.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a text gives its bodies: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (sau đây gọi là Ủy
 * ban nhân dân cấp tỉnh)". A letter then asks "Ủy ban nhân dân cấp tỉnh gửi báo cáo ...": the unit is the body named
 * in full, which is how a reader (and an index) knows it. Pure and thread-safe.
 */
final class UnitAliases {
    private UnitAliases() {}

    private static final List<String> PHRASES = Words.raw(UnitAliases.class, "alias-phrases.txt");
    private static final Pattern ALIAS = Pattern.compile("(?iu)\\(\\s*(?:"
            + Words.alternation(PHRASES) + ")\\s*:?\\s*([^()\\n]{2,80}?)\\s*\\)");
    /** The first letters of the phrases, lower case: what must follow a bracket for it to be tried. */
    private static final String PHRASE_FIRSTS = PHRASES.stream().map(p -> p.substring(0, 1).toLowerCase(Locale.ROOT))
            .distinct().reduce("", String::concat);
    /** The verb of a decision setting a body up or renewing it, right before the body's name. */
    private static final Pattern SETS_UP = Pattern.compile("(?iu)(?<![\\p{L}])(?:thành\\s+lập|kiện\\s+toàn|củng\\s+cố)\\s+$");
    /** How long a body's abbreviation in brackets may be ("Ban QLDA dân dụng", "Sở NN&MT"). */
    private static final int MAX_ABBREVIATED = 40;

    /**
     * A short name that abbreviates: one of its words after the first is in capitals only, two letters or more
     * ("Sở VHTTDL", "Sở KH&CN", "Ban QLDA dân dụng", "Quỹ ĐTPT"); a name in full has none ("Sở Nội vụ").
     */
    static boolean isAbbreviated(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 5) return false;
        for (int w = 1; w < words.length; w++) {
            if (Words.isCaps(words[w]) && words[w].codePoints().filter(Character::isLetter).count() >= 2) return true;
        }
        return false;
    }

    /** How far before the bracket the full name may start. */
    private static final int MAX_NAME = 160;

    /** The full names by the {@link UnitExtractor#key} of their short names; empty when the text gives none. */
    static Map<String, String> of(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = null;
        // tried at each bracket only, and only where a phrase's first letter follows it: a case-insensitive find
        // would test the pattern at every char of the text, and most texts give no short name at all
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int at = open + 1;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            if (at >= text.length()) continue;
            // "Sở Văn hóa, Thể thao và Du lịch (Sở VHTTDL)": a body's abbreviation in brackets right after its name
            if (Character.isUpperCase(text.charAt(at))) {
                int close = text.indexOf(')', at);
                if (close > at && close - at <= MAX_ABBREVIATED) {
                    String alias = text.substring(at, close).strip();
                    if (isAbbreviated(alias) && UnitNames.headLength(alias) > 0) {
                        String full = fullNameBefore(text, open, alias);
                        String key = UnitExtractor.key(alias);
                        if (full != null && !UnitExtractor.key(full).equals(key)) out.putIfAbsent(key, full);
                    }
                }
                continue;
            }
            if (PHRASE_FIRSTS.indexOf(Character.toLowerCase(text.charAt(at))) < 0) continue;
            if (m == null) m = ALIAS.matcher(text);
            if (!m.region(open, text.length()).lookingAt()) continue;
            String alias = m.group(1).replaceAll("[\"“”]", "").strip();
            if (UnitNames.headLength(alias) == 0) continue; // "(sau đây gọi là Kế hoạch)": no body
            String full = fullNameBefore(text, m.start(), alias);
            String key = UnitExtractor.key(alias);
            if (full != null && !UnitExtractor.key(full).equals(key)) out.putIfAbsent(key, full);
        }
        return out;
    }

    /**
     * The longest unit name that ends right before {@code bracket}: the earliest word, within the sentence, from
     * which a name runs up to the bracket with no task verb inside it ("Bộ Tài chính đề nghị Ủy ban nhân dân các
     * tỉnh, ..." starts the name at "Ủy ban", as "đề nghị" ends a name begun at "Bộ").
     */
    private static String fullNameBefore(String text, int bracket, String alias) {
        int from = Math.max(0, bracket - MAX_NAME);
        for (int k = bracket - 1; k > from; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')') {
                from = k + 1;
                break;
            }
        }
        String before = text.substring(from, bracket);
        int end = before.stripTrailing().length();
        // "Cục trưởng Cục Chuyển đổi số (sau đây gọi tắt là Cục CĐS)", "Kho dữ liệu của Bộ tại Trung tâm Dữ liệu và
        // Thông tin (sau đây gọi là Trung tâm DL&TT)": the short name keeps the full name's first word, so the full
        // name starts at the last word before the bracket that the short name starts with, where there is one
        int same = lastStartOf(before, end, firstWord(alias));
        if (same >= 0) {
            String candidate = before.substring(same, end);
            int head = UnitNames.headLength(candidate);
            if (head > 0 && UnitNames.nameEnd(candidate, head) >= candidate.length()
                    && !UnitNames.holdsAssignVerb(candidate)) {
                return candidate;
            }
        }
        return earliestName(before, end);
    }

    /** The first word of a name. */
    private static String firstWord(String name) {
        String s = name.strip();
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    /** Where the last word {@code word} (as printed, capitalised) starts in {@code s[0, end)}; -1 when none does. */
    private static int lastStartOf(String s, int end, String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return -1;
        for (int i = s.lastIndexOf(word, end - 1); i >= 0; i = i == 0 ? -1 : s.lastIndexOf(word, i - 1)) {
            boolean starts = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            int after = i + word.length();
            boolean ends = after >= end || Character.isWhitespace(s.charAt(after));
            if (starts && ends) return i;
        }
        return -1;
    }

    /** The earliest word of {@code before[0, end)} from which a unit's name runs to the end; null when none does. */
    private static String earliestName(String before, int end) {
        for (int i = 0; i < end; i++) {
            if (i > 0 && !Character.isWhitespace(before.charAt(i - 1))) continue;
            if (!Character.isUpperCase(before.charAt(i)) && !before.startsWith("các ", i)) continue;
            String candidate = before.substring(i, end);
            int head = UnitNames.headLength(candidate);
            if (head == 0) continue;
            // "Thành lập Tổ công tác rà soát, xử lý hồ sơ đất đai tồn đọng (sau đây gọi tắt là Tổ công tác)": the body
            // a decision sets up is named for its task, verbs and all
            if (SETS_UP.matcher(before.substring(0, i)).find()) return candidate;
            // "Bộ Tài chính đề nghị Ủy ban ...": a sentence that asks, not a name
            if (UnitNames.nameEnd(candidate, head) >= candidate.length() && !UnitNames.holdsAssignVerb(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
