package io.planex.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What to search for. Every part is optional (null) and the parts combine with AND: free text (Lucene classic
 * syntax, diacritics optional, "quoted phrases"), a cited directive and a directive carried out (symbols however
 * printed), issuer words, issuer level, type code, year, date range, unit words, deadline range (inclusive
 * bounds), facets to count, how many hits and facet values to return; {@code newestFirst} orders by date even
 * when there is text to rank by or a directive whose implementers would come first.
 */
public record SearchRequest(String query, String cites, String implementsSymbol, String issuer, IssuerLevel level,
                            String type, Integer year, LocalDate from, LocalDate to, String unit,
                            LocalDate deadlineAfter, LocalDate deadlineBefore, List<String> facets, int limit,
                            int facetLimit, boolean newestFirst) {
    public SearchRequest {
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive, was " + limit);
        if (facetLimit <= 0) throw new IllegalArgumentException("facet limit must be positive, was " + facetLimit);
        facets = facets == null ? List.of() : List.copyOf(facets);
        for (String f : facets) {
            if (!IndexFields.FACETS.contains(f)) {
                throw new IllegalArgumentException("unknown facet '" + f + "' (known: "
                        + String.join(", ", IndexFields.FACETS) + ")");
            }
        }
    }

    /** Free text and an optional cited symbol only. */
    public SearchRequest(String query, String cites, int limit) {
        this(query, cites, null, null, null, null, null, null, null, null, null, null, List.of(), limit, 10, false);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when the request has free text to rank by. */
    public boolean hasText() {
        return query != null && !query.isBlank();
    }

    /** Builds a request part by part. */
    public static final class Builder {
        private String query;
        private String cites;
        private String implementsSymbol;
        private String issuer;
        private IssuerLevel level;
        private String type;
        private Integer year;
        private LocalDate from;
        private LocalDate to;
        private String unit;
        private LocalDate deadlineAfter;
        private LocalDate deadlineBefore;
        private List<String> facets = List.of();
        private int limit = 10;
        private int facetLimit = 10;
        private boolean newestFirst;

        public Builder query(String v) { query = v; return this; }
        public Builder cites(String v) { cites = v; return this; }
        public Builder implementsSymbol(String v) { implementsSymbol = v; return this; }
        public Builder issuer(String v) { issuer = v; return this; }
        public Builder level(IssuerLevel v) { level = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder from(LocalDate v) { from = v; return this; }
        public Builder to(LocalDate v) { to = v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder deadlineAfter(LocalDate v) { deadlineAfter = v; return this; }
        public Builder deadlineBefore(LocalDate v) { deadlineBefore = v; return this; }
        public Builder facets(List<String> v) { facets = v; return this; }
        public Builder limit(int v) { limit = v; return this; }
        public Builder facetLimit(int v) { facetLimit = v; return this; }
        public Builder newestFirst(boolean v) { newestFirst = v; return this; }

        public SearchRequest build() {
            return new SearchRequest(query, cites, implementsSymbol, issuer, level, type, year, from, to, unit,
                    deadlineAfter, deadlineBefore, facets, limit, facetLimit, newestFirst);
        }
    }
}
