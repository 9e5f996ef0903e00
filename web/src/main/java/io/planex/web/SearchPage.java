package io.planex.web;

import io.planex.index.FacetCount;
import io.planex.index.IndexFields;
import io.planex.index.SearchHit;
import io.planex.index.SearchResult;
import io.planex.index.Snippets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The search page: one box, the filters as removable chips, facets whose values filter on click, hits with
 * highlighted snippets, paging. All state is in the URL (the same parameter names as {@code /api/search}).
 */
final class SearchPage {
    static final int PAGE_SIZE = 10;
    /** Deepest hit a page may show; paging further is refused (a bounded query). */
    static final int MAX_DEPTH = 1000;
    static final List<String> FACETS = List.of(IndexFields.FACET_LEVEL, IndexFields.FACET_YEAR,
            IndexFields.FACET_TYPE, IndexFields.FACET_CITES, IndexFields.FACET_ISSUER, IndexFields.FACET_UNIT,
            IndexFields.FACET_DEADLINE_MONTH);

    private SearchPage() {}

    static String render(PageContext c, SearchResult result, int page) {
        Map<String, String> current = c.current();
        Html h = new Html();
        h.raw("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">");
        if (c.lang() == Lang.EN) h.raw("<input type=\"hidden\" name=\"lang\" value=\"en\">");
        for (Map.Entry<String, String> f : SearchParams.filters(c::param).entrySet()) {
            h.raw("<input type=\"hidden\"").attr("name", f.getKey()).attr("value", f.getValue()).raw(">");
        }
        h.raw("<input id=\"q\" type=\"search\" name=\"q\" maxlength=\"500\" autofocus")
                .attr("value", c.param("q")).attr("placeholder", c.t("search.placeholder"))
                .attr("aria-label", c.t("search.placeholder")).raw(">");
        h.raw("<button id=\"go\" type=\"submit\">").text(c.t("search.button")).raw("</button></form>");
        filterForm(h, c);
        chips(h, c, current);

        h.raw("<div class=\"results\"><aside class=\"facets\">");
        for (String dim : FACETS) facet(h, c, current, dim, result.facets().get(dim));
        h.raw("</aside><section class=\"hits\">");
        h.raw("<p id=\"total\" class=\"total\"").attr("data-total", Long.toString(result.total())).raw(">")
                .text(c.t("search.total", result.total())).raw("</p><ol class=\"hits\"")
                .attr("start", Integer.toString((page - 1) * PAGE_SIZE + 1)).raw(">");
        List<SearchHit> hits = result.hits();
        for (int i = (page - 1) * PAGE_SIZE; i < hits.size(); i++) hit(h, c, hits.get(i));
        h.raw("</ol>");
        pager(h, c, current, page, result.total());
        h.raw("</section></div>");
        String title = c.param("q") == null ? c.t("nav.search") : c.param("q");
        return Layout.page(c, title, "search", h.toString());
    }

    /** The filters of {@code planex search} that have no facet to click, as a small form. */
    private static void filterForm(Html h, PageContext c) {
        h.raw("<details class=\"filters\"><summary>").text(c.t("search.filters")).raw("</summary>")
                .raw("<form method=\"get\" action=\"/\">");
        if (c.lang() == Lang.EN) h.raw("<input type=\"hidden\" name=\"lang\" value=\"en\">");
        if (c.param("q") != null) h.raw("<input type=\"hidden\" name=\"q\"").attr("value", c.param("q")).raw(">");
        for (String f : SearchParams.FILTERS) {
            boolean date = f.equals("from") || f.equals("to") || f.startsWith("deadline");
            h.raw("<label>").text(c.t("filter." + f)).raw("<input").attr("name", f)
                    .attr("type", date ? "date" : "text").attr("maxlength", "200").attr("value", c.param(f))
                    .raw("></label>");
        }
        h.raw("<button type=\"submit\">").text(c.t("search.apply")).raw("</button></form></details>");
    }

    private static void chips(Html h, PageContext c, Map<String, String> current) {
        Map<String, String> filters = SearchParams.filters(c::param);
        if (filters.isEmpty()) return;
        h.raw("<ul class=\"chips\" aria-label=\"filters\">");
        for (Map.Entry<String, String> f : filters.entrySet()) {
            Map<String, String> without = new java.util.LinkedHashMap<>(current);
            without.remove(f.getKey());
            without.remove("page");
            h.raw("<li class=\"chip\"").attr("data-filter", f.getKey()).raw(">").text(c.t("filter." + f.getKey()))
                    .raw(": <strong>").text(valueLabel(c, f.getKey(), f.getValue())).raw("</strong> ")
                    .raw("<a class=\"remove\"").attr("href", c.link("/", without))
                    .attr("aria-label", c.t("search.remove")).raw(">×</a></li>");
        }
        h.raw("</ul>");
    }

    private static void facet(Html h, PageContext c, Map<String, String> current, String dim, List<FacetCount> values) {
        if (values == null || values.isEmpty()) return;
        h.raw("<section class=\"facet\"").attr("data-facet", dim).raw("><h2>").text(c.t("facet." + dim)).raw("</h2><ul>");
        for (FacetCount v : values) {
            Map<String, String> with = new java.util.LinkedHashMap<>(current);
            with.remove("page");
            if (dim.equals(IndexFields.FACET_DEADLINE_MONTH)) {
                YearMonth m = YearMonth.parse(v.value());
                with.put("deadline-after", m.atDay(1).toString());
                with.put("deadline-before", m.atEndOfMonth().toString());
            } else {
                with.put(param(dim), v.value());
            }
            h.raw("<li><a").attr("href", c.link("/", with)).attr("data-value", v.value()).raw(">")
                    .text(valueLabel(c, param(dim), v.value())).raw("</a> <span class=\"count\">").text(v.count())
                    .raw("</span></li>");
        }
        h.raw("</ul></section>");
    }

    /** The search parameter a facet dimension filters on. */
    private static String param(String dim) {
        return dim.equals(IndexFields.FACET_CITES) ? "cites" : dim;
    }

    static String valueLabel(PageContext c, String param, String value) {
        return param.equals("level") ? c.t("level." + value) : value;
    }

    private static void hit(Html h, PageContext c, SearchHit hit) {
        h.raw("<li class=\"hit\"").attr("data-id", hit.id()).raw("><h3><a class=\"title\"")
                .attr("href", c.link("/documents/" + hit.id())).raw(">")
                .text(hit.title() != null ? hit.title() : hit.file()).raw("</a></h3><p class=\"meta\">");
        if (hit.symbol() != null) h.raw("<span class=\"symbol\">").text(hit.symbol()).raw("</span> · ");
        h.text(hit.issuer() == null ? c.t("unknown") : hit.issuer()).raw(" · ").text(hit.date() == null ? "" : hit.date())
                .raw(" · <span class=\"file\">").text(hit.file()).raw("</span></p>");
        for (String s : hit.snippets()) h.raw("<p class=\"snippet\">").raw(snippet(s)).raw("</p>");
        h.raw("</li>");
    }

    /**
     * A snippet with its matches marked: the whole snippet is escaped first, then only the highlighter's own
     * markers become marks, so markup in the document's text stays text.
     */
    static String snippet(String s) {
        return Html.escape(s).replace(Html.escape(Snippets.OPEN), "<mark class=\"hl\">")
                .replace(Html.escape(Snippets.CLOSE), "</mark>");
    }

    private static void pager(Html h, PageContext c, Map<String, String> current, int page, long total) {
        long pages = Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, MAX_DEPTH / PAGE_SIZE);
        if (pages <= 1) return;
        h.raw("<nav class=\"pager\" aria-label=\"pages\">");
        if (page > 1) {
            Map<String, String> prev = new java.util.LinkedHashMap<>(current);
            prev.put("page", Integer.toString(page - 1));
            h.raw("<a rel=\"prev\" id=\"prev\"").attr("href", c.link("/", prev)).raw(">").text(c.t("page.prev")).raw("</a>");
        }
        h.raw("<span>").text(c.t("page.of", page, pages)).raw("</span>");
        if (page < pages) {
            Map<String, String> next = new java.util.LinkedHashMap<>(current);
            next.put("page", Integer.toString(page + 1));
            h.raw("<a rel=\"next\" id=\"next\"").attr("href", c.link("/", next)).raw(">").text(c.t("page.next")).raw("</a>");
        }
        h.raw("</nav>");
    }
}
