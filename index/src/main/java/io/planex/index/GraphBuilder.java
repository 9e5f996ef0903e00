package io.planex.index;

import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.PlanRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Builds the citation graph from every stored record, whichever engine stores them: documents become nodes, a
 * cited key becomes the node of the document with that symbol, else a directive node. Keeps only what the graph
 * needs per document (records' units and deadlines weigh more).
 */
public final class GraphBuilder {
    private final IssuerLevels levels = IssuerLevels.defaults();
    private final List<GraphDoc> docs = new ArrayList<>();

    /** Adds one stored document. */
    public void add(String id, PlanRecord r) {
        String label = r.document().symbol() != null ? r.document().symbol() : r.source().file();
        if (r.document().title() != null) label = label + " " + shorten(r.document().title(), 120);
        String level = levels.infer(r.document().issuer(), r.document().symbol())
                .map(IssuerLevel::label).orElse(null);
        List<GraphCite> cites = new ArrayList<>(r.citations().size());
        for (Citation c : r.citations()) {
            cites.add(new GraphCite(c.key(), c.symbol(), c.implementing(), c.issuerCode()));
        }
        docs.add(new GraphDoc(id, label, level, CitationKey.ofSymbol(r.document().symbol()).orElse(null), cites));
    }

    /** The graph; {@code symbolOf} prints a citation key as the symbol most documents print. */
    public CitationGraph build(UnaryOperator<String> symbolOf) {
        docs.sort(Comparator.comparing(GraphDoc::id)); // deterministic output
        Map<String, String> nodeOfKey = new HashMap<>();
        List<CitationGraph.Node> nodes = new ArrayList<>();
        for (GraphDoc g : docs) {
            nodes.add(new CitationGraph.Node(g.id(), CitationGraph.Kind.DOCUMENT, g.label(), g.level()));
            if (g.ownKey() != null) nodeOfKey.putIfAbsent(g.ownKey(), g.id());
        }
        Map<String, CitationGraph.Node> stubs = new TreeMap<>();
        Set<CitationGraph.Edge> edges = new LinkedHashSet<>();
        for (GraphDoc g : docs) {
            for (GraphCite c : g.cites()) {
                String to = nodeOfKey.get(c.key());
                if (to == null) {
                    String symbol = symbolOf.apply(c.key());
                    if (c.key().equals(symbol) && c.symbol() != null) symbol = c.symbol();
                    String level = levels.ofCode(c.issuerCode()).map(IssuerLevel::label).orElse(null);
                    stubs.computeIfAbsent(symbol, id -> new CitationGraph.Node(id, CitationGraph.Kind.DIRECTIVE, id,
                            level));
                    to = symbol;
                }
                if (to.equals(g.id())) continue;
                edges.add(new CitationGraph.Edge(g.id(), to, c.implementing() ? "implements" : "cites"));
            }
        }
        nodes.addAll(stubs.values());
        return new CitationGraph(nodes, new ArrayList<>(edges));
    }

    private record GraphDoc(String id, String label, String level, String ownKey, List<GraphCite> cites) {}

    private record GraphCite(String key, String symbol, boolean implementing, String issuerCode) {}

    private static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
