package io.planex.web;

import io.planex.extract.model.CitationKey;
import io.planex.index.IndexFields;
import io.planex.index.IssuerLevel;
import io.planex.index.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameters of {@code /api/search} and the search page, named as {@code planex search}'s options
 * ({@code q} for the query, {@code cites}, {@code implements}, {@code issuer}, {@code level}, {@code type},
 * {@code year}, {@code from}, {@code to}, {@code unit}, {@code deadline-before}, {@code deadline-after},
 * {@code facet}, {@code facet-limit}, {@code limit}), checked the same way and bounded: a query of at most
 * {@value #MAX_QUERY} characters, other values of at most {@value #MAX_VALUE}, at most {@value #MAX_LIMIT} hits.
 */
final class SearchParams {
    static final int MAX_QUERY = 500;
    static final int MAX_VALUE = 200;
    static final int MAX_LIMIT = 1000;
    static final int MAX_FACET_LIMIT = 200;

    /** The filter parameters, in the order the page shows them as chips. */
    static final List<String> FILTERS = List.of("cites", "implements", "issuer", "level", "type", "year", "from",
            "to", "unit", "deadline-after", "deadline-before");

    private SearchParams() {}

    /** Reads a request; {@code get} returns a parameter's value or null. */
    static SearchRequest parse(Function<String, String> get, int defaultLimit, List<String> defaultFacets) {
        String q = value(get, "q", MAX_QUERY);
        String cites = symbol("cites", value(get, "cites", MAX_VALUE));
        String impl = symbol("implements", value(get, "implements", MAX_VALUE));
        IssuerLevel level = null;
        String lv = value(get, "level", MAX_VALUE);
        if (lv != null) {
            level = IssuerLevel.ofLabel(lv).orElseThrow(() -> HttpError.badRequest(
                    "level: unknown level '" + lv + "' (central, province, district, commune)"));
        }
        Integer year = null;
        String y = value(get, "year", 4);
        if (y != null) {
            try {
                year = Integer.valueOf(y);
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("year: not a year: '" + y + "'");
            }
        }
        int limit = number(get, "limit", defaultLimit, MAX_LIMIT);
        int facetLimit = number(get, "facet-limit", 10, MAX_FACET_LIMIT);
        List<String> facets = new ArrayList<>();
        String f = value(get, "facet", MAX_VALUE);
        if (f == null) {
            facets.addAll(defaultFacets);
        } else {
            for (String part : f.split(",")) {
                String d = part.strip().toLowerCase(Locale.ROOT).replace('-', '_');
                if (d.isEmpty()) continue;
                if (!IndexFields.FACETS.contains(d)) {
                    throw HttpError.badRequest("facet: unknown facet '" + part.strip() + "' (known: "
                            + String.join(", ", IndexFields.FACETS) + ")");
                }
                if (!facets.contains(d)) facets.add(d);
            }
        }
        return SearchRequest.builder().query(q).cites(cites).implementsSymbol(impl)
                .issuer(value(get, "issuer", MAX_VALUE)).level(level).type(value(get, "type", MAX_VALUE)).year(year)
                .from(date(get, "from")).to(date(get, "to")).unit(value(get, "unit", MAX_VALUE))
                .deadlineBefore(date(get, "deadline-before")).deadlineAfter(date(get, "deadline-after"))
                .facets(facets).limit(limit).facetLimit(facetLimit).build();
    }

    /** The filters present in a request, name -> value, in {@link #FILTERS} order. */
    static Map<String, String> filters(Function<String, String> get) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String v = get.apply(name);
            if (v != null && !v.isBlank()) out.put(name, v.strip());
        }
        return out;
    }

    /** A parameter's stripped value, null when absent or blank; too long is a 400. */
    static String value(Function<String, String> get, String name, int max) {
        String v = get.apply(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > max) throw HttpError.badRequest(name + ": longer than " + max + " characters");
        return v.strip();
    }

    static int number(Function<String, String> get, String name, int dflt, int max) {
        String v = value(get, name, 10);
        if (v == null) return dflt;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + ": not a number: '" + v + "'");
        }
        if (n <= 0) throw HttpError.badRequest(name + " must be a positive number, was " + n);
        if (n > max) throw HttpError.badRequest(name + " must be at most " + max + ", was " + n);
        return n;
    }

    static LocalDate date(Function<String, String> get, String name) {
        String v = value(get, name, 10);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name + ": not an ISO date (YYYY-MM-DD): '" + v + "'");
        }
    }

    private static String symbol(String name, String value) {
        if (value != null && CitationKey.ofSymbol(value).isEmpty()) {
            throw HttpError.badRequest(name + ": not a document symbol: '" + value + "' (e.g. 57-KL/TW)");
        }
        return value;
    }
}
