package io.planex.solr;

import io.planex.batch.IndexSink;
import io.planex.extract.model.PlanRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

/**
 * A SolrCloud collection as an ingest's sink: documents are sent in batches (by count and by size), each batch
 * retried with back-off until Solr takes it; {@link #commit} ends with a hard commit that Solr has acknowledged,
 * so the ingest state committed after it never runs ahead of the collection. Every update replaces by id (the
 * content hash), so a batch sent twice (a retry after a lost answer, a re-run after kill -9) changes nothing.
 */
public final class SolrSink implements IndexSink {
    static final int BATCH_DOCS = 100;
    static final long BATCH_CHARS = 8L << 20;

    private final SolrConnection solr;
    private final Backoff backoff;
    private final boolean ownConnection;
    private final List<SolrInputDocument> adds = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();
    private long addChars;

    /** Connects to the target's collection; fails with a clear message when it cannot be reached or is missing. */
    public static SolrSink open(SolrTarget target, PrintStream log) throws IOException {
        SolrConnection c = SolrConnection.open(target);
        try {
            new SolrSearcher(c, false).documentCount();
        } catch (IOException | RuntimeException e) {
            c.close();
            throw new IOException("cannot write to " + target.describe() + ": " + SolrConnection.rootMessage(e)
                    + " (create it with planex solr init)", e);
        }
        return new SolrSink(c, log, true);
    }

    /** Writes through {@code solr}; closes it when {@code ownConnection}. */
    public SolrSink(SolrConnection solr, PrintStream log, boolean ownConnection) {
        this(solr, Backoff.standard(log), ownConnection);
    }

    SolrSink(SolrConnection solr, Backoff backoff, boolean ownConnection) {
        this.solr = solr;
        this.backoff = backoff;
        this.ownConnection = ownConnection;
    }

    @Override
    public void put(PlanRecord record, String text, List<String> paths) throws IOException {
        if (!deletes.isEmpty()) flush(); // keep the order of a delete and a later put of the same id
        adds.add(SolrDocuments.of(record, text, paths));
        addChars += (text == null ? 0 : text.length() * 3L) + 4096;
        if (adds.size() >= BATCH_DOCS || addChars >= BATCH_CHARS) flush();
    }

    @Override
    public void delete(String id) throws IOException {
        if (!adds.isEmpty()) flush();
        deletes.add(id);
        if (deletes.size() >= BATCH_DOCS * 10) flush();
    }

    /** Sends what is buffered. */
    void flush() throws IOException {
        if (!adds.isEmpty()) {
            UpdateRequest add = new UpdateRequest();
            add.add(adds);
            backoff.run("sending " + adds.size() + " documents to " + solr.collection(), () -> solr.process(add));
            adds.clear();
            addChars = 0;
        }
        if (!deletes.isEmpty()) {
            UpdateRequest delete = new UpdateRequest();
            delete.deleteById(new ArrayList<>(deletes));
            backoff.run("deleting " + deletes.size() + " documents from " + solr.collection(),
                    () -> solr.process(delete));
            deletes.clear();
        }
    }

    @Override
    public void commit(Map<String, String> userData) throws IOException {
        flush();
        backoff.run("committing " + solr.collection(), () -> {
            UpdateRequest commit = new UpdateRequest();
            commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            return solr.process(commit);
        });
    }

    @Override
    public void close() throws IOException {
        // Nothing buffered is committed here: what was not committed is redone by the next run.
        adds.clear();
        deletes.clear();
        if (ownConnection) solr.close();
    }
}
