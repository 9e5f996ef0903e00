package io.planex.cli;

import io.planex.index.FacetCount;
import io.planex.index.IndexStats;
import io.planex.index.json.IndexJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** planex stats: a summary of the index. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Summarises the index.",
            "Documents, most cited directives, issuers, levels, years, types (counts of documents) and dated",
            "deadlines per month (counts of deadlines)."},
        footer = {"", "Example:", "  planex stats --json"})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Directives, issuers and types to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (top <= 0) throw new Errors.UserException("--top must be a positive number, was " + top);
        IndexStats stats = index.ask(searcher -> searcher.stats(top));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(stats));
        } else {
            out.printf("documents: %d%n", stats.documents());
            section(out, "directives most cited", stats.directives());
            section(out, "issuers", stats.issuers());
            section(out, "levels", stats.levels());
            section(out, "years", stats.years());
            section(out, "types", stats.types());
            section(out, "deadlines by month", stats.deadlinesByMonth());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String toJson(IndexStats s) {
        return IndexJson.stats(s);
    }

    private static void section(PrintWriter out, String title, List<FacetCount> counts) {
        out.printf("%n%s:%n", title);
        if (counts.isEmpty()) out.println("  (none)");
        for (FacetCount c : counts) out.printf("  %6d  %s%n", c.count(), c.value());
    }
}
