package io.planex.ingest.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.ingest.TextRepair;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pages are read again for ruled tables, from their text as first read; and what text repair does with rows. */
class TableTriggerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            a row-number header alone on a line;           PHỤ LỤC\\nSTT\\nNội dung\\nCơ quan chủ;                  true
            a row-number header opening a header line;     TT Nhiệm vụ Đơn vị Thời gian\\n1 Rà soát;                  true
            'Số TT' in lower case;                         số tt nội dung\\n1 việc;                                   true
            two header phrases, one broken over lines;     Cơ quan chủ trì Thời gian\\nhoàn thành;                    true
            one header phrase only;                        Cơ quan chủ trì là Sở Nội vụ.;                              false
            prose that assigns a task;                     - Chủ trì, phối hợp với các cơ quan liên quan triển khai.; false
            a word opening with 'tt' is no header;         TTXVN đưa tin\\nsttt;                                       false
            a page with no text;                           '';                                                         false
            """)
    void pagesThatMayHoldATable(String name, String text, boolean expected) {
        assertEquals(expected, TableTrigger.mayHoldTable(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            a header phrase and 'Thời hạn' alone in its cell;     Nội dung|Cơ quan chủ trì|Thời hạn;           true
            two whole-cell headers;                               Việc cần làm|Chủ trì|Thời gian;              true
            a number column;                                      STT|Tên đơn vị|Ghi chú;                      true
            one header cell only (a list of members);             Họ và tên|Chức vụ|Đơn vị;                    false
            'thời hạn' inside a sentence is no header;            Nội dung|Thực hiện trong thời hạn 10 ngày|Ghi chú; false
            a Party programme's submitting body and time;         Quý|Nội dung trình|Cơ quan chủ trì chuẩn bị|Thời gian trình; true
            a work programme's preparing body;                    Ngày|Nội dung công việc|Lãnh đạo chủ trì|Cơ quan chuẩn bị|Thành phần; true
            a time cell of one word more;                         Nội dung|Cơ quan chủ trì|Thời hạn nộp;       true
            a time cell of three words more is a sentence;        Nội dung|Cơ quan chủ trì|Thời gian nộp báo cáo quý; false
            a meeting list's time and place only;                 Thời gian họp|Địa điểm|Ghi chú;              false
            """)
    void theFirstRowsOfAWordTableThatHeadATaskTable(String name, String row, boolean expected) {
        assertEquals(expected, TableTrigger.headsTaskTable(List.of(row.split("\\|"))));
    }

    /** Text repair joins no row to a neighbour and changes nothing in one, a two-cell row included. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            rows between prose;   Các nhiệm vụ cụ thể như sau\\n| STT | Nội dung | Cơ quan chủ trì |\\n| 1 | rà soát quy chế | Sở Nội vụ |\\nvà các nhiệm vụ khác
            a two-cell row;       cuối trang\\n| 1 | tiếp tục rà soát |\\ntiếp theo trang
            an empty cell;        | I | Nhóm nhiệm vụ | | |\\n| 1 | Việc | Sở Tư pháp | Quý I/2026 |
            """)
    void repairLeavesRowsAlone(String name, String text) {
        String page = text.replace("\\n", "\n");
        String repaired = TextRepair.repair(List.of(page)).text();
        for (String line : page.split("\n")) {
            if (line.startsWith("|")) {
                assertEquals(true, ("\n" + repaired + "\n").contains("\n" + line + "\n"), line + " in\n" + repaired);
            }
        }
    }
}
