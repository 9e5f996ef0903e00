package io.planex.ingest;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A Word table's merged cells, written as a reader sees them: a cell merged down over several rows in each row it
 * covers, a cell spanning columns over the columns it covers. Word stores such a cell in
 * its first row ({@code <w:vMerge w:val="restart"/>}) and an empty cell in each row below ({@code <w:vMerge/>}); Tika
 * reads the empty ones as empty cells. In a task table a lead unit or a time merged over three tasks is the lead or
 * the time of each of them, so each covered cell gets the ditto mark "〃" (U+3003, "the same as above"), which the
 * task table reader takes for the cell above ({@code TaskTable.isDitto}) and the page writer drops outside task
 * tables ({@link PageSplittingHandler}). A covered cell under an empty one stays empty.
 *
 * <p>A cell spanning columns ({@code <w:gridSpan w:val="2"/>}: "Thường xuyên" over the columns "Bắt đầu" and "Hoàn
 * thành") reaches Tika's XHTML as one cell with no colspan, so the cells after it in its row moved one column left,
 * under the wrong headers. In a table of three columns or more, each column it covers after its first gets a cell of
 * its own holding {@link #COVERED_COLUMN} only, which the page writer takes for a covered column (as HTML's colspan)
 * and writes no text for.
 */
final class DocxMergedCells {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** What a covered cell is given. */
    static final String DITTO = io.planex.ingest.pdf.table.TableText.DITTO;
    /** What a cell added for a column that a cell spanning columns covers holds (a private-use char, never text). */
    static final char COVERED_COLUMN = '\uE000';

    private DocxMergedCells() {}

    /** Whether the part may hold a merged-down cell: a look in the bytes, so most files are not parsed. */
    static boolean mayHoldAny(String documentXml) {
        return documentXml.contains(":vMerge") || documentXml.contains(":gridSpan");
    }

    /** Marks each covered cell of the document, in place; false when none is. */
    static boolean mark(Document doc) {
        boolean any = false;
        NodeList tables = doc.getElementsByTagNameNS(W, "tbl");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            any |= markMergedDown(table);
            if (gridColumns(table) >= 3) any |= splitSpans(table);
        }
        return any;
    }

    /** Marks one table's covered cells (its own rows only: a table inside a cell is marked on its own). */
    private static boolean markMergedDown(Element table) {
        boolean any = false;
        // by grid column: whether the cell merged down in it, from the row that opened it, holds text
        Map<Integer, Boolean> openHasText = new HashMap<>();
        for (Element row : DocxNumbering.children(table, "tr")) {
            int column = gridBefore(row);
            for (Element cell : DocxNumbering.children(row, "tc")) {
                Element props = child(cell, "tcPr");
                Element vMerge = props == null ? null : child(props, "vMerge");
                int span = gridSpan(props);
                if (vMerge == null) {
                    for (int c = column; c < column + span; c++) openHasText.remove(c);
                } else if ("restart".equals(vMerge.getAttributeNS(W, "val"))) {
                    openHasText.put(column, !cell.getTextContent().isBlank());
                } else if (Boolean.TRUE.equals(openHasText.get(column)) && cell.getTextContent().isBlank()) {
                    writeDitto(cell);
                    any = true;
                }
                column += span;
            }
        }
        return any;
    }

    /** Gives each column a cell spanning columns covers after its first a cell of its own ({@link #COVERED_COLUMN}). */
    private static boolean splitSpans(Element table) {
        boolean any = false;
        for (Element row : DocxNumbering.children(table, "tr")) {
            for (Element cell : DocxNumbering.children(row, "tc")) {
                Element props = child(cell, "tcPr");
                int span = gridSpan(props);
                if (span < 2) continue;
                props.removeChild(child(props, "gridSpan"));
                Node next = cell.getNextSibling();
                for (int c = 1; c < span; c++) {
                    Element covered = cell.getOwnerDocument().createElementNS(W, "w:tc");
                    writeText(covered, String.valueOf(COVERED_COLUMN));
                    row.insertBefore(covered, next);
                }
                any = true;
            }
        }
        return any;
    }

    /** The columns of the table's grid: its widest row's, in grid columns (a file need not write its w:tblGrid). */
    private static int gridColumns(Element table) {
        int widest = 0;
        for (Element row : DocxNumbering.children(table, "tr")) {
            int width = gridBefore(row);
            for (Element cell : DocxNumbering.children(row, "tc")) width += gridSpan(child(cell, "tcPr"));
            widest = Math.max(widest, width);
        }
        return widest;
    }

    /** Puts a run holding the ditto mark in the cell's first paragraph (a cell has one; else one is made). */
    private static void writeDitto(Element cell) {
        writeText(cell, DITTO);
    }

    /** Puts a run holding {@code text} in the cell's first paragraph (a cell has one; else one is made). */
    private static void writeText(Element cell, String text) {
        Document doc = cell.getOwnerDocument();
        Element p = child(cell, "p");
        if (p == null) {
            p = doc.createElementNS(W, "w:p");
            cell.appendChild(p);
        }
        Element r = doc.createElementNS(W, "w:r");
        Element t = doc.createElementNS(W, "w:t");
        t.setTextContent(text);
        r.appendChild(t);
        p.appendChild(r);
    }

    private static int gridBefore(Element row) {
        Element props = child(row, "trPr");
        Element before = props == null ? null : child(props, "gridBefore");
        return before == null ? 0 : number(before.getAttributeNS(W, "val"));
    }

    private static int gridSpan(Element cellProps) {
        Element span = cellProps == null ? null : child(cellProps, "gridSpan");
        return span == null ? 1 : Math.max(1, number(span.getAttributeNS(W, "val")));
    }

    private static int number(String s) {
        try {
            return Math.min(64, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) return e;
        }
        return null;
    }
}
