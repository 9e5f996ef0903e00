package io.planex.cli;

import io.planex.index.PlanSearcher;
import io.planex.index.SearchBackend;
import io.planex.index.live.LiveIndex;
import io.planex.index.live.SearchSource;
import io.planex.solr.SolrSearcher;
import io.planex.solr.SolrSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --index} (or {@code --solr ... --collection}) option of the commands that read an index (search, show,
 * graph, stats, deadlines, serve), and the one way
 * they open it: a missing or unreadable index is a one-line user error, never a stack trace.
 */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "planex-data/index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    /** Or a SolrCloud collection: the same questions, the same answers. */
    @Mixin
    SolrOptions solr;

    /** A source for a long-running reader (serve): the local index following its commits, or the collection. */
    SearchSource source(Duration checkEvery) {
        try {
            return solr.enabled() ? SolrSource.open(solr.target(), checkEvery) : LiveIndex.open(index, checkEvery);
        } catch (IOException e) {
            throw new Errors.UserException(e.getMessage(), e);
        }
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
