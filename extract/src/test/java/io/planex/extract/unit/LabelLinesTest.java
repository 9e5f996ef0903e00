package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.text.RunningLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link LabelLines} gives the label-line matches a plain {@code find()} over the same span gives. */
class LabelLinesTest {
    private static final String GOLD = "/io/planex/extract/gold/";
    private static final String[] PIECES = {"Cơ quan thực hiện", "Đơn vị phối hợp", "Sở Tài chính", "chủ trì", ":", ":",
        " ", " ", "  ", "\t", "-", "+", "•", "*", "–", "\n", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "ab",
        "x", "Thời gian: Quý II/2025", "                                        ", "a:b", "::", "\n:\n"};

    @Test
    void goldTextsAndTheirBlankedFormsGiveTheMatchesOfAPlainFind() throws IOException {
        int texts = 0;
        for (String name : read("index.txt").split("\n")) {
            if (name.isBlank() || name.startsWith("#")) continue;
            String t = read(name.strip());
            for (String form : List.of(t, RunningLines.blank(t))) {
                assertSame(form, form.length());
                assertSame(form, form.length() / 2);
            }
            texts++;
        }
        assertTrue(texts > 0);
    }

    @Test
    void randomLinesGiveTheMatchesOfAPlainFind() {
        Random r = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + r.nextInt(20);
            for (int k = 0; k < pieces; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            String t = b.toString();
            assertSame(t, r.nextInt(4) == 0 ? r.nextInt(t.length() + 1) : t.length());
        }
    }

    private static final String[] RECIPIENT_PIECES = {"Nơi nhận", "Nơi nhận:", " ", "\t", "\n", "\r\n", "\r",
        "\u2028", "\u0085", "x", "- ", "Nơi", "nhận", ":", "Nơi nhậnNơi nhận", "\n  "};

    @Test
    void lastRecipientsIsTheLastMatchOfAPlainFind() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read("index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) texts.add(read(name.strip()));
        }
        Random r = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + r.nextInt(12);
            for (int k = 0; k < pieces; k++) b.append(RECIPIENT_PIECES[r.nextInt(RECIPIENT_PIECES.length)]);
            texts.add(b.toString());
        }
        for (String t : texts) {
            Matcher m = UnitExtractor.RECIPIENTS.matcher(t);
            int last = -1;
            while (m.find()) last = m.start();
            assertEquals(last, UnitExtractor.lastRecipients(t), () -> "in " + t);
        }
    }

    @Test
    void gapShortcutAgreesWithThePattern() {
        Random r = new Random(15);
        String[] pieces = {" ", "  ", "a", "\t", "\u00a0", "x y", "\n", "\r", "\u000B", "\f", "   ", "ư"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + r.nextInt(8);
            for (int i = 0; i < k; i++) b.append(pieces[r.nextInt(pieces.length)]);
            String line = b.toString();
            assertEquals(TaskTable.GAP_BETWEEN_WORDS.matcher(line).find(), TaskTable.hasGapBetweenWords(line), line);
            // the array form, on the line inside a longer text (the chars around it must not count)
            String before = pieces[r.nextInt(pieces.length)] + "x" + "\n";
            String around = before + line + "\n" + "y" + pieces[r.nextInt(pieces.length)];
            int from = before.length();
            assertEquals(TaskTable.GAP_BETWEEN_WORDS.matcher(line).find(),
                    TaskTable.hasGapBetweenWords(around.toCharArray(), from, from + line.length()), line);
            char[] bare = line.toCharArray();
            assertEquals(TaskTable.GAP_BETWEEN_WORDS.matcher(line).find(),
                    TaskTable.hasGapBetweenWords(bare, 0, bare.length), line);
        }
    }

    private static void assertSame(String text, int end) {
        List<String> expected = new ArrayList<>();
        Matcher m = UnitExtractor.LABEL_LINE.matcher(text).region(0, end);
        while (m.find()) expected.add(describe(m));
        List<String> actual = new ArrayList<>();
        for (MatchResult found : LabelLines.find(UnitExtractor.LABEL_LINE, text, end)) actual.add(describe(found));
        assertEquals(expected, actual, () -> "in " + text.replace("\n", "\\n") + " up to " + end);
    }

    private static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + " [" + m.start(1) + "," + m.end(1) + ") [" + m.start(2) + "," + m.end(2) + ")";
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LabelLinesTest.class.getResourceAsStream(GOLD + resource)) {
            Objects.requireNonNull(in, "missing test resource " + GOLD + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
