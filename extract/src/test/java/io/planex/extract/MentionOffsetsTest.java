package io.planex.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.Mention;
import io.planex.extract.model.Unit;
import io.planex.testkit.corpus.PlanGenerator;
import io.planex.testkit.corpus.RealSizePlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property: every offset pair the record gives points at exactly the text it quotes. For every mention of every
 * citation and unit, and every deadline, {@code text.substring(start, end)} equals the quoted text, over
 * generated plans in every layout text comes out of real files (flowing, hard-wrapped with running headers,
 * double-spaced, tables), where time expressions and symbols are split across line breaks.
 */
class MentionOffsetsTest {
    private static final PlanExtractor EXTRACTOR = new PlanExtractor();

    @Test
    void everyMentionQuotesTheTextAtItsOffsets() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        PlanGenerator plans = new PlanGenerator(11);
        for (int i = 0; i < 200; i++) checked += check("plan " + i, plans.generate(i).text(), broken);
        RealSizePlans big = new RealSizePlans(5);
        for (RealSizePlans.Layout layout : RealSizePlans.Layout.values()) {
            for (int i = 0; i < 12; i++) checked += check(layout + " " + i, big.text(i, layout), broken);
        }
        assertTrue(checked > 2_000, "too few mentions to say anything: " + checked);
        assertTrue(broken.isEmpty(), broken.size() + " of " + checked + " offsets do not match their text:\n"
                + String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
    }

    private static int check(String doc, String text, List<String> broken) {
        Extraction x = EXTRACTOR.extract(text);
        int n = 0;
        for (Citation c : x.citations()) {
            for (Mention m : c.mentions()) n += quote(doc, "citation " + c.symbol(), text, m.start(), m.end(), m.text(), broken);
        }
        for (Unit u : x.units()) {
            for (Mention m : u.mentions()) n += quote(doc, "unit " + u.name(), text, m.start(), m.end(), m.text(), broken);
        }
        for (Deadline d : x.deadlines()) n += quote(doc, "deadline", text, d.start(), d.end(), d.text(), broken);
        return n;
    }

    private static int quote(String doc, String what, String text, int start, int end, String quoted,
                             List<String> broken) {
        boolean inside = 0 <= start && start <= end && end <= text.length();
        String at = inside ? text.substring(start, end) : null;
        if (!quoted.equals(at)) {
            broken.add(doc + ", " + what + " [" + start + "," + end + "): says '" + esc(quoted) + "', text has '"
                    + (at == null ? "(out of range)" : esc(at)) + "'");
        }
        return 1;
    }

    private static String esc(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\f", "\\f");
    }
}
