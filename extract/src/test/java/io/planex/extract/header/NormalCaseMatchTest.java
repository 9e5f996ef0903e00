package io.planex.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NormalCase}'s lexicon lookups (indexed by the first word's fold, each word folded once) give what the
 * definition gives: the first entry, longest first, whose words fold to the words' folds. Checked on every entry
 * of the three lists as printed, in lower case and in a sentence, and on random runs of lexicon words.
 */
class NormalCaseMatchTest {
    private static final List<String[]> ORGANS = NormalCase.pairs("organs.tsv");
    private static final List<String[]> LEVELS = NormalCase.pairs("levels.tsv");
    private static final List<String[]> TITLES = NormalCase.pairs("signer-titles.tsv");

    @Test
    void everyEntryAndRandomRunsMatchAsTheDefinition() {
        List<String> vocabulary = new ArrayList<>(List.of("", "X", "và", "-", ",", "HUYỆN,", "uỷ", "UỶ", "Ủy"));
        List<String[]> phrases = new ArrayList<>();
        for (List<String[]> list : List.of(ORGANS, LEVELS, TITLES)) {
            for (String[] e : list) {
                for (String v : List.of(e[0], e[0].toLowerCase(Locale.ROOT), e[1], "BAN " + e[0] + " HUYỆN")) {
                    phrases.add(v.split(" "));
                    for (String w : v.split(" ")) vocabulary.add(w);
                }
            }
        }
        Random r = new Random(15);
        for (int n = 0; n < 5_000; n++) {
            String[] words = new String[1 + r.nextInt(7)];
            for (int k = 0; k < words.length; k++) words[k] = vocabulary.get(r.nextInt(vocabulary.size()));
            phrases.add(words);
        }
        int matched = 0;
        for (String[] words : phrases) {
            for (int i = 0; i <= words.length; i++) {
                int title = words(definition(words, i, TITLES));
                int organ = words(definition(words, i, ORGANS));
                int level = words(definition(words, i, LEVELS));
                assertEquals(title, NormalCase.titleWordsAt(words, i), () -> String.join(" ", words));
                assertEquals(organ, NormalCase.organWordsAt(words, i), () -> String.join(" ", words));
                assertEquals(level, NormalCase.levelWordsAt(words, i), () -> String.join(" ", words));
                assertEquals(organ > 0 || level > 0, NormalCase.bodyWordAt(words, i));
                if (title + organ + level > 0) matched++;
            }
        }
        assertTrue(matched > 1000, "matched " + matched);
    }

    private static int words(String[] entry) {
        return entry == null ? 0 : entry[0].split(" ").length;
    }

    /** The lookup as first written: each entry in turn, its words split and folded, against the folded words. */
    private static String[] definition(String[] words, int i, List<String[]> entries) {
        for (String[] e : entries) {
            String[] ew = e[0].split(" ");
            if (i + ew.length > words.length) continue;
            boolean ok = true;
            for (int k = 0; k < ew.length && ok; k++) {
                ok = Words.fold(words[i + k]).equals(Words.fold(ew[k]));
            }
            if (ok) return e;
        }
        return null;
    }
}
