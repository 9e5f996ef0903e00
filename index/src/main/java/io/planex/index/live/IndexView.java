package io.planex.index.live;

import io.planex.index.PlanSearcher;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * One commit of the index as a long-running reader sees it: a {@link PlanSearcher} for search, show, graph and
 * stats, and a plain Lucene searcher over the same commit for the queries planex's searcher does not offer
 * (deadline agenda, directive pages). Reference-counted by {@link LiveIndex}: a request that holds a view keeps
 * it open while a newer commit is swapped in.
 */
public final class IndexView implements SearchView {
    private final PlanSearcher plans;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final long generation;
    private final AtomicInteger refs = new AtomicInteger(1);
    /** Results that depend only on the commit (the citation graph): computed once per view. */
    private final ConcurrentHashMap<String, Object> memo = new ConcurrentHashMap<>();

    IndexView(PlanSearcher plans, DirectoryReader reader, long generation) {
        this.plans = plans;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.generation = generation;
    }

    @Override
    public PlanSearcher backend() {
        return plans;
    }

    public PlanSearcher plans() {
        return plans;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The Lucene commit generation this view reads. */
    public long generation() {
        return generation;
    }

    /** A value computed from this commit once and kept for the view's lifetime. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, Function<SearchView, T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.apply(this));
    }

    boolean tryIncRef() {
        while (true) {
            int n = refs.get();
            if (n <= 0) return false;
            if (refs.compareAndSet(n, n + 1)) return true;
        }
    }

    void decRef() throws IOException {
        if (refs.decrementAndGet() == 0) {
            try {
                plans.close();
            } finally {
                reader.close();
            }
        }
    }
}
