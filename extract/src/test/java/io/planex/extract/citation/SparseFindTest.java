package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The citation patterns searched only where their matches can begin ({@link SparseFind}) find exactly what a plain
 * {@code find()} over the whole text finds: on the gold texts (as written, in capitals, in lower case, and as their
 * {@link CleanText} working copies) and on random runs of the words and separators the patterns look for, so a
 * position the admission test wrongly skips fails here.
 */
class SparseFindTest {
    private static final String GOLD = "/io/planex/extract/gold/";
    private static final List<SparseFind> PATTERNS = List.of(CitationExtractor.LIST_INTRO, DocumentLayout.ISSUES_PLAN,
            DocumentLayout.BASIS_SECTION, DocumentLayout.TYPE_HEADING, DocumentLayout.LETTER_SUBJECT,
            DocumentLayout.FLAT_HEADING_AT);
    private static final String[] PIECES = {"các", "Các", "CÁC", "những", "Những", "một số", "Một số", "một", "số",
        "Nghị định", "Quyết định", "Kế hoạch", "của", "Chính phủ", "Điều", "ĐIỀU", "1", "1.", "Ban hành kèm theo",
        "Quyết định", "này", "I.", "II.", "2)", "A.", "CĂN CỨ", "Căn cứ", "CƠ SỞ PHÁP LÝ", "Cơ sở pháp lý", "pháp",
        "-", "+", "•", "–", "\t", " ", ":", ";", ".", ",", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "x", "Ẩ",
        "ccác", "Xcác", "5các", "(", "Mmột số", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "ĐỀ ÁN", "LUẬT", "PHƯƠNG ÁN",
        "BÁO CÁO", "HƯỚNG DẪN", "THÔNG BÁO", "TỜ TRÌNH", "V/v", "v/V", "V/V", "KẾ HOẠCHX", "LUẬTS", "năm", "năm 2021",
        "Năm 2021", "n", "2021", "09", "18-CTr/HU", "3/", "-–", "—", "٣", "Số 18-CTr/HU", "Những", "NHỮNG", "nhưng",
        "nhữ", "Một", "mộc", "mộ", "cá", "cac", "Các\u00a0", "một\tsố", "nămx", "năm\n2021", "2021 -", "3 /", "3  /",
        "1-", "1/", "Ngày 5", "năm 202"};

    @Test
    void goldTextsGiveTheMatchesOfAPlainFind() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read("index.txt").split("\n")) {
            if (name.isBlank() || name.startsWith("#")) continue;
            String t = read(name.strip());
            for (String v : List.of(t, t.toUpperCase(Locale.ROOT), t.toLowerCase(Locale.ROOT))) {
                texts.add(v);
                texts.add(CleanText.of(v).text);
            }
        }
        assertFalse(texts.isEmpty());
        int matches = 0;
        for (String t : texts) matches += assertSameMatches(t);
        assertNotEquals(0, matches);
    }

    @Test
    void randomRunsOfPatternWordsGiveTheMatchesOfAPlainFind() {
        Random r = new Random(15);
        String[] gaps = {" ", " ", "", "\n", "\t", "  "};
        for (int n = 0; n < 8_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 2 + r.nextInt(14);
            for (int k = 0; k < words; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(gaps[r.nextInt(gaps.length)]);
            assertSameMatches(b.toString());
        }
    }

    private static int assertSameMatches(String text) {
        int count = 0;
        for (SparseFind f : PATTERNS) {
            List<String> plain = new ArrayList<>();
            Matcher m = f.pattern().matcher(text);
            while (m.find()) plain.add(m.start() + "-" + m.end() + ":" + groups(m));
            int[] positions = f == CitationExtractor.LIST_INTRO ? CitationExtractor.listIntroStarts(text)
                    : f == DocumentLayout.FLAT_HEADING_AT ? DocumentLayout.flatHeadingStarts(text, text.length())
                    : SparseFind.lineStarts(text);
            for (SparseFind.Scan s : List.of(f.scan(text), f.scan(text, positions))) {
                List<String> sparse = new ArrayList<>();
                while (s.find()) sparse.add(s.matcher().start() + "-" + s.matcher().end() + ":" + groups(s.matcher()));
                assertEquals(plain, sparse, () -> f.pattern() + " on: " + text);
            }
            count += plain.size();
        }
        return count;
    }

    private static String groups(Matcher m) {
        StringBuilder b = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) b.append(m.start(g)).append(',').append(m.end(g)).append(';');
        return b.toString();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(SparseFindTest.class.getResourceAsStream(GOLD + resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
