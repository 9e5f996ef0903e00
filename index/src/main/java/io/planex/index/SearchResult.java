package io.planex.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: total number of matching documents, the top hits, and the counts of each facet asked
 * for (dimension -> values by descending count), in the order asked.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        if (facets != null) facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Map.of());
    }
}
