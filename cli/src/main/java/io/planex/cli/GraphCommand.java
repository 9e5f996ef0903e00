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

    @Override
    public Integer call() {
        CitationGraph graph = index.ask(searcher -> searcher.graph());
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
