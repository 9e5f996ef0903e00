package io.planex.testkit;

import io.planex.testkit.PdfFixtures.LegacyRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word files typed in legacy fonts, as pre-Unicode offices wrote them. */
public final class WordFixtures {
    private WordFixtures() {}

    /** A DOCX with one paragraph per list of runs, each run in the named font (".VnTime", ".VnTimeH"...). */
    public static byte[] legacyDocx(List<List<LegacyRun>> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<LegacyRun> runs : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                for (LegacyRun r : runs) {
                    XWPFRun run = p.createRun();
                    run.setFontFamily(r.fontName());
                    run.setText(r.mojibake());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
