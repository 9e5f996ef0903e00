package io.planex.ingest.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of the runs a Word file (DOCX or DOC) sets in a TCVN3 capitals font, in document order: what
 * {@link LegacyCapitals#rewriteRuns} needs to restore their capitals in the text Tika gives. Read only for files
 * whose text holds TCVN3 codes at all, so ordinary files are not parsed twice.
 */
public final class OfficeCapitalRuns {
    private OfficeCapitalRuns() {}

    /** The capitals-font runs of a DOCX ({@code docx} true) or DOC file; empty when it cannot be read. */
    public static List<String> of(Path file, boolean docx) {
        try (InputStream in = Files.newInputStream(file)) {
            return docx ? docx(in) : doc(in);
        } catch (IOException | RuntimeException e) {
            return List.of(); // the text stays as Tika read it
        }
    }

    private static List<String> docx(InputStream in) throws IOException {
        List<String> runs = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            collect(doc.getBodyElements(), runs);
        }
        return runs;
    }

    private static void collect(List<IBodyElement> elements, List<String> runs) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                collect(p, runs);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) collect(cell.getBodyElements(), runs);
                }
            }
        }
    }

    private static void collect(XWPFParagraph p, List<String> runs) {
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text != null && !text.isBlank() && LegacyCapitals.isCapitalsFont(run.getFontFamily())) runs.add(text);
        }
    }

    private static List<String> doc(InputStream in) throws IOException {
        List<String> runs = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(in)) {
            Range range = doc.getRange();
            for (int i = 0; i < range.numCharacterRuns(); i++) {
                CharacterRun run = range.getCharacterRun(i);
                String text = run.text();
                if (text != null && !text.isBlank() && LegacyCapitals.isCapitalsFont(run.getFontName())) {
                    runs.add(text.replace("\r", "").replace("\u0007", ""));
                }
            }
        }
        return runs;
    }
}
