package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word's restarted lists (a num whose override only restarts it) come out with the document's own labels. */
class DocxNumberingTest {
    private static final String W = TestDocx.W;

    @TempDir
    Path dir;

    /** The numbering of a decision's articles and a plan's parts, each list restarted as Word writes it. */
    private static String numbering(String override) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"" + W + "\">"
                + "<w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"Điều %1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/>" + override + "</w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"8\"/>" + override + "</w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/>" + override + "</w:num></w:numbering>";
    }

    private static String paragraph(int numId, int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private Path docx(String numbering) throws IOException {
        String body = paragraph(1, 0, "Ban hành kèm theo Quyết định này Kế hoạch.")
                + paragraph(1, 1, "Sở Y tế chủ trì.")
                + paragraph(1, 1, "Công an tỉnh phối hợp.")
                + paragraph(1, 0, "Quyết định này có hiệu lực kể từ ngày ký.")
                + paragraph(2, 0, "MỤC ĐÍCH, YÊU CẦU")
                + paragraph(2, 0, "NHIỆM VỤ")
                // a second list on the same abstract list, restarted: it counts from its own start
                + paragraph(3, 0, "Chánh Văn phòng chịu trách nhiệm thi hành.");
        return TestDocx.write(dir.resolve("numbered.docx"), body, "numbering", numbering);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "restarted as Word writes it: an override with a start only ¦ <w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>",
        "no override ¦ ''",
    })
    void listsComeOutWithTheDocumentsLabels(String layout, String override) throws Exception {
        String text = new DocumentReader().read(docx(numbering(override))).text();
        assertTrue(text.contains("Điều 1. Ban hành kèm theo"), layout + ": " + text);
        assertTrue(text.contains("a) Sở Y tế chủ trì.\nb) Công an tỉnh phối hợp."), layout + ": " + text);
        assertTrue(text.contains("Điều 2. Quyết định này"), layout + ": " + text);
        assertTrue(text.contains("I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ"), layout + ": " + text);
    }

    @Test
    void aRestartedListCountsFromItsOwnStart() throws Exception {
        String override = "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/></w:lvlOverride>";
        String text = new DocumentReader().read(docx(numbering(override))).text();
        // each num restarts at 3 on a copy of its abstract list: the third list does not go on from the first
        assertTrue(text.contains("Điều 3. Ban hành kèm theo"), text);
        assertTrue(text.contains("Điều 4. Quyết định này"), text);
        assertTrue(text.contains("Điều 3. Chánh Văn phòng"), text);
        assertTrue(text.contains("III. MỤC ĐÍCH, YÊU CẦU\nIV. NHIỆM VỤ"), text);
    }

    @Test
    void onlyStartOverridesAreResolved() {
        // an override that brings its own level is read right by Tika; no override at all needs nothing
        String withLevel = "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/><w:lvl w:ilvl=\"0\">"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:lvlOverride>";
        assertTrue(DocxNumbering.resolve(numbering(withLevel).getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(DocxNumbering.resolve(numbering("").getBytes(StandardCharsets.UTF_8)).isEmpty());
        String resolved = new String(DocxNumbering.resolve(numbering(
                "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>")
                .getBytes(StandardCharsets.UTF_8)).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(!resolved.contains("startOverride"), resolved);
        assertEquals(5, resolved.split("<w:abstractNum ", -1).length - 1, resolved); // two lists and three copies
    }

    @Test
    void aBrokenPackageIsLeftToTika() throws Exception {
        Path notZip = dir.resolve("broken.docx");
        Files.writeString(notZip, "not a zip");
        assertTrue(DocxPackage.readableCopy(notZip).isEmpty());
    }
}
