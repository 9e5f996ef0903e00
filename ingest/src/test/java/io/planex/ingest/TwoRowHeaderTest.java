package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A task table's header of two rows, as a Word or HTML table reaches {@link PageSplittingHandler}: the first row's
 * cells (a cell spanning columns given once, or followed by {@code null}s where HTML said so), the second row's
 * sub-headers under it and nothing elsewhere. Rows written {@code a|b|c}, an empty cell as nothing, a column HTML
 * covers as {@code ~}; the header as one row, or {@code -} when the second row is no sub-header row.
 */
class TwoRowHeaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "Word: the spanning cell's columns unknown ¦ TT|Nội dung|Cơ quan thực hiện|Thời gian ¦ ||Chủ trì|Phối hợp| ¦ TT|Nội dung|Cơ quan thực hiện Chủ trì|Cơ quan thực hiện Phối hợp|Thời gian",
        "HTML: the spanned column given ¦ TT|Nội dung|Cơ quan thực hiện|~|Thời gian ¦ ||Chủ trì|Phối hợp| ¦ TT|Nội dung|Cơ quan thực hiện Chủ trì|Cơ quan thực hiện Phối hợp|Thời gian",
        "HTML: two spanning cells side by side ¦ TT|Cơ quan|~|Thời gian|~ ¦ |Chủ trì|Phối hợp|Bắt đầu|Kết thúc ¦ TT|Cơ quan Chủ trì|Cơ quan Phối hợp|Thời gian Bắt đầu|Thời gian Kết thúc",
        "Word: the same cannot be told apart ¦ TT|Cơ quan|Thời gian ¦ |Chủ trì|Phối hợp|Bắt đầu|Kết thúc ¦ -",
        "a body row second ¦ TT|Nội dung|Cơ quan chủ trì|Thời gian ¦ 1|Rà soát|Công an xã|Quý I/2027 ¦ -",
        "a group row second ¦ STT|Nhiệm vụ|Cơ quan chủ trì|Thời gian ¦ I|Chính quyền số|| ¦ -",
        "first row's cells left over ¦ TT|Nội dung|Cơ quan thực hiện|Ghi chú|Thời gian ¦ ||Chủ trì|Phối hợp| ¦ -",
    })
    void readsTheTwoRowsAsOne(String layout, String first, String second, String expected) {
        List<String> top = cells(first);
        List<String> sub = cells(second);
        List<String> header = PageSplittingHandler.twoRowHeader(top, sub, sub.size());
        assertEquals(expected, header == null ? "-" : String.join("|", header), layout);
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("\\|", -1)).map(c -> c.equals("~") ? null : c.strip())
                .collect(Collectors.toList());
    }
}
