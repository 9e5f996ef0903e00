package io.planex.extract.unit;

import java.util.ArrayList;
import java.util.List;

/**
 * A folded word list asked "which entry, first in list order, opens this folded string as a whole word?", with its
 * entries grouped by first char: only entries sharing the string's first char can open it, so a lookup compares a
 * handful of entries instead of walking all of them ({@code headLength} walked 175 heads and 47 non-heads, a
 * {@code startsWith} call each, for every paragraph, sentence and name candidate).
 */
final class OpeningWords {
    /** First chars of the folded lexicons lie below this (Latin and Vietnamese letters, digits); others fall back. */
    private static final int INDEXED = 0x2000;
    private static final String[] NONE = new String[0];

    private final List<String> words;
    private final String[][] byFirst = new String[INDEXED][];
    /** Entries whose first char is not indexed: compared for every string (none in the current lexicons). */
    private final String[] unindexed;

    OpeningWords(List<String> words) {
        this.words = List.copyOf(words);
        List<List<String>> groups = new ArrayList<>();
        for (int c = 0; c < INDEXED; c++) groups.add(null);
        List<String> rest = new ArrayList<>();
        for (String w : this.words) {
            char c = w.charAt(0);
            if (c >= INDEXED) {
                rest.add(w);
                continue;
            }
            if (groups.get(c) == null) groups.set(c, new ArrayList<>());
            groups.get(c).add(w);
        }
        for (int c = 0; c < INDEXED; c++) byFirst[c] = groups.get(c) == null ? NONE : groups.get(c).toArray(NONE);
        this.unindexed = rest.toArray(NONE);
    }

    List<String> words() {
        return words;
    }

    /** The first entry (in list order) that opens {@code folded} as a whole word, else null. */
    String first(String folded) {
        if (folded.isEmpty()) return null;
        char c = folded.charAt(0);
        if (unindexed.length > 0) return firstByScan(folded);
        if (c >= INDEXED) return null;
        for (String w : byFirst[c]) {
            if (UnitNames.startsWithWord(folded, w)) return w;
        }
        return null;
    }

    /** {@link #first} by a walk over every entry: its definition, for the tests. */
    String firstByScan(String folded) {
        for (String w : words) {
            if (UnitNames.startsWithWord(folded, w)) return w;
        }
        return null;
    }
}
