package io.planex.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * What the last runs saw: for each file (by {@link PathKeys key}) its size, mtime, content hash and outcome, and
 * for each hash the files that hold it. Kept in an MVStore file inside the index folder (Lucene ignores files
 * that do not look like its own), so deleting the index deletes the state with it.
 *
 * <p>Crash safety: changes become durable only at {@link #commit()}, which the ingest calls right after the
 * index commit. The state is therefore never ahead of the index; when it is behind (a crash between the two
 * commits) the next run redoes those files, and since the index replaces documents by id, redoing is harmless.
 */
final class StateStore implements AutoCloseable {
    static final String FILE_NAME = "planex-state.mv.db";

    /** One file's last known state. {@code sha256} is null for failures found before hashing. */
    record Entry(long size, long mtime, String status, String sha256, String reason, int pages) {
        boolean ok() {
            return "ok".equals(status);
        }

        String encode() {
            return size + "\t" + mtime + "\t" + status + "\t" + nz(sha256) + "\t" + nz(reason) + "\t" + pages;
        }

        static Entry decode(String s) {
            String[] f = s.split("\t", -1);
            return new Entry(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], nn(f[3]), nn(f[4]),
                    Integer.parseInt(f[5]));
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static String nn(String s) {
            return s.isEmpty() ? null : s;
        }
    }

    /** Chunks less full than this (percent) have their live pages moved, and are then freed. */
    private static final int COMPACT_FILL_RATE = 80;
    /** At most this much is rewritten per commit, so that one commit never stalls the ingest for long. */
    private static final int COMPACT_WRITE_BYTES = 4 << 20;

    private final MVStore store;
    private final MVMap<String, String> files;
    /** Keys {@code sha256 + '\n' + pathKey}: a multimap from content to the files that hold it. */
    private final MVMap<String, String> bySha;

    private StateStore(MVStore store) {
        this.store = store;
        this.files = store.openMap("files");
        this.bySha = store.openMap("bySha");
    }

    /** Opens (creating) the state of the index in {@code indexDir}. Fails if another process has it open. */
    static StateStore open(Path indexDir) {
        return open(indexDir, -1);
    }

    /** As {@link #open(Path)}, with the store's retention time in milliseconds (-1: H2's default); for tests. */
    static StateStore open(Path indexDir, int retentionMillis) {
        try {
            MVStore store = new MVStore.Builder()
                    .fileName(indexDir.resolve(FILE_NAME).toString())
                    .autoCommitDisabled()
                    .cacheSize(16)
                    .open();
            if (retentionMillis >= 0) store.setRetentionTime(retentionMillis);
            return new StateStore(store);
        } catch (MVStoreException e) {
            throw new IllegalStateException("cannot open ingest state " + indexDir.resolve(FILE_NAME) + ": "
                    + e.getMessage(), e);
        }
    }

    Entry get(String key) {
        String v = files.get(key);
        return v == null ? null : Entry.decode(v);
    }

    void put(String key, Entry entry) {
        files.put(key, entry.encode());
        if (entry.sha256() != null && entry.ok()) bySha.put(entry.sha256() + "\n" + key, "");
    }

    /** Forgets a file; returns what it was. */
    Entry remove(String key) {
        String v = files.remove(key);
        if (v == null) return null;
        Entry e = Entry.decode(v);
        if (e.sha256() != null) bySha.remove(e.sha256() + "\n" + key);
        return e;
    }

    /** The files known to hold this content, in key order. */
    List<String> paths(String sha256) {
        List<String> out = new ArrayList<>();
        String prefix = sha256 + "\n";
        Iterator<String> it = bySha.keyIterator(prefix);
        while (it.hasNext()) {
            String k = it.next();
            if (!k.startsWith(prefix)) break;
            out.add(k.substring(prefix.length()));
        }
        return out;
    }

    /** Visits every known file key (a snapshot: safe to change the store meanwhile). */
    void forEachKey(Consumer<String> visitor) {
        MVMap<String, String> snapshot = files.openVersion(files.getVersion());
        Iterator<String> it = snapshot.keyIterator(null);
        while (it.hasNext()) visitor.accept(it.next());
    }

    long size() {
        return files.sizeAsLong();
    }

    /**
     * Makes the changes durable, then rewrites the live pages of mostly dead chunks. Without the second step the
     * file only grows: the hash map's keys are random, so every commit of a batch rewrites hundreds of its leaf
     * pages, and with the background writer off (autoCommitDisabled) nothing frees the chunks they leave
     * behind. 100,000 files made a 355 MB state file; with this, 67 MB, for under a second of compaction over
     * the run. Chunks younger than the store's retention time (45 s) are kept, which is what keeps a reader
     * of an older version safe.
     */
    void commit() {
        store.commit();
        if (store.compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES)) store.commit();
    }

    @Override
    public void close() {
        store.close();
    }
}
