package io.planex.extract.citation;

import io.planex.extract.text.Words;

/**
 * A basis that names a document by its type and issuer, or a law by its name, without its number: "Thực hiện Kết
 * luận của Bộ Chính trị về ...", "Căn cứ Luật Thú y và các văn bản hướng dẫn". The number is printed elsewhere: in a
 * footnote ("Kết luận số 218-KL/TW, ngày 02/6/2025 của Bộ Chính trị về ..."), or later in the body. A citation of that
 * type whose words around it name the same issuer and subject (or the same law) is the document carried out; the
 * caller takes it only when exactly one citation fits.
 */
final class NamedBases {
    private NamedBases() {}

    /**
     * A document named without its number: the type word's start, the type word, what names it ("của bộ chính trị",
     * or the law's "luật thú y"), folded, and the first words of its subject after "về" (null when none is given).
     */
    record Named(int start, Lexicon.TypeWord word, String key, String subject, boolean byName) {}

    /** How far an issuer's name or a law's name may run: {@link ClauseReader#issuerEnd} stops it sooner. */
    private static final int NAME_LIMIT = 200;
    private static final int SUBJECT_WORDS = 3;
    /** How far before a numbered mention its law's name may stand ("Luật Thú y số 74/2015/QH13"). */
    private static final int NAME_REACH = 90;
    /** How far after a numbered mention its issuer and subject may stand (its date comes between). */
    private static final int ISSUER_REACH = 260;

    /** The document the type word at [start, end) names without a number, or null when a number follows it. */
    static Named at(String w, int start, int end, Lexicon.TypeWord word) {
        // "NGHỊ QUYẾT / CỦA BAN CHẤP HÀNH ...": the document's own type heading, in capitals, names itself
        if (end - start > 1 && Character.isUpperCase(w.charAt(start + 1))) return null;
        int i = skipSpaces(w, end);
        if (i >= w.length() || Character.isDigit(w.charAt(i)) || startsWithWord(w, i, "số")) return null;
        if (word.named()) {
            // "Luật Thú y": the capitalised name after the type word, read as an issuer's name is
            int e = nameEnd(w, i);
            if (e <= i) return null;
            return new Named(start, word, Words.fold(w.substring(start, end)) + " " + folded(w, i, e), null, true);
        }
        if (!startsWithWord(w, i, "của")) return null;
        int from = skipSpaces(w, i + 3);
        int e = nameEnd(w, from);
        if (e <= from) return null;
        String subject = null;
        int after = skipSpaces(w, e);
        if (startsWithWord(w, after, "về")) subject = firstWords(w, skipSpaces(w, after + 2), SUBJECT_WORDS);
        return new Named(start, word, "của " + expand(folded(w, from, e)), subject, false);
    }

    /** Where the name that opens at {@code i} ends, as {@link ClauseReader#issuerEnd} reads an issuer's. */
    private static int nameEnd(String w, int i) {
        return ClauseReader.issuerEnd(w, i, Math.min(w.length(), i + NAME_LIMIT), Lexicon.get());
    }

    /** {@code w[from, to)} folded, its spaces, line breaks and commas one space, as {@link #names} compares. */
    private static String folded(String w, int from, int to) {
        return collapse(Words.fold(w.substring(from, to))).strip();
    }

    /** Whether the numbered mention at [start, end) of {@code w} is the document {@code n} names. */
    static boolean names(Named n, String w, int start, int end) {
        if (n.byName()) {
            // the name right before the number ("Luật Thú y số 74/2015/QH13"), not a law named further back
            // ("Luật Xây dựng năm 2014 (được sửa đổi, bổ sung tại Luật số 62/2020/QH14)")
            String before = collapse(Words.fold(w.substring(Math.max(0, start - NAME_REACH), start))).strip();
            if (before.endsWith(" số") || before.endsWith(" số:")) before = before.substring(0, before.lastIndexOf(' '));
            return before.endsWith(" " + n.key()) || before.equals(n.key());
        }
        String after = " " + expand(collapse(Words.fold(w.substring(end, Math.min(w.length(), end + ISSUER_REACH)))));
        int issuer = after.indexOf(" " + n.key() + " ");
        if (issuer < 0 && !after.endsWith(" " + n.key())) return false;
        if (n.subject() == null) return true;
        int about = after.indexOf(" về ", Math.max(0, issuer));
        return about < 0 || after.startsWith(" về " + n.subject(), about);
    }

    /** The first {@code n} words from {@code i}, folded, up to a punctuation mark or a line break. */
    private static String firstWords(String w, int i, int n) {
        int end = i;
        int words = 0;
        while (end < w.length() && words < n) {
            int e = end;
            while (e < w.length() && Character.isLetterOrDigit(w.charAt(e))) e++;
            if (e == end) break;
            words++;
            end = e;
            if (words < n && e + 1 < w.length() && w.charAt(e) == ' ' && Character.isLetterOrDigit(w.charAt(e + 1))) {
                end = e + 1;
            } else {
                break;
            }
        }
        return Words.fold(w.substring(i, end).strip());
    }

    /** The abbreviations of the bodies that issue most local documents, spelled out as a full name prints them. */
    private static String expand(String folded) {
        return (" " + folded + " ").replace(" ubnd ", " ủy ban nhân dân ").replace(" hđnd ", " hội đồng nhân dân ")
                .strip();
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';') c = ' ';
            if (c == ' ' && b.length() > 0 && b.charAt(b.length() - 1) == ' ') continue;
            b.append(c);
        }
        return b.toString();
    }

    private static int skipSpaces(String w, int i) {
        while (i < w.length() && (w.charAt(i) == ' ' || w.charAt(i) == '\n')) i++;
        return i;
    }

    private static boolean startsWithWord(String w, int i, String word) {
        return w.regionMatches(true, i, word, 0, word.length())
                && (i + word.length() >= w.length() || !Character.isLetter(w.charAt(i + word.length())));
    }
}
