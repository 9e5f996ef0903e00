package io.planex.index;

/**
 * What to search for: free text (may be null) and an optional cited symbol, however it is printed.
 */
public record SearchRequest(String query, String cites, int limit) {
    public SearchRequest {
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
}
