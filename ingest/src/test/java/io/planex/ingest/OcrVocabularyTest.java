package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.text.Words;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marks Tesseract drops from the fixed phrases of tasks and deadlines, put back; nothing else touched. */
class OcrVocabularyTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // OCR reading | what the page gets
        "Báo cáo về Sở chậm nhat ngày 15/12/2026. | Báo cáo về Sở chậm nhất ngày 15/12/2026.",
        "Phòng Kinh tế chủ trì, phôi hợp với Công an xã | Phòng Kinh tế chủ trì, phối hợp với Công an xã",
        "tăng cường kiêm tra, giám sat việc thực hien | tăng cường kiểm tra, giám sát việc thực hiện",
        "hoan thanh truoc ngay 30/6/2026 | hoàn thành trước ngày 30/6/2026",
        "UY BAN NHÂN DÂN tỉnh | ỦY BAN NHÂN DÂN tỉnh",
        "Đoàn kiểm tra (dê phôi hợp) | Đoàn kiểm tra (dê phối hợp)",
        "Can cứ Kế hoach số 12/KH-UBND | Căn cứ Kế hoạch số 12/KH-UBND",
        "Thời han hoàn thành: Quý II/2026 | Thời hạn hoàn thành: Quý II/2026",
        // đ that lost its stroke comes back; a stroke the phrase lacks is another word
        "dinh ky hằng quý | định kỳ hằng quý",
        // the mark Tesseract reads for the phrase's: an acute for a hook above, a circumflex for a breve
        "Đoàn kiếm tra tự giải thế sau khi hoàn thành | Đoàn kiểm tra tự giải thể sau khi hoàn thành",
        "Căn cứ Luật Tố chức chính quyền địa phương | Căn cứ Luật Tổ chức chính quyền địa phương",
        "(sau đây gọi tất là Đoàn kiểm tra) | (sau đây gọi tắt là Đoàn kiểm tra)",
        "có hiệu lực kế từ ngày ký | có hiệu lực kể từ ngày ký",
        // ... and not another mark: "gọi tất cả" is no short name
        "gọi tất cả các đơn vị | gọi tất cả các đơn vị",
        // a mark the phrase lacks makes another word: left as read
        "chậm nhạt ngày | chậm nhạt ngày",
        // a lone word right without its marks is never touched (phrases have two words or more)
        "làm ngay sau khi nhận | làm ngay sau khi nhận",
        // phrases that differ only in marks cancel each other out where the reading fits both
        "báo cáo hang nam | báo cáo hang nam",
        // a phrase as printed is not another phrase that lost a mark ("hàng năm" is no "hằng năm")
        "báo cáo hàng năm | báo cáo hàng năm",
        // the words of a phrase stand on one line
        "chậm\\nnhat | chậm\\nnhat",
        // text already right is returned as it is
        "Sở Tài chính phối hợp thực hiện. | Sở Tài chính phối hợp thực hiện.",
    })
    void putsBackTheMarksOfFixedPhrases(String read, String expected) {
        assertEquals(expected.replace("\\n", "\n"), OcrVocabulary.mend(read.replace("\\n", "\n")));
    }

    @Test
    void keepsTheCaseOfEachLetterAsRead() {
        assertEquals("CHẬM NHẤT", OcrVocabulary.mendWord("CHẬM", "chậm") + " " + OcrVocabulary.mendWord("NHAT", "nhất"));
        assertEquals("Phối", OcrVocabulary.mendWord("Phôi", "phối"));
    }

    @Test
    void decomposedTextIsMendedToo() {
        String nfd = Normalizer.normalize("phôi hợp", Normalizer.Form.NFD);
        assertEquals("phối hợp", OcrVocabulary.mend(nfd));
    }

    /** Text in which every mark is as printed is never changed, whatever words it holds. */
    @Test
    void printedTextIsLeftAsItIs() {
        String[] words = {"chậm", "nhất", "phối", "hợp", "kiểm", "tra", "báo", "cáo", "hằng", "năm", "hàng", "quý",
            "thời", "hạn", "gian", "tổ", "chức", "các", "số", "ngày", "trước", "Ủy", "ban", "nhân", "dân", "12/2026",
            "nhạt", "kiêm", "phôi", "đề", "nghị", "căn", "cứ"};
        Random random = new Random(12);
        for (int run = 0; run < 2000; run++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 6; k++) s.append(k > 0 ? " " : "").append(words[random.nextInt(words.length)]);
            String text = s.toString();
            String mended = OcrVocabulary.mend(text);
            // a change may only add marks to words that lost them in this vocabulary; words printed right stay
            assertEquals(Words.bare(text), Words.bare(mended), text);
            if (!text.contains("kiêm") && !text.contains("phôi") && !text.contains("nhạt")) {
                assertEquals(text, mended);
            }
        }
    }
}
