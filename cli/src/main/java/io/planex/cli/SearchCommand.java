package io.planex.cli;

import io.planex.extract.model.CitationKey;
import io.planex.index.FacetCount;
import io.planex.index.IndexFields;
import io.planex.index.IssuerLevel;
import io.planex.index.QueryTooLongException;
import io.planex.index.SearchHit;
import io.planex.index.SearchRequest;
import io.planex.index.SearchResult;
import io.planex.index.Snippets;
import io.planex.index.json.IndexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** planex search: free text, filters and facets over the index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the index: free text, filters and facets.",
            "Free text: diacritics optional, \"quoted phrases\", all words required; a document symbol in the text",
            "(57-KL/TW, any spelling) finds the documents citing it first. Filters combine with each other and",
            "with the text. Dates are ISO (YYYY-MM-DD), ranges inclusive. Without text, newest first (with --cites,",
            "the documents implementing it first)."},
        footer = {"", "Examples:", "  planex search \"quang ba du lich\" --year 2023 --level commune",
            "  planex search --cites 57-KL/TW --facet level,issuer",
            "  planex search --implements 57-KL/TW --json",
            "  planex search --issuer \"Hưng Yên\" --deadline-before 2023-12-15 --facet unit"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--cites", paramLabel = "SYMBOL",
            description = "Only documents citing this directive, however it is written (57-KL/TW, 57- kl/tw).")
    String cites;

    @Option(names = "--implements", paramLabel = "SYMBOL",
            description = "Only documents that carry this directive out (based on it, implementing it).")
    String implementsSymbol;

    @Option(names = "--issuer", paramLabel = "WORDS", description = "Issuer name contains these words (diacritics optional).")
    String issuer;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Issuer level: central, province, district, commune.")
    String level;

    @Option(names = "--type", paramLabel = "CODE", description = "Document type code (KH, QĐ, KL, ...).")
    String type;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of the document's date.")
    Integer year;

    @Option(names = "--from", paramLabel = "DATE", description = "Dated on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Dated on or before DATE.")
    String to;

    @Option(names = "--unit", paramLabel = "WORDS", description = "A responsible unit's name contains these words.")
    String unit;

    @Option(names = "--deadline-before", paramLabel = "DATE", description = "Has a deadline on or before DATE.")
    String deadlineBefore;

    @Option(names = "--deadline-after", paramLabel = "DATE", description = "Has a deadline on or after DATE.")
    String deadlineAfter;

    @Option(names = "--facet", paramLabel = "DIMS", split = ",",
            description = "Count matches by: cites, issuer, level, year, unit, type, deadline_month.")
    List<String> facets = new ArrayList<>();

    @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "10",
            description = "Values per facet (default: ${DEFAULT-VALUE}).")
    int facetLimit;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default: text matches by score; with --cites, documents implementing the "
                    + "directive first, then newest; otherwise newest first) or newest (by date only).")
    String sort;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Free-text query; several words are joined.")
    List<String> query = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        SearchRequest request = request();
        SearchResult result;
        try {
            result = index.ask(searcher -> searcher.search(request));
        } catch (QueryTooLongException e) {
            throw new Errors.UserException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(result));
        } else {
            printTable(out, result);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private SearchRequest request() {
        if (limit <= 0) throw new Errors.UserException("--limit must be a positive number, was " + limit);
        if (facetLimit <= 0) throw new Errors.UserException("--facet-limit must be a positive number, was " + facetLimit);
        symbol("--cites", cites);
        symbol("--implements", implementsSymbol);
        IssuerLevel lvl = null;
        if (level != null) {
            lvl = IssuerLevel.ofLabel(level).orElseThrow(() -> new Errors.UserException(
                    "--level: unknown level '" + level + "' (central, province, district, commune)"));
        }
        List<String> dims = new ArrayList<>();
        for (String f : facets) {
            String d = f.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
            if (d.isEmpty()) continue;
            if (!IndexFields.FACETS.contains(d)) {
                throw new Errors.UserException("--facet: unknown facet '" + f + "' (known: "
                        + String.join(", ", IndexFields.FACETS) + ")");
            }
            if (!dims.contains(d)) dims.add(d);
        }
        String text = query.isEmpty() ? null : String.join(" ", query);
        if (!List.of("relevance", "newest").contains(sort)) {
            throw new Errors.UserException("--sort must be relevance or newest, not '" + sort + "'");
        }
        return SearchRequest.builder().query(text).cites(cites).implementsSymbol(implementsSymbol)
                .issuer(blankToNull(issuer)).level(lvl).type(blankToNull(type)).year(year)
                .from(date("--from", from)).to(date("--to", to)).unit(blankToNull(unit))
                .deadlineBefore(date("--deadline-before", deadlineBefore))
                .deadlineAfter(date("--deadline-after", deadlineAfter))
                .facets(dims).limit(limit).facetLimit(facetLimit).newestFirst(sort.equals("newest")).build();
    }

    private static void symbol(String option, String value) {
        if (value != null && CitationKey.ofSymbol(value).isEmpty()) {
            throw new Errors.UserException(option + ": not a document symbol: '" + value + "' (e.g. 57-KL/TW)");
        }
    }

    private static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Errors.UserException(option + ": not an ISO date (YYYY-MM-DD): '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String toJson(SearchResult result) {
        return IndexJson.searchResult(result);
    }

    private static void printTable(PrintWriter out, SearchResult result) {
        out.printf("%d document(s)%s%n", result.total(), result.hits().size() < result.total()
                ? String.format(", %d shown (--limit N for more)", result.hits().size()) : "");
        int i = 1;
        for (SearchHit h : result.hits()) {
            String score = h.score() > 0 ? String.format(java.util.Locale.ROOT, "  score %.2f", h.score()) : "";
            out.printf("%n%2d. %s  [%s]%s  id %s%n", i++, h.file(), nz(h.symbol()), score,
                    h.id().substring(0, Math.min(12, h.id().length())));
            if (!h.paths().isEmpty()) {
                int more = h.paths().size() - 1;
                out.printf("    %s%s%n", h.paths().get(0), more > 0 ? "  (+" + more + " more path"
                        + (more > 1 ? "s" : "") + ", planex show " + h.id().substring(0, 12) + ")" : "");
            }
            if (h.title() != null) out.printf("    %s%n", h.title().replaceAll("\\s+", " "));
            out.printf("    %s  %s%n", nz(h.issuer()), nz(h.date()));
            for (String s : h.snippets()) {
                out.printf("    > %s%n", s.replace(Snippets.OPEN, "«").replace(Snippets.CLOSE, "»"));
            }
        }
        for (Map.Entry<String, List<FacetCount>> e : result.facets().entrySet()) {
            out.printf("%n%s:%n", e.getKey());
            if (e.getValue().isEmpty()) out.println("  (none)");
            for (FacetCount c : e.getValue()) out.printf("  %6d  %s%n", c.count(), c.value());
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
