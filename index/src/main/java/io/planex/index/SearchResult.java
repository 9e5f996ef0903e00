package io.planex.index;

import java.util.List;

/** The answer to a search: total number of matching documents and the top hits. */
public record SearchResult(long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
