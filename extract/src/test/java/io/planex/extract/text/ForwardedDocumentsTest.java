package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A higher body's letter printed after a forwarding letter's signature is blanked, and a draft after a proposal's; a
 * decision's attachment is not.
 */
class ForwardedDocumentsTest {
    private static final String LETTER = String.join("\n",
            "ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 6120/UBND-NNMT",
            "V/v chuyển Công văn số 3418/BNNMT-TTBVTV của Bộ Nông nghiệp và Môi trường",
            "1. Giao Sở Nông nghiệp và Môi trường triển khai ngay.", "Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH", "Nguyễn Hoài Nam", "");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the forwarded letter, its issuer over its motto | BỘ NÔNG NGHIỆP\\nVÀ MÔI TRƯỜNG\\n───────\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 3418/BNNMT-TTBVTV\\nKính gửi: Ủy ban nhân dân các tỉnh.\\n1. Chỉ đạo cơ quan chuyên môn.\\nKT. BỘ TRƯỞNG\\nTHỨ TRƯỞNG | BỘ NÔNG NGHIỆP",
        "a letter this one does not name (the next document of an archive's export) | BỘ Y TẾ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 77/BYT-MT\\nKính gửi: Các Sở Y tế. | ",
        "a draft after a proposal's signature, its number blank | DỰ THẢO\\n\\nỦY BAN NHÂN DÂN\\nTỈNH ĐẮK LẮK\\n\\nSố:      /KH-UBND\\n\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nKẾ HOẠCH\\n1. Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 30/9/2026. | DỰ THẢO",
        "the same marked 'Dự thảo lần 2' over its issuer | Dự thảo lần 2\\nỦY BAN NHÂN DÂN\\nTỈNH ĐẮK LẮK\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố:    /QĐ-UBND\\nQUYẾT ĐỊNH | Dự thảo lần 2",
        "a decision's attachment, numbered by the decision | ỦY BAN NHÂN DÂN\\nTỈNH ĐẮK LẮK\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nKẾ HOẠCH\\n(Ban hành kèm theo Quyết định số 6120/UBND-NNMT) | ",
    })
    void blanksOnlyAForwardedDocument(String layout, String after, String opening) {
        String text = LETTER + after.replace("\\n", "\n");
        String blanked = ForwardedDocuments.blank(text);
        assertEquals(text.length(), blanked.length(), layout);
        if (opening == null) {
            assertEquals(text, blanked, layout);
            return;
        }
        int start = text.indexOf(opening, LETTER.length());
        assertEquals(text.substring(0, start), blanked.substring(0, start), layout);
        assertEquals("", blanked.substring(start).strip(), layout);
    }
}
