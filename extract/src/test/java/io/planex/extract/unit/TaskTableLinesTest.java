package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.corpus.RealSizePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The task table's rows read with lines found on the text's char array (a line's string made only when it can be
 * a row or a table reads it) against the rows read with every line copied first.
 */
class TaskTableLinesTest {
    private static final String[] PIECES = {"STT", "Số TT", "TT.", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan chủ", "trì",
        "Đơn vị thực hiện", "Thời gian hoàn thành", "Thời gian", "Phối hợp", "1", "2", "3", "1.", "4", "Sở Y tế",
        "UBND các huyện", "Quý I/2025", "trước ngày 30/6", "- tiếp", "hoàn thành-", "Tổ chức tuyên truyền",
        "Sở Tư pháp | Quý II | x", "a\tb\tc", "Nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
        "Nhiệm vụ  Cơ quan chủ trì  Thời gian hoàn thành", "Rà soát  Sở Nội vụ  Quý III", "hai  khoảng", "   ", "\t",
        " | ", "|", "x\u0085", "Stt\u2028", "\u00a0", "𝐀 chữ", "ĐIỀU 1"};

    @Test
    void rowsAndTablesAreTheOnesReadFromCopiedLines() {
        List<String> texts = new ArrayList<>();
        RealSizePlans plans = new RealSizePlans(9);
        for (int i = 0; i < 16; i++) texts.add(plans.text(i, RealSizePlans.Layout.values()[i % 4]));
        Random r = new Random(23);
        for (int n = 0; n < 4_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(40);
            for (int i = 0; i < k; i++) {
                if (r.nextInt(5) == 0) b.append(' ');
                b.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(6) == 0) b.append(r.nextBoolean() ? "  " : " ");
                b.append(r.nextInt(7) == 0 ? "\n\n" : r.nextInt(9) == 0 ? "\r\n" : "\n");
            }
            if (r.nextBoolean() && b.length() > 0) b.setLength(b.length() - 1);
            texts.add(b.toString());
        }
        texts.add("");
        int withRows = 0;
        for (String t : texts) {
            List<TaskTable.Row> expected = TaskTable.read(t, true);
            assertEquals(expected, TaskTable.read(t, false), t);
            assertEquals(TaskTable.verticalTables(t, true), TaskTable.verticalTables(t, false), t);
            if (!expected.isEmpty()) withRows++;
        }
        assertTrue(withRows > 100, withRows + " texts with rows");
    }
}
