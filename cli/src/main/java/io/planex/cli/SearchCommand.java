package io.planex.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.CitationKey;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchHit;
import io.planex.index.SearchRequest;
import io.planex.index.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** planex search: full text and cited-directive search over the index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the index by free text and/or cited directive.",
        footer = {"", "Examples:", "  planex search \"thong tin doi ngoai\"", "  planex search --cites 57-KL/TW --json"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "planex-data/index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--cites", paramLabel = "SYMBOL",
            description = "Only documents citing this directive, however it is written (57-KL/TW, 57- kl/tw).")
    String cites;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Free-text query; diacritics optional.")
    String query;

    @Override
    public Integer call() throws IOException {
        if (limit <= 0) throw new Errors.UserException("--limit must be a positive number, was " + limit);
        if (cites != null && CitationKey.ofSymbol(cites).isEmpty()) {
            throw new Errors.UserException("--cites: not a document symbol: '" + cites + "' (e.g. 57-KL/TW)");
        }
        SearchResult result;
        try (PlanSearcher searcher = PlanSearcher.open(index)) {
            result = searcher.search(new SearchRequest(query, cites, limit));
        } catch (IOException e) {
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

    static String toJson(SearchResult result) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("total", result.total());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : result.hits()) {
            ObjectNode n = hits.addObject();
            n.put("file", h.file());
            n.put("symbol", h.symbol());
            n.put("title", h.title());
            n.put("issuer", h.issuer());
            n.put("date", h.date());
            n.put("score", h.score());
            ArrayNode s = n.putArray("snippets");
            h.snippets().forEach(s::add);
        }
        return root.toString();
    }

    private static void printTable(PrintWriter out, SearchResult result) {
        out.printf("%d document(s)%n", result.total());
        int i = 1;
        for (SearchHit h : result.hits()) {
            out.printf("%n%2d. %s  [%s]  score %.2f%n", i++, h.file(), nz(h.symbol()), h.score());
            if (h.title() != null) out.printf("    %s%n", h.title());
            out.printf("    %s  %s%n", nz(h.issuer()), nz(h.date()));
            for (String s : h.snippets()) out.printf("    … %s …%n", s.replaceAll("\\s+", " "));
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
