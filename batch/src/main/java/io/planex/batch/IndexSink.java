package io.planex.batch;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where a bulk ingest writes documents: the local Lucene index ({@link LuceneSink}) or another engine (SolrCloud).
 * Called from one thread at a time (the {@link Committer}).
 */
public interface IndexSink extends Closeable {
    /** Adds the record, or replaces the one with the same id (its content hash), with every path that holds it. */
    void put(PlanRecord record, String text, List<String> paths) throws IOException;

    /**
     * As {@link #put(PlanRecord, String, List)}, with where the text's pages start ({@code pages} null when not
     * known); a sink that keeps no page map ignores it.
     */
    default void put(PlanRecord record, String text, List<String> paths, PageMap pages) throws IOException {
        put(record, text, paths);
    }

    /** Removes the document with this id, if any. */
    void delete(String id) throws IOException;

    /**
     * Makes every put and delete so far durable, and returns only when the store has acknowledged it: the ingest
     * commits its state right after, and the state must never be ahead of the index. {@code userData} is the
     * ingest's bookkeeping, kept with the commit where the store allows it.
     */
    void commit(Map<String, String> userData) throws IOException;
}
