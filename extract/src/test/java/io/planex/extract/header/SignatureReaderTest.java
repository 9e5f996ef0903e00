package io.planex.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signature blocks in the layouts real files bring: one part a line, one line, table cells, before an appendix. */
class SignatureReaderTest {
    private static final String BODY = "KẾ HOẠCH\nTuyên truyền năm 2025\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";

    private static List<String> lines(String block) {
        return Arrays.stream((BODY + block.replace("\\n", "\n")).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // layout | block (\n = line break) | name | title
        "one part a line | TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n\\nNguyễn Văn An | Nguyễn Văn An | Phó Chủ tịch",
        "whole block on one line | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An | Nguyễn Văn An | Phó Chủ tịch",
        "title and name on one line | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thị Bích | Trần Thị Bích | Phó Chủ tịch",
        "acting head | Q. CỤC TRƯỞNG\\nTrần Quang Bảo | Trần Quang Bảo | Quyền Cục trưởng",
        "acting head signing for a body | TM. ỦY BAN NHÂN DÂN\\nQ. CHỦ TỊCH\\nLê Văn Nam | Lê Văn Nam | Quyền Chủ tịch",
        "deputy of an acting head | KT. CỤC TRƯỞNG\\nPHÓ CỤC TRƯỞNG\\nĐỗ Minh Hà | Đỗ Minh Hà | Phó Cục trưởng",
        "ministry deputy | KT. BỘ TRƯỞNG\\nTHỨ TRƯỞNG\\n\\nLê Quang Huy | Lê Quang Huy | Thứ trưởng",
        "ministry deputy on one line | KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Quang Huy | Lê Quang Huy | Thứ trưởng",
        "party central committee | T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\nTỔNG BÍ THƯ\\n\\nTô Văn Lâm | Tô Văn Lâm | Tổng Bí thư",
        "the Politburo, signed by the Secretariat's standing member | T/M BỘ CHÍNH TRỊ\\nTHƯỜNG TRỰC BAN BÍ THƯ\\nTrần Văn Tâm | Trần Văn Tâm | Thường trực Ban Bí thư",
        "party body and title on one line | T/M BAN CHẤP HÀNH TRUNG ƯƠNG TỔNG BÍ THƯ Tô Văn Lâm | Tô Văn Lâm | Tổng Bí thư",
        "party standing committee over two lines | T/M BAN THƯỜNG VỤ\\nHUYỆN ỦY\\nPHÓ BÍ THƯ THƯỜNG TRỰC\\n(Đã ký)\\nHoàng Thị Mai | Hoàng Thị Mai | Phó Bí thư Thường trực",
        "name in capitals after a stamp line | TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\\n(Đã ký và đóng dấu)\\nPHAN VĂN LỘC | Phan Văn Lộc | Chủ tịch",
        "table row with tab | - Lưu: VT, TH.\tKT. GIÁM ĐỐC\\n\tPHÓ GIÁM ĐỐC\\n\\n\tĐỗ Minh Tâm | Đỗ Minh Tâm | Phó Giám đốc",
        "an attached form's places for signatures after the signature | KT. BỘ TRƯỞNG\\nTHỨ TRƯỞNG\\n\\nPhạm Đức Minh\\nPhụ lục II\\nBIỂU TỔNG HỢP\\nSTT Lĩnh vực Số người\\nNGƯỜI LẬP BIỂU\\n(Ký, ghi rõ họ tên)\\nTHỦ TRƯỞNG CƠ QUAN\\n(Ký tên, đóng dấu) | Phạm Đức Minh | Thứ trưởng",
        "signature before an appendix | TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\\n\\nNguyễn Tuấn Khải\\nPHỤ LỤC\\nDANH MỤC NHIỆM VỤ\\nSTT NỘI DUNG\\n1 Cấp giấy phép\\n2 Cấp lại giấy phép\\n3 Thu hồi giấy phép\\n4 Kiểm tra\\n5 Báo cáo | Nguyễn Tuấn Khải | Chủ tịch",
        "by order of a body, on one line | T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG Nguyễn Thị Lan | Nguyễn Thị Lan | Chánh Văn phòng",
        "by order of a head, on one line | TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Vũ Hải Nam | Vũ Hải Nam | Chánh Văn phòng",
        "flattened after the recipients, no marker | - Lưu: VT. CHỦ TỊCH Phạm Văn Tùng | Phạm Văn Tùng | Chủ tịch",
        "flattened after the Party recipients | - Lưu Văn phòng Huyện ủy. T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG Nguyễn Thị Lan | Nguyễn Thị Lan | Chánh Văn phòng",
        "title and name on one line, no marker | CHỦ TỊCH Phạm Văn Tùng | Phạm Văn Tùng | Chủ tịch",
        "the Front's standing board | TM. BAN THƯỜNG TRỰC\\nPHÓ CHỦ TỊCH\\n\\nHoàng Thị Lan | Hoàng Thị Lan | Phó Chủ tịch",
        "the Front's standing board on one line | TM. BAN THƯỜNG TRỰC PHÓ CHỦ TỊCH Hoàng Thị Lan | Hoàng Thị Lan | Phó Chủ tịch",
        "deputy head of a steering board holding another post | TM. BAN CHỈ ĐẠO\\nKT. TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\\n\\nBùi Văn Thành | Bùi Văn Thành | Phó Trưởng ban Thường trực",
        "the Front's standing board flattened after the recipients | - Lưu: MTTQ. TM. BAN THƯỜNG TRỰC CHỦ TỊCH Hoàng Thị Lan | Hoàng Thị Lan | Chủ tịch",
        "flattened block with a page number after the name | - Lưu: MTTQ. TM. BAN THƯỜNG TRỰC CHỦ TỊCH Hoàng Thị Lan 12 | Hoàng Thị Lan | Chủ tịch",
        "acting head, blank line before the name | Q. GIÁM ĐỐC\\n\\nPhạm Thu Hà | Phạm Thu Hà | Quyền Giám đốc",
        "deputy in charge | KT. TRƯỞNG PHÒNG\\nPHÓ TRƯỞNG PHÒNG PHỤ TRÁCH\\nLý Văn Đức | Lý Văn Đức | Phó Trưởng phòng Phụ trách",
        "head of a named department, the department's field in capitals | TL. CHỦ TỊCH\\nTRƯỞNG PHÒNG NỘI VỤ\\n\\nNguyễn Văn An | Nguyễn Văn An | Trưởng phòng",
        "a ministry's department head, the department after the title | TL. BỘ TRƯỞNG\\nVỤ TRƯỞNG VỤ GIA ĐÌNH\\n\\nTrần Thị Minh Hà | Trần Thị Minh Hà | Vụ trưởng",
        "... and an institute's | KT. BỘ TRƯỞNG\\nVIỆN TRƯỞNG VIỆN CHIẾN LƯỢC\\n\\nLê Văn Hùng | Lê Văn Hùng | Viện trưởng",
        "a degree before the name | KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\n\\nThS. Nguyễn Văn An | Nguyễn Văn An | Phó Giám đốc",
        "a medical degree | GIÁM ĐỐC\\n\\nBSCKII. Trần Thị Hoa | Trần Thị Hoa | Giám đốc",
        "a rank before the name | KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\n\\nĐại tá Lê Văn Cường | Lê Văn Cường | Phó Giám đốc",
        "a physician's title written out before the name | GIÁM ĐỐC\\n\\nBác sĩ CKII. Nguyễn Văn Hưng | Nguyễn Văn Hưng | Giám đốc",
        "an e-signature's label | KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\nĐã ký: Phạm Văn Dũng | Phạm Văn Dũng | Phó Chủ tịch",
        "columns laid out with spaces, the name beside the last recipient | - Sở Nội vụ;          KT. CHỦ TỊCH\\n- Sở Tài chính;          PHÓ CHỦ TỊCH\\n- Lưu: VT, NL.          Trần Hữu Phúc | Trần Hữu Phúc | Phó Chủ tịch",
        "two signatures side by side, laid out with spaces | TM. BAN THƯỜNG TRỰC          TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH          CHỦ TỊCH\\n\\nNguyễn Thị Hương          Lê Văn Thành | Lê Văn Thành | Chủ tịch",
        "the block beside the recipients, one line of each column to a line | Nơi nhận: TM. ỦY BAN NHÂN DÂN\\n- UBND tỉnh; CHỦ TỊCH\\n- Lưu: VT. Lê Văn Hùng | Lê Văn Hùng | Chủ tịch",
        "the block beside the recipients, a drafter's initials that read as a marker | Nơi nhận: KT. GIÁM ĐỐC\\n- UBND tỉnh (b/c); PHÓ GIÁM ĐỐC\\n- Giám đốc Sở (b/c);\\n- Lưu: VT, TL.\\nNguyễn Hữu Phước | Nguyễn Hữu Phước | Phó Giám đốc",
        "a drafter's initials 'KT.' under the recipients, the name below | KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n- Lưu: VT, KT.\\nLê Thị Hồng | Lê Thị Hồng | Phó Chủ tịch",
        "a steering board's head, the post held besides printed under the title | TM. BAN CHỈ ĐẠO\\nTRƯỞNG BAN\\n\\nCHỦ TỊCH UBND XÃ\\nNguyễn Văn Tư | Nguyễn Văn Tư | Trưởng ban",
        "a deputy head of a board with the post held besides | TM. BAN CHỈ ĐẠO\\nKT. TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN\\nPHÓ CHỦ TỊCH UBND TỈNH\\nTrần Văn Bình | Trần Văn Bình | Phó Trưởng ban",
        "a deputy's title naming the body after KT. | TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH UBND HUYỆN\\nLê Văn Bảo | Lê Văn Bảo | Phó Chủ tịch",
        "a name with an apostrophe, as the Central Highlands' peoples write them | KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\n\\nRơ Chăm H'Yuih | Rơ Chăm H'Yuih | Phó Giám đốc",
        "... and a word that ends at its apostrophe, below a signed mark | TM. BAN THƯỜNG VỤ\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n\\n(Đã ký)\\n\\nH' Linh Niê Kdăm | H' Linh Niê Kdăm | Phó Chủ tịch",
        "a name with a typographic apostrophe on the title's line | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Ksor H’Đơk | Ksor H’Đơk | Chủ tịch",
        "scan: a recipient line read through the seal before the name | TM. ỦY BAN NHÂN DÂN\\nNhư Điêu XIV\\n- Chủ tịch UBND tỉnh;\\n- Lưu: VT.\\nNguyễn Tuấn Khải | Nguyễn Tuấn Khải | ",
        "scan: the title lost under the seal, the name alone after the recipients | Nghị quyết này được phổ biến đến đảng viên./.\\nNơi nhận:\\n- Ban Thường vụ Tỉnh ủy (để b/c),\\n- Lưu Văn phòng Đảng ủy.\\nNgô Văn Tuấn | Ngô Văn Tuấn | ",
        "two heads of bodies signing a joint document, each title over its body | hai cơ quan thống nhất./.\\nGIÁM ĐỐC\\nSỞ NỘI VỤ\\n\\nTrần Thị Minh Hòa\\n\\nGIÁM ĐỐC\\nCÔNG AN TỈNH\\n\\nĐoàn Văn Khải\\n\\nNơi nhận:\\n- UBND tỉnh (để b/c); | Đoàn Văn Khải | Giám đốc",
        "scan: the block beside the recipients garbled by the seal, the name alone on the last line | Nơi nhận: : KT. 2¡{Ủ TỊCH\\n- Như Điều 5; . ị PHÓ £;*Ủ TỊCH\\n- Văn phòng Chính phủ (b/c);\\n- Lưu: VT, KTLC.\\nVõ Tấn Lộc | Võ Tấn Lộc | ",
    })
    void readsTheSignerInEachLayout(String layout, String block, String name, String title) {
        SignatureReader.Result r = SignatureReader.read(lines(block));
        assertEquals(name, r.signer() == null ? null : r.signer().name(), layout);
        assertEquals(title, r.signer().title(), layout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An | ỦY BAN NHÂN DÂN",
        "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\nTỔNG BÍ THƯ\\nTô Văn Lâm | BAN CHẤP HÀNH TRUNG ƯƠNG",
        "T/M BAN THƯỜNG VỤ\\nHUYỆN ỦY\\nBÍ THƯ\\nHoàng Thị Mai | BAN THƯỜNG VỤ HUYỆN ỦY",
    })
    void readsTheBodySignedFor(String block, String body) {
        assertEquals(body, SignatureReader.read(lines(block)).body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a title in a body sentence | Giám đốc Sở Y tế chủ trì thực hiện.\\nNguyễn Văn An",
        "no signature at all | Trân trọng./.",
        "the recipients, then a line that is no name | Nơi nhận:\\n- Như trên;\\n- Lưu: VT.\\nTrân trọng cảm ơn",
        "the recipients, then a name with more after it | Nơi nhận:\\n- Như trên;\\nNguyễn Văn An\\nPhụ lục kèm theo",
    })
    void findsNoSignerWhereThereIsNone(String layout, String block) {
        assertNull(SignatureReader.read(lines(block)).signer(), layout);
    }

    /** A block whose name the scan lost, then an attached part's title: the title is no name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "QUY CHẾ | QUY CHẾ\\nPhối hợp giải quyết thủ tục hành chính",
        "KẾ HOẠCH | KẾ HOẠCH\\nTriển khai thực hiện Quyết định",
        "HƯỚNG DẪN | HƯỚNG DẪN\\nThực hiện chế độ báo cáo",
    })
    void takesNoPartsTitleForTheName(String title, String part) {
        var signer = SignatureReader.read(lines("TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n" + part)).signer();
        assertNull(signer == null ? null : signer.name(), title);
    }

    @org.junit.jupiter.api.Test
    void readsTheRightCellOfAPipeTable() {
        SignatureReader.Result r = SignatureReader.read(lines(
                "| - Lưu: VT. | TL. CHỦ TỊCH |\n| | CHÁNH VĂN PHÒNG |\n| | Vũ Hải Nam |"));
        assertEquals("Vũ Hải Nam", r.signer().name());
        assertEquals("Chánh Văn phòng", r.signer().title());
    }

    @org.junit.jupiter.api.Test
    void theHeaderUsesTheBlockBeforeAnAppendixAndTakesTheIssuerFromIt() {
        String text = "QUYẾT ĐỊNH\nVề việc ủy quyền\nĐiều 1. Ủy quyền cho Giám đốc Sở.\nNơi nhận:\n- Như Điều 3;\n"
                + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Tuấn Khải\nPHỤ LỤC\n" + "Dòng phụ lục.\n".repeat(60);
        DocumentHeader h = new HeaderExtractor().extract(text, PageMap.single());
        assertEquals("Nguyễn Tuấn Khải", h.signer().name());
        assertEquals("Chủ tịch", h.signer().title());
    }
}
