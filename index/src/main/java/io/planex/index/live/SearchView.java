package io.planex.index.live;

import io.planex.index.SearchBackend;
import java.util.function.Function;

/** One state of the documents as a long-running reader sees it, with what was computed from that state. */
public interface SearchView {
    /** The searcher of this state: search, show, graph, stats, deadlines, directives. */
    SearchBackend backend();

    /** A value computed from this state once and kept while the view is current (the citation graph). */
    <T> T memo(String key, Function<SearchView, T> compute);
}
