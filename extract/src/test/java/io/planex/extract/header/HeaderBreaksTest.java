package io.planex.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.corpus.RealSizePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code headerBreaks} (the break pattern tried only where a branch can match) gives the matches of find(). */
class HeaderBreaksTest {
    private static final String[] PIECES = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "-------", "---", "--", "___", "***", "===", "*",
        " * ", "Số:", "Số :", "Số 18-CTr/HU", "Số 125/KH-UBND", "18-CTr/HU", "năm 2021", "năm  2021", "2021", "V/v",
        "V/v ", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG  CỘNG SẢN VIỆT NAM", "KẾ HOẠCH", "QUYẾT ĐỊNH", "UBND", "ỦY BAN NHÂN DÂN",
        "Lâm Giang, ngày 09 tháng 3", "c", "M", "NAM", "phúc", "Hạnh phúc", "HUYỆN ỦY", "TỈNH", "a", "x", " ", "  ",
        "\t", "\n", "Số", "S", "C", "V", "Đ", "/", "&", ".", "1", "Ab"};

    @Test
    void breaksAreTheMatchesOfFind() {
        List<String> lines = new ArrayList<>();
        RealSizePlans real = new RealSizePlans(9);
        for (int i = 0; i < 24; i++) {
            String text = real.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]);
            String[] all = text.split("\n");
            for (int k = 0; k < Math.min(40, all.length); k++) lines.add(all[k]);
            // the header flattened onto one line, as portal exports print it
            lines.add(String.join(" ", java.util.Arrays.copyOf(all, Math.min(12, all.length))));
        }
        Random r = new Random(47);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + r.nextInt(10);
            for (int k = 0; k < count; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            lines.add(b.toString());
        }
        int cuts = 0;
        for (String line : lines) {
            List<int[]> expected = HeaderExtractor.headerBreaksByFind(line);
            List<int[]> actual = HeaderExtractor.headerBreaks(line);
            assertEquals(render(expected), render(actual), line);
            cuts += expected.size();
        }
        assertTrue(cuts > 10_000, "breaks: " + cuts);
    }

    private static String render(List<int[]> cuts) {
        StringBuilder b = new StringBuilder();
        for (int[] c : cuts) b.append(c[0]).append('-').append(c[1]).append(' ');
        return b.toString();
    }
}
