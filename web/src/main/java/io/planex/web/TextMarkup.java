package io.planex.web;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * The repaired text of a document as HTML, every citation, unit and deadline marked at its offsets
 * ({@code <mark data-kind data-start data-end id>}) and page numbers in the margin. The text is escaped piece by
 * piece; marks nest when items nest. An item that crosses another's end is cut at that end and flagged
 * {@code data-cut}, so marks always stay well formed.
 *
 * <p>Page numbers sit where each page starts, from the page map the ingest stored with the text. A document
 * indexed without one (from JSON records, or by an older planex) has only each item's page: there a page's number
 * is shown at the line of its first item, which is where the reader needs it.
 */
final class TextMarkup {
    private TextMarkup() {}

    /** One item's span. {@code anchor} is the element id the item lists link to. */
    record Span(String kind, int start, int end, String anchor, Integer page) {}

    /** The spans of every item of the record, in text order (offsets outside the text are dropped). */
    static List<Span> spans(PlanRecord r, int textLength) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < r.citations().size(); i++) {
            Citation c = r.citations().get(i);
            for (int j = 0; j < c.mentions().size(); j++) {
                Mention m = c.mentions().get(j);
                add(out, "citation", m.start(), m.end(), "c" + i + "-" + j, m.page(), textLength);
            }
        }
        for (int i = 0; i < r.units().size(); i++) {
            Unit u = r.units().get(i);
            for (int j = 0; j < u.mentions().size(); j++) {
                Mention m = u.mentions().get(j);
                add(out, "unit", m.start(), m.end(), "u" + i + "-" + j, m.page(), textLength);
            }
        }
        for (int i = 0; i < r.deadlines().size(); i++) {
            Deadline d = r.deadlines().get(i);
            add(out, "deadline", d.start(), d.end(), "d" + i, d.page(), textLength);
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return out;
    }

    private static void add(List<Span> out, String kind, int start, int end, String anchor, Integer page, int len) {
        if (start < 0 || end > len || start >= end) return;
        out.add(new Span(kind, start, end, anchor, page));
    }

    /**
     * The marked-up text. {@code pageLabel} is the margin label's prefix ("tr." / "p."); it is rendered by CSS
     * from a data attribute so that it never becomes part of the document's text.
     */
    static String render(String text, List<Span> spans, PageMap pages, String pageLabel) {
        TreeMap<Integer, Integer> pageMarks = pages != null ? pageMarks(text, pages) : pageMarks(text, spans);
        Html h = new Html();
        Deque<Span> open = new ArrayDeque<>();
        Deque<Integer> openEnds = new ArrayDeque<>();
        int[] cursor = {0};
        for (Span s : spans) {
            while (!openEnds.isEmpty() && openEnds.peek() <= s.start()) {
                emit(h, text, cursor, openEnds.pop(), pageMarks, pageLabel, false);
                open.pop();
                h.raw("</mark>");
            }
            emit(h, text, cursor, s.start(), pageMarks, pageLabel, true);
            int end = s.end();
            boolean cut = false;
            if (!openEnds.isEmpty() && end > openEnds.peek()) {
                end = openEnds.peek();
                cut = true;
            }
            h.raw("<mark").attr("id", s.anchor()).attr("class", "k-" + s.kind()).attr("data-kind", s.kind())
                    .attr("data-start", Integer.toString(s.start())).attr("data-end", Integer.toString(s.end()));
            if (s.page() != null) h.attr("data-page", s.page().toString());
            if (cut) h.attr("data-cut", "true");
            h.raw(">");
            open.push(s);
            openEnds.push(end);
        }
        while (!openEnds.isEmpty()) {
            emit(h, text, cursor, openEnds.pop(), pageMarks, pageLabel, false);
            open.pop();
            h.raw("</mark>");
        }
        emit(h, text, cursor, text.length(), pageMarks, pageLabel, true);
        return h.toString();
    }

    /** Writes text[cursor, to) escaped, with the page marks that fall in it (and at {@code to} when asked). */
    private static void emit(Html h, String text, int[] cursor, int to, TreeMap<Integer, Integer> marks,
                             String pageLabel, boolean marksAtEnd) {
        int from = cursor[0];
        if (to < from) return;
        var inRange = marksAtEnd ? marks.subMap(from, true, to, true) : marks.subMap(from, true, to, false);
        int at = from;
        for (var e : List.copyOf(inRange.entrySet())) {
            h.text(text.substring(at, e.getKey()));
            h.raw("<span class=\"pg\" aria-hidden=\"true\"").attr("data-page", pageLabel + " " + e.getValue())
                    .attr("data-n", Integer.toString(e.getValue())).raw("></span>");
            at = e.getKey();
            marks.remove(e.getKey());
        }
        h.text(text.substring(at, to));
        cursor[0] = to;
    }

    /**
     * Offset -> page: where each page starts in the text, exactly, when it has more than one. A page may start
     * within a line (the repair joins a sentence that runs on across a page break): its number then sits at that
     * line. Pages with no text share their start with the next page; the last of them is the one shown.
     */
    static TreeMap<Integer, Integer> pageMarks(String text, PageMap pages) {
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        if (pages.pageCount() <= 1) return marks;
        for (int p = 1; p <= pages.pageCount(); p++) marks.put(Math.min(pages.startOf(p), text.length()), p);
        return marks;
    }

    /** Line start -> page: where each page's first item is, from page 2 on (page 1 at the top when paged). */
    static TreeMap<Integer, Integer> pageMarks(String text, List<Span> spans) {
        TreeMap<Integer, Integer> firstOffset = new TreeMap<>();
        int maxPage = 1;
        for (Span s : spans) {
            if (s.page() == null) continue;
            firstOffset.merge(s.page(), s.start(), Math::min);
            maxPage = Math.max(maxPage, s.page());
        }
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        if (maxPage <= 1) return marks;
        marks.put(0, 1);
        int last = 0;
        for (var e : firstOffset.entrySet()) {
            if (e.getKey() <= 1) continue;
            int lineStart = text.lastIndexOf('\n', Math.max(0, e.getValue() - 1)) + 1;
            if (lineStart <= last) continue; // items out of page order: keep the margin monotonic
            marks.put(lineStart, e.getKey());
            last = lineStart;
        }
        return marks;
    }
}
