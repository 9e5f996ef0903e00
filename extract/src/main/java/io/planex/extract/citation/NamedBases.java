package io.planex.extract.citation;

import io.planex.extract.text.Words;
import java.util.Set;

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

    /** Words that end an issuer's name after "của": the document's subject or what it does begins there. */
    private static final Set<String> ISSUER_ENDS = Set.of("về", "phê", "thực", "quy", "hướng", "triển", "tại", "ngày",
            "số", "năm", "đã", "được", "và", "sau", "gửi", "giao");
    /** Words that end a law's name: its number, date or what follows it. */
    private static final Set<String> NAME_ENDS = Set.of("và", "số", "ngày", "năm", "được", "đã", "sửa", "của", "hiện",
            "hướng", "quy", "các");
    private static final int MAX_WORDS = 10;
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
            // "Luật Thú y": the capitalised name after the type word
            if (!Character.isUpperCase(w.charAt(i))) return null;
            String name = wordsUntil(w, i, NAME_ENDS);
            if (name.isEmpty()) return null;
            return new Named(start, word, Words.fold(w.substring(start, end)) + " " + name, null, true);
        }
        if (!startsWithWord(w, i, "của")) return null;
        int from = skipSpaces(w, i + 3);
        String issuer = wordsUntil(w, from, ISSUER_ENDS);
        if (issuer.isEmpty()) return null;
        String subject = null;
        int after = afterWords(w, from, issuer);
        if (startsWithWord(w, after, "về")) {
            String s = wordsUntil(w, skipSpaces(w, after + 2), Set.of());
            subject = firstWords(s, SUBJECT_WORDS);
        }
        return new Named(start, word, "của " + expand(issuer), subject, false);
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

    /** The folded words from {@code i} up to a stop word, a punctuation mark or a line break, at most ten. */
    private static String wordsUntil(String w, int i, Set<String> stops) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        int n = w.length();
        while (i < n && count < MAX_WORDS) {
            int e = i;
            while (e < n && (Character.isLetterOrDigit(w.charAt(e)) || w.charAt(e) == '-' && e > i)) e++;
            if (e == i) break;
            String word = Words.fold(w.substring(i, e));
            if (stops.contains(word)) break;
            if (out.length() > 0) out.append(' ');
            out.append(word);
            count++;
            // words go on over single spaces only: a comma, a bracket or a line break ends the name
            if (e >= n || w.charAt(e) != ' ') break;
            i = e + 1;
        }
        return out.toString();
    }

    /** Where the words of {@code folded} that start at {@code from} end in {@code w}. */
    private static int afterWords(String w, int from, String folded) {
        int words = folded.split(" ").length;
        int i = from;
        for (int k = 0; k < words && i < w.length(); k++) {
            while (i < w.length() && w.charAt(i) != ' ') i++;
            if (k + 1 < words) i++;
        }
        return skipSpaces(w, i);
    }

    private static String firstWords(String s, int n) {
        String[] words = s.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
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
