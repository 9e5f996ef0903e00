package io.planex.extract.citation;

import io.planex.extract.text.Words;
import java.util.List;

/**
 * A document named as what is reviewed ("V/v báo cáo sơ kết 05 năm thực hiện Chỉ thị số 08-CT/TU", "Thực hiện Công văn
 * số 1836-CV/TU về việc tổng kết 10 năm thực hiện Kết luận số 94-KL/TW"): the title or the basis clause names it
 * as the subject of a review of how it was carried out, not as what this document carries out. The review's words
 * are a resource ({@code review-words.txt}).
 */
final class Reviews {
    private Reviews() {}

    private static final List<String> REVIEW_WORDS = Words.folded(Reviews.class, "review-words.txt");
    /** How far before a symbol its "thực hiện" and the review's word may stand. */
    private static final int REACH = 90;
    private static final int MAX_WORDS_AFTER_CARRY_OUT = 5;
    private static final int MAX_WORDS_BEFORE_CARRY_OUT = 5;

    /** Whether the symbol at {@code at} of {@code w} follows "sơ kết ... thực hiện <type word> (số)". */
    static boolean reviewed(String w, int at) {
        String before = Words.fold(w.substring(Math.max(0, at - REACH), at)).replace('\n', ' ');
        int carry = before.lastIndexOf("thực hiện");
        if (carry < 0) return false;
        String after = before.substring(carry + "thực hiện".length());
        if (hasStop(after) || Words.splitCount(after) > MAX_WORDS_AFTER_CARRY_OUT) return false;
        String lead = before.substring(0, carry);
        int stop = Math.max(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')), lead.lastIndexOf('.'));
        String[] words = lead.substring(stop + 1).strip().split("\\s+");
        // the review's word within the few words before "thực hiện" ("sơ kết 05 năm", "tổng kết 10 năm", "kết quả")
        String near = String.join(" ", java.util.Arrays.copyOfRange(words,
                Math.max(0, words.length - MAX_WORDS_BEFORE_CARRY_OUT), words.length));
        for (String r : REVIEW_WORDS) {
            if ((" " + near + " ").contains(" " + r + " ")) return true;
        }
        return false;
    }

    private static final List<String> AMEND_WORDS = Words.folded(Reviews.class, "amend-words.txt");
    private static final List<String> CARRY_OUT_WORDS = List.of("thực hiện", "triển khai");
    /** How far before a symbol in a title its amending verb may stand. */
    private static final int AMEND_REACH = 300;

    /**
     * Whether the symbol at {@code at}, in a title that starts at {@code titleStart}, is what the title amends or
     * repeals ({@code amend-words.txt}): such a verb stands before it with no "thực hiện" or "triển khai" after the
     * verb ("Sửa đổi, bổ sung ... ban hành kèm theo Quyết định số 14/2025/QĐ-UBND ... và bãi bỏ các Quyết định số
     * ...").
     */
    static boolean amendedInTitle(String w, int at, int titleStart) {
        return afterInTitle(w, at, titleStart, AMEND_WORDS);
    }

    /**
     * Whether one of {@code words} stands before the symbol at {@code at} in its title, with no "thực hiện" or
     * "triển khai" after it.
     */
    private static boolean afterInTitle(String w, int at, int titleStart, List<String> words) {
        String before = Words.fold(w.substring(Math.max(titleStart, at - AMEND_REACH), at)).replace('\n', ' ');
        int word = lastOf(before, words);
        return word >= 0 && word > lastOf(before, CARRY_OUT_WORDS);
    }

    private static final List<String> REPLY_WORDS = Words.folded(Reviews.class, "reply-words.txt");

    /**
     * Whether the symbol at {@code at}, in a title that starts at {@code titleStart}, is the letter it answers
     * ({@code reply-words.txt}: "V/v phúc đáp Công văn số 96/UBND-KT"), with no "thực hiện" or "triển khai" after the
     * reply's word.
     */
    static boolean answeredInTitle(String w, int at, int titleStart) {
        return afterInTitle(w, at, titleStart, REPLY_WORDS);
    }

    /** Where the last of {@code words} stands in {@code s} as a word of its own, -1 if none does. */
    private static int lastOf(String s, List<String> words) {
        int last = -1;
        for (String word : words) {
            for (int i = s.lastIndexOf(word); i >= 0; i = s.lastIndexOf(word, i - 1)) {
                if (Words.standsAlone(s, i, word.length())) {
                    last = Math.max(last, i);
                    break;
                }
            }
        }
        return last;
    }

    private static boolean hasStop(String s) {
        return s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('.') >= 0 || s.indexOf(':') >= 0;
    }
}
