package io.planex.index;

import io.planex.extract.model.CitationKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document symbols a free-text query holds ("57-KL/TW", "57- kl/tw", "211/KH-TU", "27/2019/QĐ-UBND"), as
 * citation keys, and the words left around them. Typed as text, a symbol falls apart into "57", "kl", "tw", which
 * match far more documents than cite it; recognised, it matches the documents citing it (or bearing it) first.
 *
 * @param keys    canonical keys of the symbols found, in order, without repeats
 * @param symbols the symbols as typed
 * @param rest    the query without them (blank when the query was only symbols)
 */
public record QuerySymbols(List<String> keys, List<String> symbols, String rest) {
    /** A number, an optional year, then type and issuer parts joined by '-' or '/', spaces allowed around them. */
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\d/-])\\d{1,5}(?:\\s*/\\s*\\d{4})?\\s*[-/]\\s*\\p{L}[\\p{L}\\d.]*"
                    + "(?:\\s*[-/]\\s*[\\p{L}\\d][\\p{L}\\d.]*)+(?![\\p{L}\\d])");

    public QuerySymbols {
        keys = List.copyOf(keys);
        symbols = List.copyOf(symbols);
    }

    public static QuerySymbols of(String query) {
        if (query == null) return new QuerySymbols(List.of(), List.of(), "");
        Set<String> keys = new LinkedHashSet<>();
        List<String> symbols = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = SYMBOL.matcher(query);
        int last = 0;
        while (m.find()) {
            if (insideQuotes(query, m.start())) continue;
            var key = CitationKey.ofSymbol(m.group());
            if (key.isEmpty()) continue;
            keys.add(key.get());
            symbols.add(m.group());
            rest.append(query, last, m.start()).append(' ');
            last = m.end();
        }
        rest.append(query.substring(last));
        return new QuerySymbols(new ArrayList<>(keys), symbols, rest.toString().replaceAll("\\s+", " ").strip());
    }

    public boolean any() {
        return !keys.isEmpty();
    }

    /** A "quoted phrase" is searched as typed. */
    private static boolean insideQuotes(String s, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) if (s.charAt(i) == '"') quotes++;
        return quotes % 2 == 1;
    }
}
