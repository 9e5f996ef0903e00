package io.planex.extract.citation;

import io.planex.extract.text.TextChars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A symbol as printed, before classification: number, optional year and the code groups, in Party order
 * ({@code 57-KL/TW}) or State order ({@code 38/KH-UBND}, {@code 27/2019/QĐ-UBND}, {@code 35/2021/QH15}).
 * Offsets are into a {@link CleanText}.
 *
 * @param groups the code groups in print order: Party {@code [KL, TW]}; State {@code [KH, UBND]},
 *               {@code [QĐ, UBND]}, {@code [QH15]}, {@code [UBND, TH]}
 */
record RawSymbol(int start, int end, String number, String year, List<String> groups, boolean partyOrder) {

    // A code group: starts with a capital (or 0 misread for Q before Đ), then letters, digits, '&' ("TUPT&ĐUQCHQ").
    // Possessive quantifiers and single optional spaces keep matching linear on any input.
    // A joint body's code joins its members with '&', printed with or without spaces ("UBND& MTTQ").
    private static final String SEG = "(?:\\p{Lu}|0(?=Đ))[\\p{L}\\d]*+(?:\\s?&\\s?[\\p{L}\\d]++)*+";
    // A later group after a spaced dash is read only when it is in capitals, a code, not the next word of the
    // sentence ("12/KH-UBND - Về việc ...").
    private static final String CAPS_SEG = "\\p{Lu}[\\p{Lu}\\d]*+(?:\\s?&\\s?[\\p{Lu}\\d]++)*+(?![\\p{Ll}])";
    private static final Pattern SYMBOL = Pattern.compile(
            // a Party body's department after its code, joined by a dash ("142-CTr/TWĐTN-TNTH": a Youth Union centre
            // board's school section), as a state symbol's issuer groups are
            // a number with a letter after it ("Nghị quyết số 36a/NQ-CP", "05b-KH/TU"): a document added between two
            // numbers of the register
            "(\\d{1,5}+(?:[a-zA-Z](?=\\s?[-/]))?)\\s?(?:-\\s?(" + SEG + ")\\s?/\\s?(" + SEG + "(?:-" + CAPS_SEG + ")*+)"
                    // "09/2025NQ-HĐND": OCR drops the slash after a year; a capital right after the year shows it
                    + "|/\\s?(?:(\\d{4})\\s?/\\s?|((?:19|20)\\d{2})(?=\\p{Lu}))?(" + SEG + ")(?:\\s?-\\s?(" + SEG
                    + "(?:-" + SEG + "|\\s?-\\s?" + CAPS_SEG + ")*+))?)");
    private static final Pattern SPACES = Pattern.compile("\\s");
    /**
     * A symbol a typist left in lower case ("Kế hoạch số 27/kh-ubnd"), read only right after "số": State order, a
     * type code and one or two issuer groups, no year.
     */
    private static final Pattern LOWER_SYMBOL = Pattern.compile(
            "(\\d{1,5}+)/([a-zđ]{2,6}+)-([a-zđ&]{2,12}+(?:-[a-zđ&]{2,12}+)?)(?![\\p{L}\\d/-])");

    /**
     * Codes are abbreviations: the Vietnamese letters they use are Đ, and Ư in "TƯ" (Trung ương: "112/KH-BCĐTƯ"). A
     * tone or vowel mark on any other letter is OCR reading a speck ("110-KH/HŨ" for HU) and is dropped.
     */
    static String codeLetters(String group) {
        boolean marked = false;
        for (int i = 0; i < group.length() && !marked; i++) {
            char c = group.charAt(i);
            marked = c > 0x7F && c != 'Đ' && c != 'đ' && !centralU(group, i) && Character.isLetter(c);
        }
        if (!marked) return group;
        StringBuilder b = new StringBuilder(group.length());
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == 'Đ' || c == 'đ' || c < 0x80 || !Character.isLetter(c) || centralU(group, i)) {
                b.append(c);
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            b.append(d.charAt(0) < 0x80 ? d.charAt(0) : c);
        }
        return b.toString();
    }

    /** The Ư of "TƯ" (Trung ương) at {@code i}. */
    private static boolean centralU(String group, int i) {
        char c = group.charAt(i);
        return (c == 'Ư' || c == 'ư') && i > 0 && (group.charAt(i - 1) == 'T' || group.charAt(i - 1) == 't');
    }

    /** A printed code group with its letters regular and without the spaces a typist left in it. */
    private static String code(String group) {
        return codeLetters(SPACES.matcher(group).replaceAll(""));
    }

    /** Whether "số " (any case, one or two spaces) stands right before {@code at}. */
    private static boolean afterSo(String work, int at) {
        int j = at - 1;
        if (j >= 0 && work.charAt(j) == ' ') j--;
        if (j >= 0 && work.charAt(j) == ' ') j--;
        if (j == at - 1 || j < 1) return false;
        char o = work.charAt(j);
        char s = work.charAt(j - 1);
        return (o == 'ố' || o == 'Ố') && (s == 's' || s == 'S') && (j < 2 || !Character.isLetter(work.charAt(j - 2)));
    }

    /** {@link #LOWER_SYMBOL} at {@code at}, its codes in capitals; null when none is there. */
    private static RawSymbol lowerCase(String work, int at) {
        Matcher m = LOWER_SYMBOL.matcher(work).region(at, work.length());
        if (!m.lookingAt()) return null;
        List<String> groups = new ArrayList<>(3);
        groups.add(m.group(2).toUpperCase(java.util.Locale.ROOT));
        for (String g : m.group(3).split("-")) groups.add(g.toUpperCase(java.util.Locale.ROOT));
        return new RawSymbol(m.start(), m.end(), m.group(1), null, List.copyOf(groups), false);
    }

    /** Every symbol-shaped string in the working text, in order. */
    static List<RawSymbol> scan(String work) {
        List<RawSymbol> out = new ArrayList<>();
        Matcher m = SYMBOL.matcher(work);
        char[] chars = TextChars.of(work);
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            // A symbol's number starts after no letter, digit, slash or dash ("A1-", "19/9/2023" inside a date).
            char before = i > 0 ? chars[i - 1] : ' ';
            if (Character.isLetterOrDigit(before) || before == '/' || before == '-') {
                i++;
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                RawSymbol lower = afterSo(work, i) ? lowerCase(work, i) : null;
                if (lower != null) out.add(lower);
                i = lower != null ? lower.end() : i + 1;
                continue;
            }
            i = m.end();
            List<String> groups = new ArrayList<>(4);
            boolean party = m.group(2) != null;
            if (party) {
                groups.add(code(m.group(2)));
                for (String g : m.group(3).split("-")) groups.add(code(g));
            } else {
                groups.add(code(m.group(6)));
                if (m.group(7) != null) for (String g : m.group(7).split("-")) groups.add(code(g));
            }
            int start = m.start();
            String number = m.group(1);
            // "số 2.345/QĐ-UBND": a thousands dot inside the number ("2.345" is 2345, never 345)
            int j = start - 1;
            if (j >= 1 && work.charAt(j) == '.' && number.length() == 3 && Character.isDigit(work.charAt(j - 1))) {
                int k = j - 1;
                while (k > 0 && Character.isDigit(work.charAt(k - 1))) k--;
                boolean cleanBefore = k == 0 || !(Character.isLetterOrDigit(work.charAt(k - 1)) || work.charAt(k - 1) == '.'
                        || work.charAt(k - 1) == '/' || work.charAt(k - 1) == '-');
                if (j - k <= 3 && cleanBefore) {
                    number = work.substring(k, j) + number;
                    start = k;
                }
            }
            // "Tờ trình số 10.11/TTr-VMI", "Giấy mời 21.5/GM-BL": a company's number with a dot and one or two
            // digits after it is printed so and kept whole (a thousands dot has three digits after it, above)
            if (start == m.start() && j >= 1 && work.charAt(j) == '.' && number.length() <= 2
                    && Character.isDigit(work.charAt(j - 1))) {
                int k = j - 1;
                while (k > 0 && Character.isDigit(work.charAt(k - 1))) k--;
                boolean cleanBefore = k == 0 || !(Character.isLetterOrDigit(work.charAt(k - 1)) || work.charAt(k - 1) == '.'
                        || work.charAt(k - 1) == '/' || work.charAt(k - 1) == '-');
                if (j - k <= 4 && cleanBefore) {
                    number = work.substring(k, j) + "." + number;
                    start = k;
                }
            }
            String year = party ? null : m.group(4) != null ? m.group(4) : m.group(5);
            out.add(new RawSymbol(start, m.end(), number, year, List.copyOf(groups), party));
        }
        return out;
    }
}
