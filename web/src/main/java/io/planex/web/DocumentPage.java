package io.planex.web;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import io.planex.index.StoredDocument;
import java.util.List;

/**
 * One document: its header, cited directives (linking to their pages, {@code implements} marked), units and
 * their tasks, deadlines, and the repaired text with every item marked at its offsets. Each listed item links to
 * its first mark in the text.
 */
final class DocumentPage {
    private DocumentPage() {}

    static String render(PageContext c, StoredDocument d, String level) {
        PlanRecord r = d.record();
        DocumentHeader hd = r.document();
        String text = d.text() == null ? "" : d.text();
        List<TextMarkup.Span> spans = TextMarkup.spans(r, text.length());
        Html h = new Html();
        h.raw("<article class=\"document\"").attr("data-id", d.id()).raw(">");
        h.raw("<h1>");
        if (hd.typeName() != null) h.raw("<span class=\"type\">").text(hd.typeName()).raw("</span> ");
        if (hd.symbol() != null) h.raw("<span class=\"symbol\">").text(hd.symbol()).raw("</span>");
        if (hd.typeName() == null && hd.symbol() == null) h.text(r.source().file());
        h.raw("</h1>");
        if (hd.title() != null) h.raw("<p class=\"doc-title\">").text(hd.title()).raw("</p>");

        h.raw("<dl class=\"header\">");
        row(h, c.t("doc.issuer"), hd.issuer());
        row(h, c.t("doc.level"), level == null ? null : c.t("level." + level));
        row(h, c.t("doc.date"), hd.date());
        row(h, c.t("doc.place"), hd.place());
        if (hd.signer() != null) row(h, c.t("doc.signer"), join(hd.signer().title(), hd.signer().name()));
        if (!hd.recipients().isEmpty()) row(h, c.t("doc.recipients"), String.join("; ", hd.recipients()));
        row(h, c.t("doc.file"), r.source().file());
        row(h, c.t("doc.pages"), r.source().pages() + (r.source().ocr() ? " (OCR)" : ""));
        h.raw("</dl><p><a id=\"download\" class=\"button\" download")
                .attr("href", "/documents/" + d.id() + "/original").raw(">").text(c.t("doc.download")).raw("</a> ")
                .a("/api/documents/" + d.id(), "json", c.t("doc.json")).raw("</p>");

        h.raw("<div class=\"items\"><section id=\"citations\"><h2>").text(c.t("doc.citations", r.citations().size()))
                .raw("</h2><ul>");
        for (int i = 0; i < r.citations().size(); i++) citation(h, c, r.citations().get(i), i);
        h.raw("</ul></section><section id=\"units\"><h2>").text(c.t("doc.units", r.units().size())).raw("</h2><ul>");
        for (int i = 0; i < r.units().size(); i++) unit(h, c, r.units().get(i), i);
        h.raw("</ul></section><section id=\"deadlines\"><h2>").text(c.t("doc.deadlines", r.deadlines().size()))
                .raw("</h2><ul>");
        for (int i = 0; i < r.deadlines().size(); i++) deadline(h, c, r.deadlines().get(i), i);
        h.raw("</ul></section></div>");

        h.raw("<section class=\"text\"><h2>").text(c.t("doc.text")).raw("</h2><p class=\"legend\">")
                .raw("<mark class=\"k-citation\">").text(c.t("kind.citation")).raw("</mark> ")
                .raw("<mark class=\"k-unit\">").text(c.t("kind.unit")).raw("</mark> ")
                .raw("<mark class=\"k-deadline\">").text(c.t("kind.deadline")).raw("</mark></p>")
                .raw("<pre id=\"doc-text\" class=\"doc-text\">")
                .raw(TextMarkup.render(text, spans, d.pages(), c.t("doc.page.short"))).raw("</pre></section></article>");
        String title = hd.symbol() != null ? hd.symbol() : r.source().file();
        return Layout.page(c, title, "", h.toString());
    }

    private static void citation(Html h, PageContext c, Citation ci, int i) {
        h.raw("<li class=\"citation\"").attr("data-symbol", ci.symbol()).raw(">");
        if (ci.symbol() != null) h.a(c.link(PageContext.directivePath(ci.symbol())), "directive", ci.symbol());
        if (ci.typeName() != null) h.raw(" <span class=\"muted\">").text(ci.typeName()).raw("</span>");
        if (ci.implementing()) h.raw(" <span class=\"badge impl\">").text(c.t("doc.implements")).raw("</span>");
        String meta = join(ci.issuer(), ci.date());
        if (meta != null) h.raw(" <span class=\"muted\">").text(meta).raw("</span>");
        if (!ci.mentions().isEmpty()) {
            h.raw(" <a class=\"goto\"").attr("href", "#c" + i + "-0").raw(">").text(c.t("doc.goto", ci.mentions().size()))
                    .raw("</a>");
        }
        h.raw("</li>");
    }

    private static void unit(Html h, PageContext c, Unit u, int i) {
        h.raw("<li class=\"unit\">");
        if (!u.mentions().isEmpty()) h.a("#u" + i + "-0", "goto", u.name()); else h.text(u.name());
        if (!u.lead()) h.raw(" <span class=\"badge\">").text(c.t("doc.partner")).raw("</span>");
        if (!u.tasks().isEmpty()) {
            h.raw("<ul class=\"tasks\">");
            for (String t : u.tasks()) h.raw("<li>").text(t).raw("</li>");
            h.raw("</ul>");
        }
        h.raw("</li>");
    }

    private static void deadline(Html h, PageContext c, Deadline d, int i) {
        h.raw("<li class=\"deadline\"><a class=\"goto\"").attr("href", "#d" + i).raw(">")
                .text(d.date() != null ? d.date() : c.t("doc.nodate")).raw("</a>");
        if (d.recurrence() != null) h.raw(" <span class=\"badge\">").text(c.t("rec." + d.recurrence())).raw("</span>");
        if (d.action() != null) h.raw(" ").text(d.action());
        if (!d.units().isEmpty()) h.raw(" <span class=\"muted\">").text(c.t("doc.who") + ": " + String.join("; ", d.units()))
                .raw("</span>");
        if (d.reportTo() != null) h.raw(" <span class=\"muted\">→ ").text(d.reportTo()).raw("</span>");
        h.raw("</li>");
    }

    private static void row(Html h, String label, String value) {
        if (value == null || value.isBlank()) return;
        h.raw("<dt>").text(label).raw("</dt><dd>").text(value).raw("</dd>");
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + ", " + b;
    }
}
