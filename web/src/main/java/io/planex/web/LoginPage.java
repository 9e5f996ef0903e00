package io.planex.web;

/** The token form of a server bound beyond loopback (a bearer token in the header works as well). */
final class LoginPage {
    private LoginPage() {}

    static String render(PageContext c, String error) {
        Html h = new Html();
        h.raw("<section class=\"login\"><h1>").text(c.t("login.title")).raw("</h1>");
        if (error != null) h.raw("<p class=\"warn\">").text(error).raw("</p>");
        h.raw("<form method=\"post\" action=\"/login\"><label>").text(c.t("login.token"))
                .raw("<input type=\"password\" name=\"token\" autocomplete=\"current-password\" required></label>")
                .raw("<button type=\"submit\">").text(c.t("login.button")).raw("</button></form></section>");
        return Layout.page(c, c.t("login.title"), "", h.toString());
    }
}
