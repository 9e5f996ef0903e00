package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import io.planex.testkit.TextMangler;
import io.planex.testkit.corpus.RealSizePlans;
import io.planex.testkit.corpus.RealSizePlans.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Repair and the OCR mending steps must not throw on mangled text: a throw there fails the whole file, where the
 * text as read would still have given most of its record. Plans in each layout are mangled as OCR and converters
 * mangle text ({@link TextMangler}), cut into pages at random, and run through every step a page of text or OCR
 * goes through. Seeds are fixed; a failure names the plan and seed.
 */
class MangledTextRepairTest {
    private static final int PLANS = 12;
    private static final int VARIANTS_PER_PLAN = 12;

    @Test
    void repairAndOcrMendingNeverThrowOnMangledText() {
        RealSizePlans plans = new RealSizePlans(7);
        Layout[] layouts = Layout.values();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            String printed = plans.text(i, layouts[i % layouts.length], 3_000, 8_000);
            for (int v = 0; v < VARIANTS_PER_PLAN; v++) {
                long seed = i * 1_000L + v;
                Random r = new Random(seed);
                String text = TextMangler.mangle(printed, r, v % 3 == 0 ? 150 : 25);
                List<String> pages = pages(text, r);
                try {
                    List<String> mended = new ArrayList<>();
                    for (String page : pages) mended.add(OcrPostCorrection.clean(page));
                    TextRepair.repair(pages);
                    TextRepair.repair(mended);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add("plan " + i + " seed " + seed + ": " + e);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " mangled texts made repair throw:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    /** The text cut into one to four pages at random places (a page may be empty). */
    private static List<String> pages(String text, Random r) {
        int cuts = r.nextInt(4);
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < cuts; k++) at.add(text.isEmpty() ? 0 : r.nextInt(text.length()));
        at.sort(null);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int c : at) {
            out.add(text.substring(from, Math.max(from, c)));
            from = Math.max(from, c);
        }
        out.add(text.substring(from));
        return out;
    }
}
