package io.planex.solr;

import io.planex.index.live.SearchSource;
import io.planex.index.live.SearchView;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A SolrCloud collection as the web app reads it ({@code planex serve --solr}): every request goes to the
 * collection, so an ingest's commits show as soon as Solr has made them visible. What a view keeps (the citation
 * graph, the printed symbols of directives) is dropped at most {@code checkEvery} after it was computed, as
 * {@link io.planex.index.live.LiveIndex} drops it when a new commit appears: Solr offers no cheap commit
 * generation for a whole collection to compare against.
 */
public final class SolrSource implements SearchSource {
    private final SolrConnection solr;
    private final SolrTarget target;
    private final long checkEveryNanos;
    private volatile View current;

    private SolrSource(SolrConnection solr, SolrTarget target, Duration checkEvery) {
        this.solr = solr;
        this.target = target;
        this.checkEveryNanos = checkEvery.toNanos();
        this.current = new View(new SolrSearcher(solr, false), System.nanoTime());
    }

    /** Connects to the target's collection; fails with a clear message when it does not exist. */
    public static SolrSource open(SolrTarget target, Duration checkEvery) throws IOException {
        SolrConnection c = SolrConnection.open(target);
        try {
            SolrSource s = new SolrSource(c, target, checkEvery);
            s.current.searcher.documentCount();
            return s;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw new IOException("cannot search " + target.describe() + ": " + SolrConnection.rootMessage(e)
                    + " (create it with planex solr init)", e);
        }
    }

    @Override
    public <T> T read(Work<T> work) throws IOException {
        View v = current;
        long now = System.nanoTime();
        if (now - v.created >= checkEveryNanos) {
            v = new View(new SolrSearcher(solr, false), now);
            current = v;
        }
        return work.apply(v);
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public void close() throws IOException {
        solr.close();
    }

    /** A searcher (which caches the directives' printed symbols) and memos, for one interval. */
    private static final class View implements SearchView {
        private final SolrSearcher searcher;
        private final long created;
        private final ConcurrentHashMap<String, Object> memo = new ConcurrentHashMap<>();

        View(SolrSearcher searcher, long created) {
            this.searcher = searcher;
            this.created = created;
        }

        @Override
        public SolrSearcher backend() {
            return searcher;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T memo(String key, Function<SearchView, T> compute) {
            return (T) memo.computeIfAbsent(key, k -> compute.apply(this));
        }
    }
}
