package io.planex.extract.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.planex.extract.text.AnchoredPattern;
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
 * The deadline triggers are searched only at chars their matches can start with ({@link AnchoredPattern}); these
 * tests check that this finds exactly what a plain {@code find()} over the whole text finds, on the gold texts (as
 * written, in capitals and in lower case) and on random runs of the trigger words, so an opening missing from a
 * trigger's list fails here.
 */
class AnchoredTriggersTest {
    private static final String GOLD = "/io/planex/extract/gold/";
    private static final String[] PIECES = {"trước", "Trước", "TRƯỚC", "chậm", "nhất", "là", "vào", "đến", "hết",
        "trong", "muộn", "hạn", "Hạn", "chót", "cuối", "cùng", "xong", "thời", "THỜI", "gian", "hạn", "hoàn",
        "thành", "Hoàn", "thực", "hiện", "nộp", "gửi", "báo", "cáo", "Báo", "tiến", "độ", "Tiến", "quý", "qúy", "quí",
        "Quý", "tháng", "THÁNG", "năm", "Năm", "ngày", "từ", "Từ", "TỪ", "nay", "kể", "Kể", "\u212Aể", "tới", "điểm",
        "này", "định", "Định", "ĐỊNH", "kỳ", "hàng", "hằng", "Hằng", "mỗi", "Mỗi", "06", "6", "16", "sáu", "Sáu", "một",
        "1", "lần", "viên", "15/6", "2025", "III", "a", "x", ":", ",", "(", ")", ".", ";", "-", "\n", "báo cáo",
        "BÁO CÁO", "chậm nhất", "trước ngày", "định kỳ", "6 tháng", "hạn chót", "thời gian", "hoàn thành",
        "tiến độ", "từ nay", "kể từ nay", "thời điểm này", "một lần", "báo cáo năm (", "báo cáo quý trước ngày",
        "yêu", "cầu", "Yêu cầu", "YÊU", "đề", "nghị", "Đề nghị", "ĐỀ", "giao", "Giao", "GIAO", "cho", "phân", "công",
        "Phân công", "báo cáo viên", "Báo\tcáo", "UBND", "Sở", "\u00a0"};

    @Test
    void goldTextsGiveTheMatchesOfAPlainFind() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read("index.txt").split("\n")) {
            if (name.isBlank() || name.startsWith("#")) continue;
            String t = read(name.strip());
            texts.add(t);
            texts.add(t.toUpperCase(Locale.ROOT));
            texts.add(t.toLowerCase(Locale.ROOT));
        }
        assertFalse(texts.isEmpty());
        for (String t : texts) assertSameMatches(t);
    }

    @Test
    void randomRunsOfTriggerWordsGiveTheMatchesOfAPlainFind() {
        Random r = new Random(15);
        String[] gaps = {" ", " ", " ", "  ", "\n", "", "\t"};
        for (int n = 0; n < 6_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 2 + r.nextInt(14);
            for (int k = 0; k < words; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(gaps[r.nextInt(gaps.length)]);
            assertSameMatches(b.toString());
        }
    }

    private static void assertSameMatches(String text) {
        // the sentence readers' patterns: as the sentence itself is scanned
        for (AnchoredPattern a : DeadlineExtractor.anchoredSentencePatterns()) {
            List<String> plain = new ArrayList<>();
            Matcher m = a.pattern().matcher(text);
            while (m.find()) plain.add(m.start() + "-" + m.end());
            // as the sentence readers scan a sentence now: its prepared words (each part prepared once)
            for (AnchoredPattern.Scan s : List.of(a.scan(text), a.scan(AnchoredPattern.prepare(text)))) {
                List<String> anchored = new ArrayList<>();
                while (s.find()) anchored.add(s.matcher().start() + "-" + s.matcher().end());
                assertEquals(plain, anchored, () -> a.pattern() + " on: " + text);
            }
        }
        AnchoredPattern.Prepared prepared = AnchoredPattern.prepare(text);
        int[][] candidates = DeadlineExtractor.triggerGroup().candidates(prepared);
        // as the deadline reader scans a text: its chars and candidates from one pass
        AnchoredPattern.Group.Candidates onePass = DeadlineExtractor.triggerGroup().candidatesOf(text);
        List<AnchoredPattern> triggers = DeadlineExtractor.anchoredTriggers();
        for (int k = 0; k < triggers.size(); k++) {
            AnchoredPattern a = triggers.get(k);
            // the group lists the same triggers in the same order
            assertEquals(a.pattern(), DeadlineExtractor.triggerGroup().scan(k, prepared, candidates).matcher().pattern());
            List<String> plain = new ArrayList<>();
            Matcher m = a.pattern().matcher(text);
            while (m.find()) plain.add(m.start() + "-" + m.end() + ":" + groups(m));
            for (AnchoredPattern.Scan s : List.of(a.scan(text), a.scan(text, AnchoredPattern.wordStarts(text)),
                    a.scan(AnchoredPattern.prepare(text)), DeadlineExtractor.triggerGroup().scan(k, prepared, candidates),
                    DeadlineExtractor.triggerGroup().scan(k, onePass.text(), onePass.lists()))) {
                List<String> anchored = new ArrayList<>();
                while (s.find()) anchored.add(s.matcher().start() + "-" + s.matcher().end() + ":" + groups(s.matcher()));
                assertEquals(plain, anchored, () -> a.pattern() + " on: " + text);
            }
        }
    }

    private static String groups(Matcher m) {
        StringBuilder b = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) b.append(m.start(g)).append(',');
        return b.toString();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AnchoredTriggersTest.class.getResourceAsStream(GOLD + resource)) {
            Objects.requireNonNull(in, "missing test resource " + GOLD + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
