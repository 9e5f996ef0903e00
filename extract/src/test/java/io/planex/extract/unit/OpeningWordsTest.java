package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link OpeningWords#first}'s grouping by first char gives the entry a walk over the whole list gives. */
class OpeningWordsTest {
    @Test
    void firstByFirstCharMatchesAWalkOverTheList() {
        List<OpeningWords> lists = List.of(UnitNames.HEADS_OPENING, UnitNames.PLURAL_HEADS_OPENING,
                UnitNames.NOT_HEADS_OPENING);
        // the lexicons' words and their pieces (entries that open others, cut short, run on), and strangers
        List<String> pieces = new ArrayList<>(List.of("", " ", "  ", ",", ".", "-", ":", "1", "a", "x", "ω", "가",
                "\ud835\udc00", "các", "những", "ủy", "uỷ", "ban", "nhân", "dân"));
        for (OpeningWords l : lists) {
            for (String w : l.words()) {
                pieces.add(w);
                for (String part : w.split(" ")) pieces.add(part);
                if (w.length() > 2) pieces.add(w.substring(0, w.length() - 1));
            }
        }
        Random r = new Random(23);
        int found = 0;
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(5);
            for (int k = 0; k < words; k++) {
                b.append(pieces.get(r.nextInt(pieces.size())));
                if (r.nextInt(4) != 0) b.append(' ');
            }
            String f = Words.fold(b.toString());
            for (OpeningWords l : lists) {
                String expected = l.firstByScan(f);
                assertEquals(expected, l.first(f), f);
                if (expected != null) found++;
            }
        }
        assertTrue(found > 20_000, "strings opened by an entry: " + found);
    }
}
