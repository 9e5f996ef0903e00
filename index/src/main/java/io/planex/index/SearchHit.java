package io.planex.index;

import java.util.List;

/**
 * One search result. {@code paths}: every path the document was found at (identical files are one document),
 * the first one first; empty for records indexed without paths.
 */
public record SearchHit(String id, String file, String symbol, String title, String issuer, String date,
                        float score, List<String> snippets, List<String> paths) {
    public SearchHit {
        snippets = List.copyOf(snippets);
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    public SearchHit(String id, String file, String symbol, String title, String issuer, String date, float score,
                     List<String> snippets) {
        this(id, file, symbol, title, issuer, date, score, snippets, List.of());
    }
}
