package io.planex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PlanExtractor#plainSpaces}' one pass against the three {@code indexOf} walks it replaces. */
class PlainSpacesTest {
    private static String byIndexOf(String t) {
        if (t.indexOf('\u00A0') < 0 && t.indexOf('\u202F') < 0 && t.indexOf('\u2007') < 0) return t;
        return t.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }

    @Test
    void everyChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String t = "Kế hoạch" + (char) c + "số";
            boolean any = t.indexOf('\u00A0') >= 0 || t.indexOf('\u202F') >= 0 || t.indexOf('\u2007') >= 0;
            assertEquals(any, PlanExtractor.hasNoBreakSpace(t.toCharArray()), "char " + c);
        }
    }

    @Test
    void randomTexts() {
        String[] pieces = {"a", "ế", " ", "\u00A0", "\u202F", "\u2007", "\u2008", "\u00A1", "\u009F", "\n", "Đ", "1"};
        Random r = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)]);
            String t = b.toString();
            String expected = byIndexOf(t);
            String actual = PlanExtractor.plainSpaces(t);
            assertEquals(expected, actual, t);
            if (expected == t) assertSame(t, actual, "an unchanged text is the same instance");
        }
    }
}
