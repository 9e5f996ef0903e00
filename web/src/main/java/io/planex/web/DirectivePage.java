package io.planex.web;

import io.planex.index.FacetCount;
import io.planex.index.directive.ChainLink;
import io.planex.index.directive.DirectiveReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A directive: who cites it and who implements it, the chain drawn as columns by level (central, province,
 * district, commune), and counts by level and year. A directive with no record of its own says so.
 */
final class DirectivePage {
    static final List<String> LEVELS = List.of("central", "province", "district", "commune");

    private DirectivePage() {}

    static String render(PageContext c, DirectiveReport r) {
        Html h = new Html();
        h.raw("<article class=\"directive\"").attr("data-symbol", r.symbol()).raw("><h1>").text(r.symbol()).raw("</h1>");
        if (r.own() != null) {
            var hd = r.own().record().document();
            h.raw("<p id=\"own\">").a(c.link("/documents/" + r.own().id()), join(hd.typeName(), hd.title()))
                    .raw(" <span class=\"muted\">").text(join(hd.issuer(), hd.date())).raw("</span></p>");
        } else {
            h.raw("<p id=\"own\" class=\"muted no-record\">").text(c.t("dir.norecord")).raw("</p>");
        }
        h.raw("<p class=\"counts\"><span id=\"cited-by\"").attr("data-count", Long.toString(r.citedBy())).raw(">")
                .text(c.t("dir.citedby", r.citedBy())).raw("</span> · <span id=\"implemented-by\"")
                .attr("data-count", Long.toString(r.implementedBy())).raw(">")
                .text(c.t("dir.implementedby", r.implementedBy())).raw("</span> · ")
                .a(c.link("/", java.util.Map.of("cites", r.symbol())), c.t("dir.search")).raw("</p>");

        h.raw("<div class=\"tallies\">");
        tally(h, c, "dir.bylevel", "by-level", r.byLevel(), true);
        tally(h, c, "dir.byyear", "by-year", r.byYear(), false);
        h.raw("</div>");

        h.raw("<h2>").text(c.t("dir.chain")).raw("</h2><div id=\"chain\" class=\"chain\">");
        List<String> columns = new ArrayList<>(LEVELS);
        boolean unknown = r.chain().stream().anyMatch(l -> l.level() == null || !LEVELS.contains(l.level()));
        if (unknown) columns.add("unknown");
        for (String level : columns) {
            h.raw("<section class=\"level\"").attr("data-level", level).raw("><h3>").text(c.t("level." + level))
                    .raw("</h3>");
            boolean isDirectiveLevel = level.equals(r.level()) || (r.level() == null && level.equals("unknown"));
            if (isDirectiveLevel) {
                h.raw("<div class=\"node root\">").text(r.symbol()).raw("</div>");
            }
            for (ChainLink l : r.chain()) {
                String lv = l.level() == null || !LEVELS.contains(l.level()) ? "unknown" : l.level();
                if (!lv.equals(level)) continue;
                h.raw("<div class=\"node\"").attr("data-id", l.id()).attr("data-depth", Integer.toString(l.depth()))
                        .raw(">").a(c.link("/documents/" + l.id()), "title", l.symbol() != null ? l.symbol() : l.file())
                        .raw("<div class=\"muted\">").text(join(l.issuer(), l.date())).raw("</div>")
                        .raw("<div class=\"via\">").text(c.t(l.implementsVia() ? "dir.implements" : "dir.cites"))
                        .raw(" ").text(l.via()).raw("</div></div>");
            }
            h.raw("</section>");
        }
        h.raw("</div>");
        if (r.truncated()) h.raw("<p class=\"muted\">").text(c.t("dir.truncated")).raw("</p>");
        h.raw("</article>");
        return Layout.page(c, r.symbol(), "", h.toString());
    }

    private static void tally(Html h, PageContext c, String key, String id, List<FacetCount> counts, boolean levels) {
        long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
        h.raw("<section").attr("id", id).raw("><h2>").text(c.t(key)).raw("</h2><table>");
        for (FacetCount f : counts) {
            h.raw("<tr").attr("data-value", f.value()).raw("><th>").text(levels ? c.t("level." + f.value()) : f.value())
                    .raw("</th><td><meter min=\"0\"").attr("max", Long.toString(max))
                    .attr("value", Long.toString(f.count())).raw("></meter></td><td class=\"num\">").text(f.count())
                    .raw("</td></tr>");
        }
        h.raw("</table></section>");
    }

    static String join(String a, String b) {
        if (a == null) return b == null ? "" : b;
        if (b == null) return a;
        return a + " · " + b;
    }
}
