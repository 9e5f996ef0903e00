package io.planex.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page needs to build its links: the language and the request's path and parameters. Every link carries
 * {@code lang=en} when the page is in English, so a shared link or the back button shows the same page.
 */
record PageContext(Lang lang, String path, Map<String, List<String>> params) {
    PageContext {
        params = Map.copyOf(params);
    }

    String t(String key) {
        return lang.t(key);
    }

    String t(String key, Object... args) {
        return lang.t(key, args);
    }

    /** The first value of a parameter, or null. */
    String param(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** A link to {@code path} with {@code query} (null values left out) and the language. */
    String link(String path, Map<String, String> query) {
        Map<String, String> q = new LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) q.put(k, v);
        });
        if (lang == Lang.EN) q.put("lang", "en");
        if (q.isEmpty()) return path;
        StringBuilder b = new StringBuilder(path).append('?');
        boolean first = true;
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (!first) b.append('&');
            first = false;
            b.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return b.toString();
    }

    String link(String path) {
        return link(path, Map.of());
    }

    /** This page in the other language. */
    String otherLanguage() {
        Map<String, String> q = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("lang") && !v.isEmpty()) q.put(k, v.get(0));
        });
        PageContext other = new PageContext(lang.other(), path, params);
        return other.link(path, q);
    }

    /** This page's parameters (first values, language aside) as a mutable map, to derive links from. */
    Map<String, String> current() {
        Map<String, String> q = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("lang") && !v.isEmpty() && !v.get(0).isBlank()) q.put(k, v.get(0));
        });
        return q;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path for a directive page: the symbol's slashes stay path separators, the rest is encoded. */
    static String directivePath(String symbol) {
        StringBuilder b = new StringBuilder("/directives/");
        String[] parts = symbol.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append('/');
            b.append(encode(parts[i]).replace("+", "%20"));
        }
        return b.toString();
    }
}
