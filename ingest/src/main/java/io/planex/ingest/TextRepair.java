package io.planex.ingest;

import io.planex.extract.model.PageMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs parsed page texts before extraction: Unicode NFC, no-break and odd spaces made plain, then the pages
 * joined with a blank line, recording where each page starts.
 *
 * <p>First cut. Issue 5 adds legacy-font decoding, line joining and header/footer removal.
 */
public final class TextRepair {
    private TextRepair() {}

    public record Repaired(String text, PageMap pageMap) {}

    public static Repaired repair(List<String> pages) {
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String page : pages) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
            if (out.length() > 0) out.append('\n');
            starts.add(out.length());
            out.append(clean(page));
        }
        return new Repaired(out.toString(), PageMap.ofStarts(starts));
    }

    static String clean(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = t.replace('\u00A0', ' ').replace("\u00AD", "").replace('\u00D0', 'Đ').replace('\u00F0', 'đ');
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
