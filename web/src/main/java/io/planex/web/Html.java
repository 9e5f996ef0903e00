package io.planex.web;

/**
 * Builds HTML as text. Every piece of data goes through {@link #text} or {@link #attr}, which escape it; only
 * markup written in this module is appended raw. Document text never reaches the page unescaped.
 */
final class Html {
    private final StringBuilder b = new StringBuilder(8192);

    /** Escapes for element content and for quoted attribute values alike. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t' && c != '\r') rep = " ";
            if (rep != null) {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Raw markup written by this module (never data). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Data, escaped. */
    Html text(String s) {
        b.append(escape(s));
        return this;
    }

    Html text(long n) {
        b.append(n);
        return this;
    }

    /** {@code name="value"} with the value escaped, preceded by a space. */
    Html attr(String name, String value) {
        b.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /** An element with escaped text content and optional class. */
    Html el(String tag, String cssClass, String content) {
        b.append('<').append(tag);
        if (cssClass != null) attr("class", cssClass);
        b.append('>').append(escape(content)).append("</").append(tag).append('>');
        return this;
    }

    /** A link with escaped href and text. */
    Html a(String href, String content) {
        b.append("<a");
        attr("href", href);
        b.append('>').append(escape(content)).append("</a>");
        return this;
    }

    Html a(String href, String cssClass, String content) {
        b.append("<a");
        attr("href", href);
        attr("class", cssClass);
        b.append('>').append(escape(content)).append("</a>");
        return this;
    }

    int length() {
        return b.length();
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
