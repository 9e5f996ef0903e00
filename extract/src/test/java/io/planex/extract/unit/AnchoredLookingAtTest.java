package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.text.Words;
import io.planex.testkit.corpus.RealSizePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Patterns anchored with ^ in every branch are asked with {@code lookingAt()} where {@code find()} was called (find
 * tried ^ at every char of the line): same match, same groups, on generated plan lines and random marker-like runs.
 */
class AnchoredLookingAtTest {
    private static final String[] PIECES = {"Điều", "ĐIỀU", "điều", "3", "12", "1.2", "1.2.3", "1.2.3.4", "10.", "I",
        "II", "IV", "XII", "L", "V/v", "V/V", "a", "b", "đ", "z", "A", ")", ".", "/", ":", "-", "–", "—", "+", "•", "·",
        "▪", "*", "\"", "“", "(", " ", "  ", "\t", "\n", "các", "những", "toàn thể", "tất cả các", "Các", "Sở", "xã",
        "Nội vụ", "1", "x"};

    @Test
    void lookingAtMatchesFindForTheAnchoredPatterns() {
        List<Pattern> patterns = new ArrayList<>(Outline.anchoredMarkerPatterns());
        patterns.add(UnitNames.plural());
        for (Pattern p : patterns) assertTrue(p.pattern().startsWith("^") || p.pattern().startsWith("(?"), p.pattern());
        List<String> lines = new ArrayList<>();
        RealSizePlans real = new RealSizePlans(5);
        for (int i = 0; i < 8; i++) {
            String text = real.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]);
            for (String line : text.split("\n")) {
                lines.add(line);
                lines.add(line.strip());
                lines.add(Words.fold(line.strip()));
            }
        }
        Random r = new Random(41);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + r.nextInt(6);
            for (int k = 0; k < count; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) == 0) b.append(' ');
            }
            lines.add(b.toString());
        }
        int matched = 0;
        for (Pattern p : patterns) {
            for (String line : lines) {
                Matcher find = p.matcher(line);
                Matcher look = p.matcher(line);
                boolean found = find.find();
                assertEquals(found, look.lookingAt(), () -> p + " on: " + line);
                if (!found) continue;
                matched++;
                assertEquals(find.start(), look.start(), line);
                assertEquals(find.end(), look.end(), line);
                for (int g = 1; g <= find.groupCount(); g++) {
                    assertEquals(find.start(g), look.start(g), line);
                    assertEquals(find.end(g), look.end(g), line);
                }
            }
        }
        assertTrue(matched > 2_000, "matches: " + matched);
    }
}
