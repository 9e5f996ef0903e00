package io.planex.extract.header;

import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes an issuing body or a signer's title printed in capitals in normal case: known organ words from a
 * lexicon ("ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"), level words in lower case, place names in title case, the
 * first word of a field after "Sở"/"Ban"/"Phòng" capitalised, "uỷ" respelled "ủy". Mixed-case input keeps its
 * case; only abbreviations are expanded.
 */
public final class NormalCase {
    /** Compiled once: String.replaceAll compiled it at each call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Lexicon ORGANS = new Lexicon(pairs("organs.tsv"));
    private static final Lexicon LEVELS = new Lexicon(pairs("levels.tsv"));
    private static final Lexicon TITLES = new Lexicon(pairs("signer-titles.tsv"));
    private static final List<String> NAMED_ORGANS = Words.raw(NormalCase.class, "named-organs.txt");
    private static final List<String> FIELD_HEADS = List.of("Sở", "Ban", "Phòng", "Bộ", "Cục", "Chi cục", "Tổng cục",
            "Văn phòng", "Trung tâm", "Hội", "Trường", "Ủy ban Kiểm tra");

    private NormalCase() {}

    /** An issuing body in normal case. */
    public static String body(String printed) {
        String s = Words.respell(Words.collapseSpaces(printed.strip()));
        if (s.isEmpty()) return s;
        if (!Words.isCaps(s)) return expandAbbreviations(s);
        String[] words = s.split(" ");
        List<String> out = new ArrayList<>();
        boolean place = false;
        boolean fieldNext = false;
        // inside a field name after "Sở"/"Ban"/"Bộ"...: each coordinated field opens with a capital
        // ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" -> "Sở Văn hóa, Thể thao và Du lịch")
        boolean inField = false;
        int i = 0;
        boolean lastWasOrgan = false;
        while (i < words.length) {
            boolean afterOrgan = lastWasOrgan;
            lastWasOrgan = false;
            String[] organ = match(words, i, ORGANS);
            String before = out.isEmpty() ? "" : out.get(out.size() - 1);
            boolean atFieldStart = fieldNext || before.equals("và") || before.endsWith(",") || before.equals("-");
            // "MÔI TRƯỜNG" inside a field: a one-word organ ("Trường", "Hội") there is an ordinary word
            if (organ != null && inField && !atFieldStart && !organ[0].contains(" ")) organ = null;
            if (organ != null) {
                out.add(organ[1]);
                i += organ[0].split(" ").length;
                fieldNext = FIELD_HEADS.contains(organ[1]);
                inField = fieldNext;
                // a Party committee named by its place ("HUYỆN ỦY KIM ĐỘNG") is followed by the place
                place = namedByPlace(organ[1]);
                lastWasOrgan = true;
                continue;
            }
            int compound = organ == null && !afterOrgan ? levelCompoundWords(words, i) : 0;
            if (compound > 0) {
                // "TỆ NẠN XÃ HỘI": ordinary words, the first capitalised only where a field opens ("VÀ XÃ HỘI")
                String first = words[i].toLowerCase(Locale.ROOT);
                out.add(fieldNext || atFieldStart && inField || out.isEmpty() ? capitalise(first) : first);
                for (int k = 1; k < compound; k++) out.add(words[i + k].toLowerCase(Locale.ROOT));
                i += compound;
                fieldNext = false;
                continue;
            }
            String[] level = match(words, i, LEVELS);
            if (level != null) {
                out.add(level[1]);
                i += level[0].split(" ").length;
                place = true;
                fieldNext = false;
                inField = false;
                continue;
            }
            if (isAbbreviation(words[i])) {
                // "GD&ĐT", "KH-CN": an abbreviation keeps its capitals (no Vietnamese word lacks a vowel)
                out.add(words[i]);
                i++;
                fieldNext = false;
                continue;
            }
            String w = words[i].toLowerCase(Locale.ROOT);
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            boolean fieldStart = inField && (previous.equals("và") || previous.endsWith(",") || previous.equals("-")
                    || previous.equals("–"));
            if (place || fieldNext || fieldStart || out.isEmpty()) w = capitalise(w);
            fieldNext = false;
            out.add(w);
            i++;
        }
        return String.join(" ", out);
    }

    /** A word of capitals that is an abbreviation: it joins letters with '&', or no part of it has a vowel. */
    static boolean isAbbreviation(String word) {
        if (word.indexOf('&') > 0) return true;
        // without tone and vowel marks: "TẾ" has the vowel e
        String f = java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        boolean letters = false;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if ("aeiouy".indexOf(c) >= 0) return false;
            if (Character.isLetter(c)) letters = true;
        }
        return letters && word.length() >= 2;
    }

    /** A signer's title in normal case ("PHÓ BÍ THƯ THƯỜNG TRỰC" -> "Phó Bí thư Thường trực"). */
    public static String title(String printed) {
        String s = Words.respell(Words.collapseSpaces(printed.strip()));
        if (!Words.isCaps(s)) return s;
        String[] words = s.split(" ");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            String[] t = match(words, i, TITLES);
            if (t == null) t = match(words, i, ORGANS);
            if (t != null) {
                out.add(t[1]);
                i += t[0].split(" ").length;
            } else {
                String[] level = match(words, i, LEVELS);
                if (level != null) {
                    out.add(level[1]);
                    i += level[0].split(" ").length;
                } else {
                    out.add(words[i].toLowerCase(Locale.ROOT));
                    i++;
                }
            }
        }
        return capitalise(String.join(" ", out));
    }

    /** True when every word of {@code s} is a known title word (used to find title lines). */
    public static boolean isTitle(String s) {
        String t = Words.respell(Words.collapseSpaces(s.strip()));
        if (t.isEmpty() || !Words.isCaps(t)) return false;
        String[] words = t.split(" ");
        int i = 0;
        boolean any = false;
        while (i < words.length) {
            String[] m = match(words, i, TITLES);
            if (m == null) return any && restIsBody(words, i);
            any = true;
            i += m[0].split(" ").length;
        }
        return any;
    }

    /** Number of words of the longest title-lexicon entry at words[i] ("CHỦ TỊCH" -> 2), or 0. */
    static int titleWordsAt(String[] words, int i) {
        String[] t = match(words, i, TITLES);
        return t == null ? 0 : t[0].split(" ").length;
    }

    /** True when an organ or level word of the lexicons starts at words[i] ("UBND", "HUYỆN"). */
    static boolean bodyWordAt(String[] words, int i) {
        return match(words, i, ORGANS) != null || match(words, i, LEVELS) != null;
    }

    /** Number of words of the longest organ-lexicon entry at words[i] ("HUYỆN ỦY" -> 2), or 0. */
    static int organWordsAt(String[] words, int i) {
        String[] o = match(words, i, ORGANS);
        return o == null ? 0 : o[0].split(" ").length;
    }

    /**
     * Number of words of an organ named by the place that follows it at words[i] ("HUYỆN ỦY" of "HUYỆN ỦY ĐÔNG
     * LÂM", "TỈNH ĐOÀN"), or 0: such an organ stands where a level word would.
     */
    static int placeNamedOrganWordsAt(String[] words, int i) {
        String[] o = match(words, i, ORGANS);
        if (o == null) return 0;
        return namedByPlace(o[1]) ? o[0].split(" ").length : 0;
    }

    /**
     * An organ (in normal case) that a proper name follows: a Party committee named by its place ("Huyện ủy", not
     * "Đảng ủy"), or one of {@code named-organs.txt} ("Tỉnh Đoàn", "Trường THCS").
     */
    private static boolean namedByPlace(String organ) {
        return organ.endsWith(" ủy") && !organ.equals("Đảng ủy") || NAMED_ORGANS.contains(organ);
    }

    private static final List<String[]> LEVEL_COMPOUNDS = Words.folded(NormalCase.class, "level-compounds.txt").stream()
            .map(c -> c.split(" ")).toList();

    /** Number of words of a compound of {@code level-compounds.txt} at words[i] ("XÃ HỘI"), or 0. */
    private static int levelCompoundWords(String[] words, int i) {
        for (String[] c : LEVEL_COMPOUNDS) {
            if (i + c.length > words.length) continue;
            boolean ok = true;
            for (int k = 0; k < c.length && ok; k++) ok = Words.fold(words[i + k]).equals(c[k]);
            if (ok) return c.length;
        }
        return 0;
    }

    /** Number of words of the level word at words[i] ("THÀNH PHỐ" -> 2), or 0. */
    static int levelWordsAt(String[] words, int i) {
        String[] l = match(words, i, LEVELS);
        return l == null ? 0 : l[0].split(" ").length;
    }

    /** "CHỦ TỊCH UBND HUYỆN" style titles name their body after the title words. */
    private static boolean restIsBody(String[] words, int i) {
        return match(words, i, ORGANS) != null;
    }

    static String expandAbbreviations(String s) {
        return (" " + s + " ").replace(" UBND ", " Ủy ban nhân dân ").replace(" HĐND ", " Hội đồng nhân dân ")
                .replace(" MTTQ ", " Mặt trận Tổ quốc ").replace(" UBMTTQ ", " Ủy ban Mặt trận Tổ quốc ").strip();
    }

    static String capitalise(String w) {
        if (w.isEmpty()) return w;
        int cp = w.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(w.substring(Character.charCount(cp)))
                .toString();
    }

    /**
     * The longest entry whose words equal words[i..]; entries are {printed, normal}. The first entry (longest first)
     * whose words all fold to the words' folds, as comparing each entry in turn did; only the entries opening with
     * the fold of words[i] can match, and each of words[i..] is folded once.
     */
    private static String[] match(String[] words, int i, Lexicon lexicon) {
        if (i >= words.length) return null; // every entry has a word at least
        List<Lexicon.Entry> candidates = lexicon.byFirstWord.get(Words.fold(words[i]));
        if (candidates == null) return null;
        String[] folded = null;
        for (Lexicon.Entry e : candidates) {
            String[] ew = e.folded();
            if (i + ew.length > words.length) continue;
            boolean ok = true;
            for (int k = 1; k < ew.length && ok; k++) {
                if (folded == null) folded = new String[lexicon.longest];
                if (folded[k] == null) folded[k] = Words.fold(words[i + k]);
                ok = folded[k].equals(ew[k]);
            }
            if (ok) return e.pair();
        }
        return null;
    }

    /** A word list's entries, longest first, with their words folded and indexed by the first. */
    private static final class Lexicon {
        record Entry(String[] pair, String[] folded) {}

        final Map<String, List<Entry>> byFirstWord = new HashMap<>();
        final int longest;

        Lexicon(List<String[]> pairs) {
            int most = 1;
            for (String[] e : pairs) {
                String[] ew = e[0].split(" ");
                String[] folded = new String[ew.length];
                for (int k = 0; k < ew.length; k++) folded[k] = Words.fold(ew[k]);
                most = Math.max(most, ew.length);
                byFirstWord.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(new Entry(e, folded));
            }
            this.longest = most;
        }
    }

    static List<String[]> pairs(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String[] kv : Words.pairs(NormalCase.class, resource)) {
            out.add(new String[] {Words.respell(kv[0]), kv[1]});
        }
        out.sort((a, b) -> Integer.compare(b[0].split(" ").length, a[0].split(" ").length));
        return List.copyOf(out);
    }
}
