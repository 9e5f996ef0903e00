package io.planex.web;

/** The frame every page shares: head, navigation, language switch, footer. No script anywhere. */
final class Layout {
    private Layout() {}

    static String page(PageContext c, String title, String active, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html").attr("lang", c.lang().code()).raw("><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · planex</title>")
                .raw("<link rel=\"stylesheet\" href=\"/assets/planex.css\"></head><body>");
        h.raw("<header class=\"top\"><a class=\"brand\"").attr("href", c.link("/")).raw(">planex</a><nav>");
        nav(h, c, "/", "nav.search", active.equals("search"));
        nav(h, c, "/deadlines", "nav.deadlines", active.equals("deadlines"));
        nav(h, c, "/overview", "nav.overview", active.equals("overview"));
        h.raw("</nav><a id=\"lang-switch\" class=\"lang\"").attr("href", c.otherLanguage())
                .attr("hreflang", c.lang().other().code()).raw(">").text(c.t("lang.switch")).raw("</a></header>");
        h.raw("<main>").raw(body).raw("</main>");
        h.raw("<footer>").text(c.t("footer")).raw("</footer></body></html>");
        return h.toString();
    }

    private static void nav(Html h, PageContext c, String path, String key, boolean active) {
        h.raw("<a").attr("href", c.link(path));
        if (active) h.attr("class", "active").attr("aria-current", "page");
        h.raw(">").text(c.t(key)).raw("</a>");
    }

    /** A page for an error: the status and the message, escaped. */
    static String error(PageContext c, int status, String message) {
        Html b = new Html();
        b.raw("<section class=\"error\"><h1>").text(status).raw(" ").text(c.t("error.title")).raw("</h1><p>")
                .text(message).raw("</p><p>").a(c.link("/"), c.t("error.back")).raw("</p></section>");
        return page(c, c.t("error.title"), "", b.toString());
    }
}
