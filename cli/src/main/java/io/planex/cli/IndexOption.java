package io.planex.cli;

import io.planex.index.PlanSearcher;
import io.planex.index.SearchBackend;
import io.planex.solr.SolrSearcher;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --index} (or {@code --solr ... --collection}) option of the commands that read an index (search, show, graph, stats), and the one way
 * they open it: a missing or unreadable index is a one-line user error, never a stack trace.
 */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "planex-data/index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    /** Or a SolrCloud collection: the same questions, the same answers. */
    @Mixin
    SolrOptions solr;

    /** The local index folder, for commands that do not read a Solr collection yet (deadlines, serve). */
    Path localIndex(String command) {
        if (solr.enabled()) {
            throw new Errors.UserException(command + " reads the local index only; --solr, --solr-url and "
                    + "--collection are for ingest, search, show, graph and stats");
        }
        return index;
    }

    /** A question put to an open searcher. */
    interface Query<T> {
        T ask(SearchBackend searcher) throws IOException;
    }

    /** Opens the index, asks, closes it. */
    <T> T ask(Query<T> query) {
        try (SearchBackend searcher = solr.enabled() ? SolrSearcher.open(solr.target()) : PlanSearcher.open(index)) {
            return query.ask(searcher);
        } catch (IOException e) {
            throw new Errors.UserException(e.getMessage(), e);
        }
    }
}
