package io.planex.index;

import java.util.List;

/** One search result. */
public record SearchHit(String id, String file, String symbol, String title, String issuer, String date,
                        float score, List<String> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
