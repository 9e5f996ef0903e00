package io.planex.index;

import io.planex.index.deadline.DeadlineAgenda;
import io.planex.index.deadline.DeadlineFilter;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the commands that read an index ask of it, whatever engine holds it: the local Lucene index
 * ({@link PlanSearcher}) or a SolrCloud collection. Every engine gives the same answers in the same shapes.
 */
public interface SearchBackend extends Closeable {
    /** Number of documents. */
    long documentCount() throws IOException;

    /** Hits, total and facet counts of a request. */
    SearchResult search(SearchRequest request) throws IOException;

    /** The documents a reference names: an id or id prefix, a path as ingested, or a file name. */
    List<StoredDocument> find(String ref) throws IOException;

    /** The citation graph of every document. */
    CitationGraph graph() throws IOException;

    /** Summary counts; {@code top} bounds the directive, issuer and type lists. */
    IndexStats stats(int top) throws IOException;

    /** The deadline agenda: the filtered deadlines of every document, in date order ({@link DeadlineAgenda}). */
    DeadlineAgenda.Result deadlines(DeadlineFilter filter) throws IOException;

    /** The document whose own symbol has this citation key (a directive's page), if one is indexed. */
    Optional<StoredDocument> bearing(String citationKey) throws IOException;

    /** The symbol printed for a citation key: the form most citing documents print. */
    String symbolOf(String citationKey) throws IOException;
}
