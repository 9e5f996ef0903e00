package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Running text repeated by exports (a page header with its page number, a portal's short name of the document
 * before each article) is blanked in place; text that merely repeats (a column of equal table cells, recurring
 * sentences) stays, and the length never changes.
 */
class RunningLinesTest {
    private static final String FILLER = "Nội dung của đoạn văn bản này đủ dài để các lần lặp nằm rải khắp văn bản.\n";

    private static String document(String running, int times, String between) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= times; i++) {
            b.append(running.replace("#", Integer.toString(i))).append('\n');
            b.append(between.replace("#", Integer.toString(i))).append('\n').append(FILLER.repeat(2));
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // layout | running line (# = a running number) | text between repeats | whether it is blanked
        "page header with a page number | KH 15/KH-UBND xã Hòa An - Trang # | Điều #. Nội dung điều. | true",
        "portal's name of the document | Quyết định 212/QĐ-UBND năm 2021 ban hành Kế hoạch phòng chống dịch | Điều #. Nội dung điều. | true",
        "a column of equal cells | Phòng Văn hóa và Thông tin | Quý IV/2025 | false",
        "a recurring dated sentence without a symbol | Báo cáo kết quả trước ngày 25/12/2025 | Nội dung # | false",
        "bullets repeated | - Lưu: VT, Văn phòng 2025 tỉnh ủy. | Nội dung # | false",
    })
    void blanksOnlyRunningText(String layout, String running, String between, boolean blanked) {
        String text = document(running.strip(), 4, between.strip());
        String out = RunningLines.blank(text);
        assertEquals(text.length(), out.length(), layout);
        String first = running.strip().replace("#", "1");
        assertEquals(blanked, !out.contains(first), layout);
        assertTrue(out.contains(between.strip().replace("#", "2")), layout);
    }

    @org.junit.jupiter.api.Test
    void aPrefixBeforeEachArticleOnTheSameLineIsBlankedAndTheArticleStays() {
        String prefix = "Nghị quyết 12/NQ-HĐND năm 2024 kế hoạch đầu tư công xã Hòa An ";
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 4; i++) b.append(prefix).append("Điều ").append(i).append(". Nội dung.\n").append(FILLER.repeat(2));
        String out = RunningLines.blank(b.toString());
        assertFalse(out.contains("Nghị quyết 12/NQ-HĐND"));
        assertTrue(out.contains("Điều 3. Nội dung."));
    }

    @org.junit.jupiter.api.Test
    void aPortalPrefixBeforeShortArticlesIsBlankedTooButAShortRunOfOtherLinesIsNot() {
        String prefix = "Quyết định 212/QĐ-UBND năm 2021 thành lập Ban Chỉ đạo ";
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 3; i++) b.append(prefix).append("Điều ").append(i).append(". Ngắn.\n");
        String out = RunningLines.blank(b.toString());
        assertFalse(out.contains("Quyết định 212/QĐ-UBND"));
        assertTrue(out.contains("Điều 3. Ngắn."));
        // the same lines close together but not before articles are a column, not running text
        String column = (prefix + "Quý IV/2025\n").repeat(3);
        assertSame(column, RunningLines.blank(column));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {".", ";", ":", ")"})
    void tasksOpeningAlikeAreNotRunningTextHoweverTheyEnd(String secondEnd) {
        // a PDF's line breaks can end one task paragraph with ';' where the others end with '.': still no page lines
        String text = "2. Phòng Văn hóa và Thông tin\nChủ trì, phối hợp với các phòng, ngành, các xã tham mưu ban hành văn bản.\n"
                + FILLER.repeat(3) + "3. Phòng Nội vụ\nChủ trì, phối hợp với các phòng, ngành triển khai kế hoạch" + secondEnd
                + "\n" + FILLER.repeat(3) + "4. Công an xã\nChủ trì, phối hợp với các cơ quan liên quan bảo đảm an ninh.\n";
        assertSame(text, RunningLines.blank(text));
    }

    @org.junit.jupiter.api.Test
    void textWithoutRunningLinesIsReturnedAsIs() {
        String text = "KẾ HOẠCH\nTuyên truyền năm 2025\n" + FILLER.repeat(3);
        assertSame(text, RunningLines.blank(text));
        assertEquals("", RunningLines.blank(""));
    }

    /** The hashed grouping against the reference (every line's key in a map) on generated and random texts. */
    @org.junit.jupiter.api.Test
    void hashedGroupingBlanksWhatTheReferenceBlanks() {
        io.planex.testkit.corpus.RealSizePlans plans = new io.planex.testkit.corpus.RealSizePlans(21);
        StringBuilder merged = new StringBuilder();
        int blankedSome = 0;
        for (int i = 0; i < 24; i++) {
            String t = plans.text(i, io.planex.testkit.corpus.RealSizePlans.Layout.values()[i % 4]);
            merged.append(t).append('\n');
            String expected = RunningLines.blankReference(t);
            assertEquals(expected, RunningLines.blank(t));
            if (!expected.equals(t)) blankedSome++;
        }
        assertEquals(RunningLines.blankReference(merged.toString()), RunningLines.blank(merged.toString()));
        String[] lines = {"KH 15/KH-UBND xã Hòa An - Trang #", "Quyết định 212/QĐ-UBND năm 2021 ban hành Kế hoạch #",
            "Phòng Văn hóa và Thông tin", "Điều #. Nội dung điều khoản thi hành", "   - Lưu: VT, Văn phòng 2025 tỉnh ủy. ",
            "Báo cáo kết quả trước ngày 25/12/2025", "Trang #", "abcdefghijklmnopqrst#", "abcdefghijklmnopqrsu#", "\t",
            "", "Số # -CTr/HU CHƯƠNG TRÌNH hành động", FILLER.strip()};
        java.util.Random r = new java.util.Random(15);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(60);
            for (int i = 0; i < k; i++) {
                String line = lines[r.nextInt(lines.length)].replace("#", Integer.toString(r.nextInt(30)));
                b.append(r.nextInt(8) == 0 ? line + " " + line : line).append(r.nextInt(10) == 0 ? "\r\n" : "\n");
                if (r.nextBoolean()) b.append(FILLER);
            }
            if (r.nextBoolean() && b.length() > 0) b.setLength(b.length() - 1);
            String t = b.toString();
            assertEquals(outcome(() -> RunningLines.blankReference(t)), outcome(() -> RunningLines.blank(t)), t);
            if (!RunningLines.blankReference(t).equals(t)) blankedSome++;
        }
        // the generated plans' running line carries no number, so it is text; the random texts' page lines are not
        assertTrue(blankedSome > 100, "some texts have running lines: " + blankedSome);
    }

    @org.junit.jupiter.api.Test
    void pageLinesOfDifferentNumberLengthsAreBlankedEachToItsOwnEnd() {
        String page = "KH 15/KH-UBND xã Hòa An - Trang ";
        StringBuilder b = new StringBuilder();
        for (int p : new int[] {10, 9, 11, 8}) b.append(FILLER.repeat(3)).append(page).append(p).append('\n').append("Dòng sau trang.\n");
        b.append(FILLER).append(page).append(7); // the last line, at the text's end, shorter than the first
        String out = RunningLines.blank(b.toString());
        assertEquals(b.length(), out.length());
        assertFalse(out.contains("Trang"));
        assertFalse(out.matches("(?s).*\\n\\s*\\d+\\s*\\n.*"), "a page number's digit was left");
        assertEquals(4, out.split("Dòng sau trang\\.", -1).length - 1, "the line after a shorter page line is kept");
    }

    /** The text given back, or the class of what was thrown (the shortcut must do what the reference does). */
    private static String outcome(java.util.function.Supplier<String> blank) {
        try {
            return blank.get();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
