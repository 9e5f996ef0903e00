package io.planex.ingest.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {
    /**
     * A plan as an ABC-era typist wrote it: "Uỷ ban" with the old tone placement, since a capital with a tone
     * mark inside a lower-case word needs the capitals font, which plain text cannot show.
     */
    static final String TCVN3_ERA_PLAN = String.join("\n",
            "ỦY BAN NHÂN DÂN XÃ AN THẠNH", "Số: 27/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "An Thạnh, ngày 14 tháng 3 năm 2024", "KẾ HOẠCH",
            "Triển khai thực hiện Chỉ thị số 12-CT/HU ngày 05/02/2024 của Ban Thường vụ Huyện uỷ về tăng cường",
            "công tác phòng cháy, chữa cháy trên địa bàn xã.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân; hạn chế thấp nhất thiệt hại do cháy, nổ gây ra.",
            "- Báo cáo kết quả về Uỷ ban nhân dân xã trước ngày 15/11/2024; lực lượng dân phòng ở các ấp, khóm.",
            "Ưu tiên nguồn lực cho hộ nghèo, người già yếu. Ổn định đời sống, giữ vững an ninh trật tự.",
            "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mỹ Duyên");

    @Test
    void decodesTheSpellingsSeenInOldFiles() {
        assertEquals("Kế hoạch", LegacyEncoding.TCVN3.decode("KÕ ho¹ch"));
        assertEquals("Uỷ ban nhân dân", LegacyEncoding.TCVN3.decode("Uû ban nh©n d©n"));
        assertEquals("KẾ HOẠCH", LegacyEncoding.TCVN3.decode("KÕ HO¹CH"));
        assertEquals("Kế hoạch", LegacyEncoding.VNI.decode("Keá hoaïch"));
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam",
                LegacyEncoding.VNI.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals("Quyết định", LegacyEncoding.VNI.decode("Quyeát ñònh"));
        assertEquals("ĐỘC LẬP", LegacyEncoding.VNI.decode("ÑOÄC LAÄP"));
    }

    @Test
    void tcvn3DocumentRoundTripsWithoutOneWrongCharacter() {
        String mojibake = LegacyEncoding.TCVN3.encode(TCVN3_ERA_PLAN);
        assertNotEquals(TCVN3_ERA_PLAN, mojibake);
        assertTrue(mojibake.contains("KÕ HO¹CH"), mojibake);
        assertEquals(TCVN3_ERA_PLAN, LegacyEncoding.TCVN3.decode(mojibake));
    }

    @Test
    void vniDocumentRoundTripsWithoutOneWrongCharacter() {
        String text = TCVN3_ERA_PLAN.replace("Uỷ ban", "Ủy ban") + "\nỞ các ấp, Ủy ban Mặt trận Tổ quốc.";
        String mojibake = LegacyEncoding.VNI.encode(text);
        assertTrue(mojibake.contains("KEÁ HOAÏCH"), mojibake);
        assertEquals(text, LegacyEncoding.VNI.decode(mojibake));
    }

    @Test
    void everyTableEntryRoundTrips() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        for (LegacyEncoding e : LegacyEncoding.values()) {
            assertEquals(letters, e.decode(e.encode(letters)), e.name());
        }
        String capitals = letters.toUpperCase(java.util.Locale.ROOT);
        assertEquals(capitals, LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(capitals)));
        assertEquals("X" + capitals, LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode("X" + capitals)));
    }

    @Test
    void detectorTellsTheEncodingAndLeavesUnicodeAlone() {
        String unicode = Normalizer.normalize(TCVN3_ERA_PLAN, Normalizer.Form.NFC);
        assertEquals(Optional.empty(), LegacyTextDetector.detect(unicode));
        assertEquals(Optional.empty(), LegacyTextDetector.detect("Plain ASCII text, 2024."));
        assertEquals(Optional.of(LegacyEncoding.TCVN3),
                LegacyTextDetector.detect(LegacyEncoding.TCVN3.encode(unicode)));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyTextDetector.detect(LegacyEncoding.VNI.encode(unicode)));
        // Decomposed Unicode (Unikey's "Unicode tổ hợp") is Unicode too.
        String nfd = Normalizer.normalize(unicode, Normalizer.Form.NFD);
        assertEquals(Optional.empty(), LegacyTextDetector.detect(nfd));
        // Per line, a short legacy run inside Unicode text.
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyTextDetector.detect("KÕ ho¹ch"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyTextDetector.detect("Uûy ban nhaân daân"));
    }
}
