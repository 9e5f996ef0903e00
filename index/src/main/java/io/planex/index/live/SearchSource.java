package io.planex.index.live;

import java.io.Closeable;
import java.io.IOException;

/**
 * What a long-running reader (the web app) reads through, whatever engine holds the documents: the local index
 * following a running ingest's commits ({@link LiveIndex}) or a SolrCloud collection. Each request works on one
 * {@link SearchView}, which stays consistent for the request's duration.
 */
public interface SearchSource extends Closeable {
    /** Runs {@code work} on the newest view, holding it open for the duration. */
    <T> T read(Work<T> work) throws IOException;

    /** Where the documents are, for people: the index folder and its commit, or the collection. */
    String describe();

    /** The local folder the documents are in, beside which ingest leaves its last-run summary; none for Solr. */
    default java.util.Optional<java.nio.file.Path> folder() {
        return java.util.Optional.empty();
    }

    /** What a request does with a view. */
    interface Work<T> {
        T apply(SearchView view) throws IOException;
    }
}
