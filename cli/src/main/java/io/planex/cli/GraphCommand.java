package io.planex.cli;

import io.planex.index.CitationGraph;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** planex graph: the citation graph of the index. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Exports the citation graph as JSON, DOT or GraphML.",
            "Documents and the directives they cite are nodes, with 'cites' and 'implements' edges. A cited",
            "directive that is itself in the index is its document's node; others are stub nodes whose id is",
            "their symbol. Draw the chain centre -> province -> district -> commune with Graphviz or any",
            "GraphML tool."},
        footer = {"", "Examples:", "  planex graph --format dot | dot -Tsvg > graph.svg",
            "  planex graph --cites 57-KL/TW --format dot | dot -Tsvg > kl57.svg",
            "  planex graph --around 3f2a9c1e --depth 2 --format dot",
            "  planex graph --format graphml > graph.graphml"})
final class GraphCommand implements Callable<Integer> {
    enum Format { json, dot, graphml }

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, dot or graphml (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--cites", paramLabel = "SYMBOL",
            description = "Only this directive (any spelling) and the documents citing it (--around SYMBOL --depth 1).")
    String cites;

    @Option(names = "--around", paramLabel = "ID|SYMBOL",
            description = "Only the nodes within --depth edges of this document (id or id prefix) or directive.")
    String around;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Edges to follow from --around or --cites, either direction (default: ${DEFAULT-VALUE}).")
    int depth;

    @Override
    public Integer call() {
        if (cites != null && around != null) throw new Errors.UserException("give --cites or --around, not both");
        if (depth < 0) throw new Errors.UserException("--depth must be 0 or more, was " + depth);
        CitationGraph whole = index.ask(searcher -> searcher.graph());
        String ref = cites != null ? cites : around;
        CitationGraph graph = ref == null ? whole : whole.around(ref.strip(), depth);
        if (ref != null && graph.nodes().isEmpty()) {
            throw new Errors.UserException("no document or directive '" + ref + "' in the graph");
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                graph.writeJson(out);
                out.println();
            }
            case dot -> graph.writeDot(out);
            case graphml -> graph.writeGraphMl(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
