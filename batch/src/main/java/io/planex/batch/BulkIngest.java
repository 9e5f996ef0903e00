package io.planex.batch;

import io.planex.index.IndexInUseException;
import io.planex.index.PlanIndex;
import io.planex.index.ingestrun.LastIngest;
import io.planex.ingest.OcrMode;
import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingests folder trees into a planex index: a lazy walk feeds a bounded queue; a fixed number of threads read
 * files (in worker JVMs, each file under a time limit) with at most two files per thread in flight; one
 * {@link Committer} writes index and state in batches. Memory therefore depends on the thread count and the
 * batch size, never on the number of files.
 *
 * <p>Incremental: a file whose path, size and mtime match the state is skipped unread; one whose size or mtime
 * changed is hashed, and read only if its content changed.
 */
public final class BulkIngest {
    private static final Candidate END = new Candidate(Path.of("/"), "", 0, 0, null, null, false);

    private final BulkOptions options;
    private final FileParser inProcessParser;
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
    /** Zips whose members this run listed, and those members' keys: what --prune judges members by. */
    private final java.util.Set<String> listedZips = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> listedMembers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public BulkIngest(BulkOptions options) {
        this(options, null);
    }

    /** With a parser for {@code --in-process} runs (tests); workers use {@link BulkOptions#parserClass()}. */
    BulkIngest(BulkOptions options, FileParser inProcessParser) {
        this.options = options;
        this.inProcessParser = inProcessParser;
    }

    /**
     * Asks a running ingest to stop (SIGINT, SIGTERM): it takes no more files, drops what is in flight (the next
     * run reads it), commits what is done, finishes the report and returns a summary marked interrupted. Safe from
     * any thread, before or during {@link #run}.
     */
    public void stop() {
        stopping.set(true);
    }

    /**
     * Runs the ingest. Returns the summary; throws {@link IndexBusyException} if another ingest holds the index,
     * IOException on a fatal index or state error (what was committed before stays).
     */
    public Summary run(List<Path> roots) throws IOException, InterruptedException {
        return run(roots, null);
    }

    /**
     * Runs the ingest into another sink (a SolrCloud collection) when {@code sink} is not null; the state lives in
     * {@link BulkOptions#index()} all the same, which then holds only the state. Closes the sink.
     */
    public Summary run(List<Path> roots, IndexSink sink) throws IOException, InterruptedException {
        return session(false, sink, (state, service, progress, committer) -> {
            RootCounts found = new RootCounts(roots);
            runPipeline(roots, state, service, progress, committer, found);
            if (options.prune() && !stopping.get()) prune(state, committer, found);
        });
    }

    /**
     * {@code ingest --from-json}: indexes JSON v1 records made elsewhere (an ExtractJob OUTPUT folder, NDJSON
     * part files, {@code planex extract --out} files) without reading any document, with the state, report and
     * commit cycle of {@link #run} (see {@link RecordFeed}). Options about reading files do not apply.
     */
    public Summary runFromJson(List<Path> inputs) throws IOException, InterruptedException {
        return runFromJson(inputs, null);
    }

    /**
     * {@link #runFromJson(List)} into another sink (a SolrCloud collection) when {@code sink} is not null, with
     * the state in {@link BulkOptions#index()} as for {@link #run(List, IndexSink)}. Closes the sink.
     */
    public Summary runFromJson(List<Path> inputs, IndexSink sink) throws IOException, InterruptedException {
        return session(true, sink, (state, service, progress, committer) ->
                new RecordFeed(options, state, progress, committer, stopping::get).feed(inputs));
    }

    /** What a run does between opening the index, state and committer and the final commit. */
    private interface Body {
        void run(StateStore state, ParseService service, Progress progress, Committer committer)
                throws IOException, InterruptedException;
    }

    /** Opens the sink (the local index unless one is given), state, workers and committer; runs; commits. */
    private Summary session(boolean recordsOnly, IndexSink given, Body body) throws IOException, InterruptedException {
        IndexSink sink = given;
        if (sink == null) {
            requireIndexFolder(options.index());
            Files.createDirectories(options.index());
            try {
                sink = new LuceneSink(PlanIndex.open(options.index()));
            } catch (IndexInUseException e) {
                throw new IndexBusyException("another planex ingest is writing to " + options.index()
                        + " (its write.lock is held); wait for it to finish", e);
            }
        }
        Files.createDirectories(options.index());
        try (IndexSink index = sink;
                StateStore state = openState();
                ParseService service = recordsOnly ? new NoFiles() : openService();
                Progress progress = new Progress(options.progress(), options.stderr());
                Committer committer = new Committer(options, index, state, service, progress)) {
            body.run(state, service, progress, committer);
            committer.commit();
            if (stopping.get()) committer.summary().interrupted(committer.dropped());
            committer.summary().finish();
            writeLastIngest(committer.summary());
            return committer.summary();
        }
    }

    /**
     * Leaves the run's summary beside the index for {@code planex serve}, which cannot read the state store while
     * an ingest holds it. A failure to write it costs the run nothing: the index and state are committed.
     */
    private void writeLastIngest(Summary summary) {
        try {
            summary.lastIngest().write(options.index());
        } catch (IOException | RuntimeException e) {
            options.stderr().println("planex: could not write " + options.index().resolve(LastIngest.FILE_NAME)
                    + " (the overview of planex serve will not show this run): " + e.getMessage());
        }
    }

    /**
     * Refuses an --index that is a file, or a folder holding anything but a planex index: opening it would mix
     * Lucene's files into someone's documents (and a later clean-up of the index would delete them).
     */
    static void requireIndexFolder(Path index) throws IOException {
        if (!Files.exists(index)) return;
        if (!Files.isDirectory(index)) throw new IOException("--index " + index + " is a file, not a folder");
        if (WalkRules.isPlanexIndex(index)) return;
        try (var entries = Files.list(index)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("segments") && !n.equals("write.lock")).limit(3).toList();
            if (!foreign.isEmpty()) {
                throw new IOException("--index " + index + " is a folder that is not a planex index (it holds "
                        + String.join(", ", foreign) + ", ...): give a new or empty folder");
            }
        }
    }

    private StateStore openState() {
        try {
            return StateStore.open(options.index());
        } catch (IllegalStateException e) {
            throw new IndexBusyException(e.getMessage(), e);
        }
    }

    private ParseService openService() throws IOException {
        if (options.inProcess()) {
            FileParser p = inProcessParser != null ? inProcessParser
                    : options.parserClass() == null ? new PlanFileParser(OcrMode.parse(options.ocrMode()))
                    : newParser(options.parserClass());
            return new InProcessService(p);
        }
        return new WorkerPool(options.threads(), options.workerHeapMb(), options.ocrMode(), options.parserClass(),
                options.maxFilesPerWorker());
    }

    private static FileParser newParser(String className) {
        if (className == null) return new PlanFileParser();
        try {
            return (FileParser) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no parser class " + className, e);
        }
    }

    /**
     * Counts the files under the roots on a thread of its own, so that progress has a total and an ETA long before
     * the lazy walk ends. Listing is cheap next to parsing (100,000 files in about a second); the count stops
     * when the ingest ends first.
     */
    private static void countAhead(List<Path> roots, WalkRules rules, Progress progress) {
        Thread counter = new Thread(() -> {
            long n = TreeWalker.count(roots, rules, progress::closed);
            if (n >= 0) progress.counted(n);
        }, "planex-count");
        counter.setDaemon(true);
        counter.start();
    }

    private void runPipeline(List<Path> roots, StateStore state, ParseService service, Progress progress,
                             Committer committer, RootCounts foundPerRoot) throws IOException, InterruptedException {
        BlockingQueue<Candidate> found = new ArrayBlockingQueue<>(1024);
        Thread walker = new Thread(() -> {
            try {
                new TreeWalker(c -> {
                    progress.found();
                    if (!c.isFailure() && !c.skipped()) foundPerRoot.found(c.key());
                    if (c.member() != null) listedMembers.add(c.key());
                    putUninterruptibly(found, c);
                }, options.walkRules(), listedZips::add).walk(roots);
            } finally {
                progress.walkFinished();
                putUninterruptibly(found, END);
            }
        }, "planex-walk");
        walker.setDaemon(true);
        walker.start();
        if (progress.shown()) countAhead(roots, options.walkRules(), progress);

        int permits = options.threads() * 2;
        Semaphore inFlight = new Semaphore(permits);
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "planex-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            while (fatal.get() == null && !stopping.get()) {
                Candidate c = found.poll(200, TimeUnit.MILLISECONDS);
                if (c == null) continue;
                if (c == END) break;
                if (c.skipped()) {
                    committer.skipped(c);
                    continue;
                }
                if (c.isFailure()) {
                    committer.failed(c, null, c.failureReason(), c.failureMessage(), 0);
                    continue;
                }
                StateStore.Entry known = state.get(c.key());
                if (known != null && known.size() == c.size() && known.mtime() == c.mtimeMillis()
                        && (known.ok() || !options.retryFailed())) {
                    committer.unchanged(c, known);
                    continue;
                }
                if (!acquire(inFlight)) break;
                pool.execute(() -> {
                    try {
                        process(c, known, service, committer);
                    } catch (Throwable t) {
                        fatal.compareAndSet(null, t);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            if (stopping.get()) {
                // Files in flight are dropped, not waited for: a scan may take minutes. Their workers are killed
                // when the service closes; the next run reads them.
                committer.refuseMore();
            } else {
                inFlight.acquire(permits);
                inFlight.release(permits);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (stopping.get()) return;
        Throwable t = fatal.get();
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IOException(t);
    }

    /** A permit for one more file in flight; false when the run is stopping first. */
    private boolean acquire(Semaphore inFlight) throws InterruptedException {
        while (!stopping.get()) {
            if (inFlight.tryAcquire(200, TimeUnit.MILLISECONDS)) return true;
        }
        return false;
    }

    private void process(Candidate c, StateStore.Entry known, ParseService service, Committer committer)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (c.size() > options.maxBytes()) {
            committer.failed(c, null, "too-large", c.size() + " bytes, over --max-bytes " + options.maxBytes(), 0);
            return;
        }
        if (known != null && known.ok()) {
            // Size or mtime changed: the content may not have (a copy, a touch). Hashing is cheaper than reading.
            try {
                if (known.sha256().equals(sha256(c.path()))) {
                    committer.touched(c, known, millisSince(start));
                    return;
                }
            } catch (IOException e) {
                committer.failed(c, null, TreeWalker.reasonOf(e), c.key() + ": " + e.getMessage(), millisSince(start));
                return;
            }
        }
        if (c.member() != null) {
            processMember(c, known, service, committer, start);
            return;
        }
        if (options.throttleMillis() > 0) Thread.sleep(options.throttleMillis());
        try {
            Parsed parsed = service.parse(c.path(), options.timeoutMillis(c.size()));
            committer.indexed(c, parsed, millisSince(start));
        } catch (UnreadableFileException e) {
            committer.failed(c, null, e.reason(), e.getMessage(), millisSince(start));
        }
    }

    /** A zip member whose size or time changed, or that is new: inflated to a temporary file, then as a file. */
    private void processMember(Candidate c, StateStore.Entry known, ParseService service, Committer committer,
                               long start) throws IOException, InterruptedException {
        Path file;
        try {
            file = ZipBundles.extract(c.path(), c.member(), options.maxBytes());
        } catch (UnreadableFileException e) {
            committer.failed(c, null, e.reason(), e.getMessage(), millisSince(start));
            return;
        }
        try {
            if (known != null && known.ok() && known.sha256().equals(sha256(file))) {
                committer.touched(c, known, millisSince(start));
                return;
            }
            if (options.throttleMillis() > 0) Thread.sleep(options.throttleMillis());
            Parsed parsed = service.parse(file, options.timeoutMillis(c.size()));
            committer.indexed(c, parsed, millisSince(start));
        } catch (UnreadableFileException e) {
            committer.failed(c, null, e.reason(), e.getMessage(), millisSince(start));
        } finally {
            ZipBundles.delete(file);
        }
    }

    /**
     * Reads the document a state key names, for {@link Committer} when a document's first path leaves: a file as
     * it is, a zip member inflated for the time of the read.
     */
    static Parsed parseKey(String key, ParseService service, BulkOptions options)
            throws IOException, UnreadableFileException, InterruptedException {
        String zipKey = ZipBundles.zipKeyOf(key);
        if (zipKey == null) {
            Path file = PathKeys.locate(key);
            return service.parse(file, options.timeoutMillis(Files.size(file)));
        }
        Path file = ZipBundles.extract(PathKeys.locate(zipKey), key.substring(zipKey.length() + 2),
                options.maxBytes());
        try {
            return service.parse(file, options.timeoutMillis(Files.size(file)));
        } finally {
            ZipBundles.delete(file);
        }
    }

    /**
     * True when the file at {@code key} is gone: a file when the file system says it does not exist; a zip member
     * when its zip does not exist, or was listed in this run without it (a zip that could not be listed this time
     * keeps its members).
     */
    private boolean gone(String key, StateStore state) {
        // A key an older planex wrote decomposed, now known by its composed key: the same file, one path too many.
        if (!key.startsWith("file:") && !key.equals(PathKeys.nfc(key)) && state.get(PathKeys.nfc(key)) != null) {
            return true;
        }
        String zipKey = ZipBundles.zipKeyOf(key);
        if (zipKey == null) return Files.notExists(PathKeys.locate(key));
        if (Files.notExists(PathKeys.locate(zipKey))) return true;
        return listedZips.contains(zipKey) && !listedMembers.contains(key);
    }

    /**
     * Drops the documents of files that are gone, under the roots of this run only, and only under a root that is
     * there and gave files: a missing, unreadable or empty root (an unmounted share, a renamed folder) prunes
     * nothing, and says so. A file is gone only when the file system says it does not exist (not when its folder
     * cannot be read).
     */
    private void prune(StateStore state, Committer committer, RootCounts found) throws IOException {
        List<String> prunable = new ArrayList<>();
        for (String root : found.roots()) {
            if (found.count(root) > 0) {
                prunable.add(root);
            } else {
                options.stderr().println("planex: " + root + " is missing, unreadable or empty: nothing under it is "
                        + "pruned (its documents stay in the index)");
            }
        }
        if (prunable.isEmpty()) return;
        List<String> gone = new ArrayList<>();
        state.forEachKey(key -> {
            if (RootCounts.under(key, prunable) && gone(key, state)) gone.add(key);
            if (gone.size() >= 10_000) flushGone(gone, committer);
        });
        flushGone(gone, committer);
    }

    private static void flushGone(List<String> gone, Committer committer) {
        try {
            for (String key : gone) committer.gone(key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        gone.clear();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void putUninterruptibly(BlockingQueue<Candidate> q, Candidate c) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(c);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
