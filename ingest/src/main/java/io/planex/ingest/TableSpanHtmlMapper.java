package io.planex.ingest;

import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's default HTML mapping, but a table cell keeps its {@code colspan} and {@code rowspan}: a task table's group
 * heading spans its columns and a lead cell is often merged down over several rows, and without the spans the cells
 * after them shift into the wrong columns ({@link PageSplittingHandler} writes covered columns empty). Stateless.
 */
final class TableSpanHtmlMapper extends DefaultHtmlMapper {
    static final HtmlMapper INSTANCE = new TableSpanHtmlMapper();

    private TableSpanHtmlMapper() {}

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        if (("td".equals(elementName) || "th".equals(elementName))
                && ("colspan".equals(attributeName) || "rowspan".equals(attributeName))) {
            return attributeName;
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
