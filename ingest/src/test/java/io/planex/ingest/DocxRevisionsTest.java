package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Word file's text as accepted: no deleted text, no reviewers' comments, no hidden runs; insertions kept. */
class DocxRevisionsTest {
    private static final String W = TestDocx.W;
    private static final String PARA = "<w:p><w:r><w:t xml:space=\"preserve\">";

    @TempDir
    Path dir;

    private Path docx(String body) throws IOException {
        String comments = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"" + W + "\">"
                + "<w:comment w:id=\"0\" w:author=\"Trần Văn Lực\"><w:p><w:r><w:t>Đề nghị Sở Tài chính xem lại thời hạn 30/6"
                + "</w:t></w:r></w:p></w:comment></w:comments>";
        return TestDocx.write(dir.resolve("revised.docx"), PARA + "KẾ HOẠCH</w:t></w:r></w:p>" + body, "comments", comments);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // case ¦ body ¦ text kept ¦ text gone
        "a deadline changed ¦ <w:p><w:r><w:t xml:space=\"preserve\">Hoàn thành trước ngày </w:t></w:r><w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>30/9/2026</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>15/10/2026</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p> ¦ Hoàn thành trước ngày 15/10/2026. ¦ 30/9/2026",
        "a unit deleted, another inserted ¦ <w:p><w:del w:id=\"3\" w:author=\"A\"><w:r><w:delText>Sở Văn hóa, Thể thao và Du lịch</w:delText></w:r></w:del><w:ins w:id=\"4\" w:author=\"A\"><w:r><w:t>Sở Khoa học và Công nghệ</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\"> chủ trì.</w:t></w:r></w:p> ¦ Sở Khoa học và Công nghệ chủ trì. ¦ Văn hóa",
        "a paragraph moved ¦ <w:p><w:moveFrom w:id=\"5\" w:author=\"A\"><w:r><w:t>Báo cáo trước ngày 10/12/2026.</w:t></w:r></w:moveFrom></w:p><w:p><w:moveTo w:id=\"6\" w:author=\"A\"><w:r><w:t>Gửi Sở Nội vụ trước ngày 15/12/2026.</w:t></w:r></w:moveTo></w:p> ¦ Gửi Sở Nội vụ trước ngày 15/12/2026. ¦ 10/12/2026",
        "a reviewer's comment ¦ <w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Báo cáo trước ngày 30/6/2026.</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p> ¦ Báo cáo trước ngày 30/6/2026. ¦ xem lại thời hạn",
        "a hidden run ¦ <w:p><w:r><w:t xml:space=\"preserve\">Hoàn thành trong Quý III/2026.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>Hoàn thành trước ngày 30/6/2026.</w:t></w:r></w:p> ¦ Hoàn thành trong Quý III/2026. ¦ 30/6/2026",
        "a hidden paragraph mark only ¦ <w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Công an tỉnh phối hợp.</w:t></w:r></w:p> ¦ Công an tỉnh phối hợp. ¦ Văn hóa",
    })
    void readsTheTextAsAccepted(String layout, String body, String kept, String gone) throws Exception {
        String text = new DocumentReader().read(docx(body)).text();
        assertTrue(text.contains(kept), layout + ": " + text);
        assertFalse(text.contains(gone), layout + ": " + text);
    }

    @Test
    void aFileWithoutRevisionsIsNotCopied() throws Exception {
        byte[] plain = ("<w:document xmlns:w=\"" + W + "\"><w:body>" + PARA + "Sở Y tế chủ trì.</w:t></w:r></w:p>"
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8);
        assertTrue(DocxRevisions.accepted(plain).isEmpty());
        // a comments part alone asks for no copy: the document holds no mark of it
        assertTrue(DocxPackage.readableCopy(docx(PARA + "Sở Y tế chủ trì.</w:t></w:r></w:p>")).isEmpty());
    }
}
