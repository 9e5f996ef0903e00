package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.corpus.RealSizePlans;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextFileDecoder#strictUtf8} against the strict decoder it shortcuts, on valid and broken UTF-8. */
class TextFileDecoderShortcutTest {
    /** Sequences the strict decoder must refuse or treat specially: overlong, surrogates, too high, truncated. */
    private static final int[][] EDGES = {{0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80},
        {0xED, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
        {0xFF}, {0xFE}, {0x80}, {0xBF}, {0xE1, 0xBA}, {0xF0, 0x9F, 0x98}, {0xEF, 0xBF, 0xBD}, {0xEF, 0xBB, 0xBF},
        {0xF0, 0x9F, 0x98, 0x80}, {0xE2, 0x82, 0xAC}, {0xC3, 0xA0}, {0x00}};

    @Test
    void sameAsTheStrictDecoder() {
        Random random = new Random(17);
        RealSizePlans plans = new RealSizePlans(5);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) inputs.add(plans.text(i).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3000; i++) {
            byte[] plan = plans.text(i % 10).substring(0, 200 + random.nextInt(800)).getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(plan.length + 1);
            int[] edge = EDGES[random.nextInt(EDGES.length)];
            byte[] b = new byte[plan.length + edge.length];
            System.arraycopy(plan, 0, b, 0, at);
            for (int k = 0; k < edge.length; k++) b[at + k] = (byte) edge[k];
            System.arraycopy(plan, at, b, at + edge.length, plan.length - at);
            if (random.nextInt(4) == 0) b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1)); // cut mid-char
            inputs.add(b);
        }
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[random.nextInt(12)];
            random.nextBytes(b);
            inputs.add(b);
        }
        int valid = 0;
        for (byte[] b : inputs) {
            String expected = TextFileDecoder.strict(b, StandardCharsets.UTF_8);
            assertEquals(expected, TextFileDecoder.strictUtf8(b));
            if (expected != null) valid++;
        }
        assertTrue(valid > 100 && valid < inputs.size() - 1000, "valid inputs: " + valid);
    }
}
