package io.planex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMarkupTest {
    private static String render(String text, List<TextMarkup.Span> spans) {
        List<TextMarkup.Span> sorted = new java.util.ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(TextMarkup.Span::start)
                .thenComparing(java.util.Comparator.comparingInt(TextMarkup.Span::end).reversed()));
        return TextMarkup.render(text, sorted, null, "p.")
                .replaceAll(" class=\"k-\\w+\" data-kind=\"(\\w+)\" data-start=\"\\d+\" data-end=\"\\d+\"", " $1");
    }

    private static TextMarkup.Span s(String kind, int start, int end, String id) {
        return new TextMarkup.Span(kind, start, end, id, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | spans kind:start:end, ... | expected markup
        "abcdef        | unit:1:3                   | a<mark id=\"x0\" unit>bc</mark>def",
        "<b>&x         | citation:0:3               | <mark id=\"x0\" citation>&lt;b&gt;</mark>&amp;x",
        "abcdef        | deadline:0:6,unit:2:4      | <mark id=\"x0\" deadline>ab<mark id=\"x1\" unit>cd</mark>ef</mark>",
        "abcdef        | unit:0:3,citation:2:5      | <mark id=\"x0\" unit>ab<mark id=\"x1\" citation data-cut=\"true\">c</mark></mark>def",
        "abcdef        | unit:0:2,unit:4:9          | <mark id=\"x0\" unit>ab</mark>cdef",
        "a\"b'c        | unit:1:4                   | a<mark id=\"x0\" unit>&quot;b&#39;</mark>c",
    })
    void marksNestEscapeAndNeverCross(String text, String spans, String expected) {
        List<TextMarkup.Span> list = new java.util.ArrayList<>();
        int i = 0;
        for (String part : spans.split(",")) {
            String[] f = part.strip().split(":");
            int start = Integer.parseInt(f[1]);
            int end = Integer.parseInt(f[2]);
            if (end <= text.length()) list.add(s(f[0], start, end, "x" + i));
            i++;
        }
        assertEquals(expected, render(text, list));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "line one\\nline two\\nline three | 1:0:4,2:9:13,3:18:22 | 0=1,9=2,18=3",
        "a\\nb\\nc                        | 1:0:1,1:2:3          | ''",
    })
    void pageNumbersSitAtTheLineOfEachPagesFirstItem(String text, String spans, String expected) {
        List<TextMarkup.Span> list = new java.util.ArrayList<>();
        for (String part : spans.split(",")) {
            String[] f = part.split(":");
            list.add(new TextMarkup.Span("unit", Integer.parseInt(f[1]), Integer.parseInt(f[2]), "u", Integer.parseInt(f[0])));
        }
        StringBuilder got = new StringBuilder();
        TextMarkup.pageMarks(text.replace("\\n", "\n"), list).forEach((at, page) -> {
            if (got.length() > 0) got.append(',');
            got.append(at).append('=').append(page);
        });
        assertEquals(expected, got.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | page starts | marks offset=page | rendered
        "ab cd\\nef | 0,3   | 0=1,3=2   | <span p1></span>ab <span p2></span>cd\\nef",
        "ab cd\\nef | 0,6   | 0=1,6=2   | <span p1></span>ab cd\\n<span p2></span>ef",
        "ab cd\\nef | 0,3,3 | 0=1,3=3   | <span p1></span>ab <span p3></span>cd\\nef",
        "ab cd\\nef | 0     | ''        | ab cd\\nef",
        "a<b      | 0,2,9 | 0=1,2=2,3=3 | <span p1></span>a&lt;<span p2></span>b<span p3></span>",
    })
    void withAPageMapPageNumbersSitExactlyWhereEachPageStarts(String text, String starts, String marks, String html) {
        String t = text.replace("\\n", "\n");
        List<Integer> list = java.util.Arrays.stream(starts.split(",")).map(Integer::valueOf).toList();
        io.planex.extract.model.PageMap pages = io.planex.extract.model.PageMap.ofStarts(list);
        StringBuilder got = new StringBuilder();
        TextMarkup.pageMarks(t, pages).forEach((at, page) -> {
            if (got.length() > 0) got.append(',');
            got.append(at).append('=').append(page);
        });
        assertEquals(marks, got.toString());
        assertEquals(html.replace("\\n", "\n"), TextMarkup.render(t, List.of(), pages, "p.")
                .replaceAll("<span class=\"pg\" aria-hidden=\"true\" data-page=\"p\\. \\d+\" data-n=\"(\\d+)\">", "<span p$1>"));
    }
}
