package io.planex.index;

/** One facet value and the number of matching documents that carry it. */
public record FacetCount(String value, long count) {}
