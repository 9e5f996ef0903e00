package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lines of e-office stamps in a page's text, and the lines of the body around them, which stay. */
class EofficeStampsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ page's lines (\n between) ¦ indices of the stamp's lines
        "signing stamp between two lines of the body ¦ nhân lực hỗ trợ chiến dịch. Sau khi kết thúc\\nKý bởi: Sở Y tế tỉnh Gia Lai\\nEmail: soyte@gialai.gov.vn\\nCơ quan: Tỉnh Gia Lai\\nThời gian ký: 09.04.2026 17:05:12 +07:00\\nchiến dịch, chỉ đạo tổ chức tiêm bù ¦ 1,2,3,4",
        "signer's stamp beside the signature ¦ Nguyễn Thị Bích Ngân\\nKý bởi: Nguyễn Thị Bích Ngân\\nChức vụ: Phó Giám đốc\\nThời gian ký: 09.04.2026 16:31:48 +07:00 ¦ 1,2,3",
        "receiving office's stamp with its name above ¦ - Rà soát danh sách trẻ.\\n\\nUBND XÃ IA TÔNG\\nĐẾN Số: 412\\nNgày: 10/4/2026\\nChuyển: Trạm Y tế xã\\n- Tổ chức buổi tiêm chủng. ¦ 2,3,4,5",
        "receiving stamp whose word stands over its number ¦ 1. Ban Chỉ huy Phòng thủ dân sự xã\\nĐẾN\\nSố: 1234\\nNgày: 08/5/2026\\nChuyển: Trường THCS Minh Đức\\nChỉ đạo, điều hành công tác phòng, chống thiên tai. ¦ 1,2,3,4",
        "a signed copy's footer ¦ các xã, phường trước ngày 15/4/2026.\\nVăn bản được ký số bởi: Sở Y tế tỉnh Gia Lai - Thời gian ký: 09/04/2026 17:05:12 - Trang 1/2 ¦ 1",
        // what stays: labels a body uses, alone or without a stamp's own label
        "a form's fields in the body ¦ Họ và tên: ....\\nChức vụ: ....\\nCơ quan: .... ¦ ''",
        "a date label in a table of results ¦ Ngày: 15/4/2026\\nChuyển: hồ sơ về Phòng Nội vụ ¦ ''",
        "the word 'đến' alone with no number's label below ¦ Đến\\nnăm 2030 ¦ ''",
        "the body's own words ¦ Kính gửi: Ủy ban nhân dân các xã\\nCăn cứ Luật Giao dịch điện tử; ¦ ''",
    })
    void findsTheStampsLines(String layout, String page, String expected) {
        List<String> lines = Arrays.asList(page.replace("\\n", "\n").split("\n", -1));
        List<Integer> want = expected.isEmpty() ? List.of()
                : Arrays.stream(expected.split(",")).map(String::strip).map(Integer::valueOf).toList();
        assertEquals(want, EofficeStamps.lines(lines));
    }
}
