package io.planex.index.live;

import io.planex.index.PlanSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A read-only index that follows the commits of a running {@code planex ingest}: at most once per
 * {@code checkEvery} a request looks at the directory's last commit generation (a file listing, no reading),
 * and when it moved, opens a view of the new commit and retires the old one once its last request is done.
 * Never writes and never takes the write lock, so an ingest can run beside it.
 */
public final class LiveIndex implements SearchSource {
    private final Path dir;
    private final Directory directory;
    private final long checkEveryNanos;
    private volatile IndexView current;
    private volatile long lastCheck;
    private volatile boolean closed;

    private LiveIndex(Path dir, Directory directory, Duration checkEvery, IndexView first) {
        this.dir = dir;
        this.directory = directory;
        this.checkEveryNanos = checkEvery.toNanos();
        this.current = first;
        this.lastCheck = System.nanoTime();
    }

    /** Opens the index at {@code dir}; fails with a clear message when there is none. */
    public static LiveIndex open(Path dir, Duration checkEvery) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no index at " + dir + " (run planex ingest first)");
        Directory directory = FSDirectory.open(dir);
        try {
            IndexView first = openView(dir, directory);
            return new LiveIndex(dir, directory, checkEvery, first);
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IOException("no index at " + dir + " (run planex ingest first)", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexView openView(Path dir, Directory directory) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            // The planex searcher opens the same commit or, if one landed in between, a newer one: both are
            // consistent commits; the generation check below catches up with the newer one on the next request.
            PlanSearcher plans = PlanSearcher.open(dir);
            return new IndexView(plans, reader, reader.getIndexCommit().getGeneration());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The index folder. */
    public Path dir() {
        return dir;
    }

    @Override
    public <T> T read(Work<T> work) throws IOException {
        IndexView view = acquire();
        try {
            return work.apply(view);
        } finally {
            view.decRef();
        }
    }

    @Override
    public java.util.Optional<Path> folder() {
        return java.util.Optional.of(dir);
    }

    @Override
    public String describe() {
        return dir + " · commit " + generation();
    }

    private IndexView acquire() throws IOException {
        if (closed) throw new IllegalStateException("index closed");
        maybeRefresh();
        while (true) {
            IndexView v = current;
            if (v.tryIncRef()) return v;
            // Lost a race with a swap: the next current is already set.
        }
    }

    /** Checks now (ignoring the interval) whether a newer commit exists and switches to it. */
    public void refresh() throws IOException {
        lastCheck = System.nanoTime() - checkEveryNanos - 1;
        maybeRefresh();
    }

    private void maybeRefresh() throws IOException {
        long now = System.nanoTime();
        if (now - lastCheck < checkEveryNanos) return;
        synchronized (this) {
            if (now - lastCheck < checkEveryNanos) return;
            lastCheck = now;
            long latest;
            try {
                latest = SegmentInfos.getLastCommitGeneration(directory);
            } catch (IOException e) {
                return; // a commit being written or cleaned up: keep serving the current view
            }
            if (latest <= current.generation()) return;
            IndexView fresh = openView(dir, directory);
            IndexView old = current;
            current = fresh;
            old.decRef();
        }
    }

    /** The generation currently served (for tests and the overview page). */
    public long generation() {
        return current.generation();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            current.decRef();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            directory.close();
        }
    }
}
