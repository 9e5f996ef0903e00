package io.planex.index.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.index.FacetCount;
import io.planex.index.IndexStats;
import io.planex.index.SearchHit;
import io.planex.index.SearchResult;
import java.util.List;
import java.util.Map;

/**
 * The JSON contracts of the index's answers, shared by the command line ({@code search --json},
 * {@code stats --json}) and the web API so that both print exactly the same thing.
 */
public final class IndexJson {
    private IndexJson() {}

    /** {@code {"total":N,"hits":[{"id","file","symbol","title","issuer","date","score","snippets"}],"facets":{...}}}. */
    public static String searchResult(SearchResult result) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("total", result.total());
        root.put("shown", result.hits().size());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : result.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("file", h.file());
            ArrayNode paths = n.putArray("paths");
            h.paths().forEach(paths::add);
            n.put("symbol", h.symbol());
            n.put("title", h.title());
            n.put("issuer", h.issuer());
            n.put("date", h.date());
            n.put("score", h.score());
            ArrayNode s = n.putArray("snippets");
            h.snippets().forEach(s::add);
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, List<FacetCount>> e : result.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey());
            for (FacetCount c : e.getValue()) values.addObject().put("value", c.value()).put("count", c.count());
        }
        return root.toString();
    }

    /** {@code {"documents":N,"directives":[{"value","count"}],"issuers",...,"deadlinesByMonth"}}. */
    public static String stats(IndexStats s) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("documents", s.documents());
        put(root, "directives", s.directives());
        put(root, "issuers", s.issuers());
        put(root, "levels", s.levels());
        put(root, "years", s.years());
        put(root, "types", s.types());
        put(root, "deadlinesByMonth", s.deadlinesByMonth());
        return root.toString();
    }

    private static void put(ObjectNode root, String name, List<FacetCount> counts) {
        ArrayNode a = root.putArray(name);
        for (FacetCount c : counts) a.addObject().put("value", c.value()).put("count", c.count());
    }
}
