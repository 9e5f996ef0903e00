package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.Unit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A text that lost its line breaks gets them back before the markers that open a document's lines. */
class FlatLinesTest {
    /** Filler that makes a one-line text long enough to count as flattened, a sentence without markers. */
    private static final String FILLER = " Nội dung được triển khai đồng bộ, thống nhất trên địa bàn toàn tỉnh".repeat(8) + ".";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // layout | one line (after the filler) | the lines it gives, ¶ between them
        "articles after a sentence end | Điều 1. Ban hành Kế hoạch. Điều 2. Quyết định có hiệu lực. | ¶Điều 1. Ban hành Kế hoạch.¶Điều 2. Quyết định có hiệu lực.",
        "items after a heading in capitals | III. TỔ CHỨC THỰC HIỆN 1. Phòng Nội vụ theo dõi; 2. Các xã báo cáo. | ¶III. TỔ CHỨC THỰC HIỆN¶1. Phòng Nội vụ theo dõi;¶2. Các xã báo cáo.",
        "bases, recipients and the signature | Căn cứ Luật Tổ chức chính quyền địa phương; Nơi nhận: - Như Điều 3; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An | ¶Căn cứ Luật Tổ chức chính quyền địa phương;¶Nơi nhận:¶- Như Điều 3;¶- Lưu: VT.¶KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An",
        "a Party signature without stops | Lưu Văn phòng Tỉnh ủy. T/M BAN THƯỜNG VỤ BÍ THƯ Trần Văn Hải | Lưu Văn phòng Tỉnh ủy.¶T/M BAN THƯỜNG VỤ BÍ THƯ Trần Văn Hải",
        "a bullet opened by a task verb after a heading without a stop | 1. Ban Công tác Mặt trận các thôn - Căn cứ Kế hoạch này tổ chức giám sát. | ¶1. Ban Công tác Mặt trận các thôn¶- Căn cứ Kế hoạch này tổ chức giám sát.",
        "dashes inside names and the motto stay | Công chức Địa chính - Xây dựng, Văn hóa - Xã hội tham mưu. Độc lập - Tự do - Hạnh phúc theo khoản 2 Điều 5 Luật. | Công chức Địa chính - Xây dựng, Văn hóa - Xã hội tham mưu. Độc lập - Tự do - Hạnh phúc theo khoản 2 Điều 5 Luật.",
    })
    void breaksGoBackBeforeLineOpeners(String layout, String line, String expected) {
        String text = FILLER.strip() + " " + line;
        String restored = FlatLines.restored(text);
        assertEquals(text.length(), restored.length(), "one char for one");
        String want = FILLER.strip() + (expected.startsWith("¶") ? "" : " ") + expected.replace("¶", "\n");
        assertEquals(want, restored, layout);
    }

    @Test
    void textsWithTheirLinesOrShortOnesStayAsTheyAre() {
        String lined = (FILLER.strip() + "\nĐiều 1. Ban hành Kế hoạch. Điều 2. Có hiệu lực.\n").repeat(3);
        assertSame(lined, FlatLines.restored(lined));
        String shortText = "Căn cứ Luật Tổ chức chính quyền địa phương; Điều 1. Ban hành. Điều 2. Có hiệu lực.";
        assertSame(shortText, FlatLines.restored(shortText));
    }

    @Test
    void aDecisionOnOneLineKeepsItsExecutorsAndSigner() {
        String decision = "ỦY BAN NHÂN DÂN TỈNH LÂM GIANG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -"
                + " Hạnh phúc --------------- Số: 212/QĐ-UBND Lâm Giang, ngày 09 tháng 3 năm 2021 QUYẾT ĐỊNH V/v ban hành"
                + " Kế hoạch phòng chống dịch bệnh năm 2021 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM GIANG Căn cứ Luật Tổ chức"
                + " chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Quyết định số 15/QĐ-UBND ngày 02/01/2021 của"
                + " UBND tỉnh; Theo đề nghị của Giám đốc Sở Y tế." + FILLER + " QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo"
                + " Quyết định này Kế hoạch phòng chống dịch bệnh năm 2021. Điều 2. Quyết định có hiệu lực kể từ ngày ký."
                + " Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế; Chủ tịch UBND các huyện chịu trách nhiệm thi hành"
                + " Quyết định này./. Nơi nhận: - Như Điều 3; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Hòa";
        Extraction e = new PlanExtractor().extract(decision);
        assertEquals(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Y tế", "Chủ tịch UBND các huyện"),
                e.units().stream().filter(Unit::lead).map(Unit::name).toList());
        assertEquals("Nguyễn Văn Hòa", e.document().signer().name());
        assertEquals("Phó Chủ tịch", e.document().signer().title());
    }
}
