package io.planex.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the abbreviations people type in filters ("UBND tỉnh", "TP. Vũng Tàu") into the words documents print
 * ("Ủy ban nhân dân tỉnh"). The list is the resource {@code abbreviations.tsv}.
 */
final class Abbreviations {
    private static final Abbreviations DEFAULTS = load();

    private final Map<String, String> full;
    private final Pattern any;

    private Abbreviations(Map<String, String> full) {
        this.full = Map.copyOf(full);
        StringBuilder alt = new StringBuilder();
        full.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(k -> {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(k));
        });
        // Whole words: no letter or digit before, and none after (a trailing '.' is part of "TP.").
        this.any = Pattern.compile("(?<![\\p{L}\\d])(?:" + alt + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Abbreviations defaults() {
        return DEFAULTS;
    }

    /** The text with every abbreviation written out; the same text when it has none. */
    String expand(String text) {
        Matcher m = any.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String f = full.get(m.group().toUpperCase(java.util.Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(f == null ? m.group() : f + " "));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static Abbreviations load() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.tsv")) {
            if (in == null) throw new IllegalStateException("abbreviations.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length == 2) m.put(f[0].strip().toUpperCase(java.util.Locale.ROOT), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Abbreviations(m);
    }
}
