package io.planex.index;

import java.util.List;

/**
 * A summary of an index: how many documents, the most cited directives (canonical symbols), the most frequent
 * issuers, levels, years and types (document counts), and the number of dated deadlines per month ("2023-12"),
 * in month order.
 */
public record IndexStats(long documents, List<FacetCount> directives, List<FacetCount> issuers,
                         List<FacetCount> levels, List<FacetCount> years, List<FacetCount> types,
                         List<FacetCount> deadlinesByMonth) {
    public IndexStats {
        directives = List.copyOf(directives);
        issuers = List.copyOf(issuers);
        levels = List.copyOf(levels);
        years = List.copyOf(years);
        types = List.copyOf(types);
        deadlinesByMonth = List.copyOf(deadlinesByMonth);
    }
}
