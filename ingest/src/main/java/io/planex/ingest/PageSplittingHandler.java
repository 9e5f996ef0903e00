package io.planex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML as plain text, one string per page. Tika marks PDF pages as {@code <div class="page">};
 * formats without pages give one page. Block elements end a line so paragraphs stay apart.
 */
final class PageSplittingHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "table", "ul", "ol", "br", "td", "th");

    private final List<String> pages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean sawPageDiv;
    private int depthInHead;
    private final boolean markup;
    private int depthInPre;

    /**
     * @param markup the source is HTML, whose line breaks inside a text are spaces (a browser shows "ngày\n22/10"
     *     as "ngày 22/10"): only its elements break lines, as a word processor's paragraphs do; {@code <pre>} keeps
     *     its breaks
     */
    PageSplittingHandler(boolean markup) {
        this.markup = markup;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) depthInHead++;
        if ("pre".equals(name)) depthInPre++;
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            if (sawPageDiv || current.toString().strip().length() > 0) flushPage();
            sawPageDiv = true;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) depthInHead--;
        if ("pre".equals(name)) depthInPre--;
        if (BLOCKS.contains(name)) newline();
        if ("td".equals(name) || "th".equals(name)) current.append(' ');
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depthInHead > 0) return;
        if (!markup || depthInPre > 0) {
            current.append(ch, start, length);
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            current.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (depthInHead > 0) return;
        current.append(ch, start, length);
    }

    private void newline() {
        int n = current.length();
        if (n > 0 && current.charAt(n - 1) != '\n') current.append('\n');
    }

    private void flushPage() {
        pages.add(current.toString());
        current.setLength(0);
    }

    /** The pages collected; call once, after parsing. */
    List<String> pages() {
        if (current.length() > 0 || pages.isEmpty()) flushPage();
        return pages;
    }
}
