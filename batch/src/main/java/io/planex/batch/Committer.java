package io.planex.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.ingest.UnreadableFileException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The single writer: applies outcomes to the index and the state, writes the report, and commits in batches:
 * index first, then state, so that the state is never ahead of the index (see {@link StateStore}). All methods
 * are synchronized; parsing happens outside, in the callers' threads.
 */
final class Committer implements AutoCloseable {
    /** Failures caused by the moment, not by the file's content: not remembered, so the next run tries again. */
    private static final Set<String> TRANSIENT = Set.of("missing", "permission-denied", "io-error");
    private static final long COMMIT_INTERVAL_NANOS = 30_000_000_000L;

    private final BulkOptions options;
    private final IndexSink index;
    private final StateStore state;
    private final ParseService service;
    private final BufferedWriter report;
    private final RecordFiles recordFiles;
    private final Summary summary = new Summary();
    private final Progress progress;
    private final ObjectMapper mapper = RecordJson.mapper();
    private int pending;
    private long lastCommit = System.nanoTime();
    private long commits;
    /** Report lines of changes not committed yet: written at the commit that makes them true. */
    private final List<String> uncommittedLines = new java.util.ArrayList<>();
    /** After {@link #refuseMore()}: outcomes still arriving (files cut short by a stop) are dropped. */
    private boolean refusing;
    private long dropped;

    Committer(BulkOptions options, IndexSink index, StateStore state, ParseService service, Progress progress)
            throws IOException {
        this.options = options;
        this.index = index;
        this.state = state;
        this.service = service;
        this.progress = progress;
        this.report = options.report() == null ? null
                : Files.newBufferedWriter(options.report(), StandardCharsets.UTF_8);
        if (options.jsonDir() != null) Files.createDirectories(options.jsonDir());
        this.recordFiles = options.jsonDir() == null ? null
                : new RecordFiles(options.jsonDir(), m -> options.stderr().println(m));
    }

    Summary summary() {
        return summary;
    }

    /**
     * The run is stopping (SIGINT/SIGTERM): outcomes from here on are not applied, reported or remembered, so the
     * files still in flight are read again by the next run.
     */
    synchronized void refuseMore() {
        refusing = true;
    }

    /** Outcomes dropped after {@link #refuseMore()}. */
    synchronized long dropped() {
        return dropped;
    }

    private boolean refused() {
        if (refusing) dropped++;
        return refusing;
    }

    /** A file read in this run. */
    synchronized void indexed(Candidate c, Parsed parsed, long ms) throws IOException {
        if (refused()) return;
        PlanRecord record = withSource(parsed.record(), c);
        String sha = record.source().sha256();
        StateStore.Entry old = state.remove(c.key());
        if (old != null && old.ok() && !sha.equals(old.sha256())) afterPathLeft(old.sha256());
        int pages = record.source().pages();
        state.put(c.key(), new StateStore.Entry(c.size(), c.mtimeMillis(), "ok", sha, null, pages));
        index.put(record, parsed.text(), state.paths(sha), parsed.pages());
        if (options.ndjson() != null) {
            synchronized (options.ndjson()) {
                options.ndjson().println(RecordJson.toLine(record));
            }
        }
        if (recordFiles != null) {
            recordFiles.write(record.source().path(), record.source().file(), RecordJson.toPrettyJson(record));
        }
        report(new FileReport(c.key(), sha, Status.OK, null, pages, ms, null, parsed.warnings()), true);
        pending++;
        maybeCommit();
    }

    /** A file whose size or mtime changed but whose content did not. */
    synchronized void touched(Candidate c, StateStore.Entry old, long ms) throws IOException {
        if (refused()) return;
        state.put(c.key(), new StateStore.Entry(c.size(), c.mtimeMillis(), old.status(), old.sha256(), old.reason(),
                old.pages()));
        report(new FileReport(c.key(), old.sha256(), Status.UNCHANGED, null, old.pages(), ms, null), true);
        pending++;
        maybeCommit();
    }

    /** A file skipped because the state says it has not changed since the last run. */
    synchronized void unchanged(Candidate c, StateStore.Entry entry) throws IOException {
        if (refused()) return;
        if (entry.ok()) {
            report(new FileReport(c.key(), entry.sha256(), Status.UNCHANGED, null, entry.pages(), 0, null), false);
        } else {
            report(new FileReport(c.key(), entry.sha256(), Status.ofFailure(entry.reason()), entry.reason(), 0, 0,
                    "failed before and unchanged since (--retry-failed reads it again)"), false);
        }
    }

    synchronized void failed(Candidate c, String sha, String reason, String message, long ms) throws IOException {
        if (refused()) return;
        boolean remembered = !c.isFailure() && !TRANSIENT.contains(reason);
        if (remembered) {
            StateStore.Entry old = state.remove(c.key());
            if (old != null && old.ok()) afterPathLeft(old.sha256());
            state.put(c.key(), new StateStore.Entry(c.size(), c.mtimeMillis(), Status.ofFailure(reason).label(),
                    sha, reason, 0));
            pending++;
        }
        report(new FileReport(c.key(), sha, Status.ofFailure(reason), reason, 0, ms, message), remembered);
        maybeCommit();
    }

    /** Something the walk does not read: litter, a link leading out of the roots, a planex index folder. */
    synchronized void skipped(Candidate c) throws IOException {
        if (refused()) return;
        report(new FileReport(c.key(), null, Status.SKIPPED, c.failureReason(), 0, 0, c.failureMessage()), false);
    }

    /** --prune: the file at {@code key} is gone. */
    synchronized void gone(String key) throws IOException {
        StateStore.Entry old = state.remove(key);
        if (old == null) return;
        if (old.ok()) afterPathLeft(old.sha256());
        report(new FileReport(key, old.sha256(), Status.REMOVED, null, old.pages(), 0, null), true);
        pending++;
        maybeCommit();
    }

    /**
     * A path no longer holds {@code sha}: delete the document if no other file holds it, else rewrite it with the
     * remaining paths (read again from one of them: the index API has no "change paths" operation).
     */
    private void afterPathLeft(String sha) throws IOException {
        List<String> remaining = state.paths(sha);
        if (remaining.isEmpty()) {
            index.delete(sha);
            return;
        }
        try {
            Parsed parsed = BulkIngest.parseKey(remaining.get(0), service, options);
            if (sha.equals(parsed.record().source().sha256())) {
                Candidate c = new Candidate(null, remaining.get(0), 0, 0, null, null, false);
                index.put(withSource(parsed.record(), c), parsed.text(), remaining, parsed.pages());
                return;
            }
        } catch (UnreadableFileException | IOException e) {
            // fall through: forget the copies, so the next run reads them afresh
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.delete(sha);
        for (String k : remaining) state.remove(k);
    }

    /** The record as found at this candidate's path (workers may have read it through a temporary link). */
    private static PlanRecord withSource(PlanRecord r, Candidate c) {
        SourceInfo s = r.source();
        String name = c.key().substring(c.key().lastIndexOf('/') + 1); // the key is UTF-8 whatever the locale
        SourceInfo source = s.at(name, c.key());
        return new PlanRecord(r.schemaVersion(), source, r.document(), r.citations(), r.units(), r.deadlines());
    }

    /** {@code waitsForCommit}: the line tells of a change to index or state, true only once committed. */
    private void report(FileReport r, boolean waitsForCommit) throws IOException {
        summary.add(r);
        progress.done(r);
        if (report == null) return;
        String json = reportLine(r);
        if (!waitsForCommit) {
            // Changes nothing in the index or state: true already, written now.
            report.write(json);
            report.newLine();
        } else {
            uncommittedLines.add(json);
        }
    }

    private String reportLine(FileReport r) throws IOException {
        ObjectNode line = mapper.createObjectNode();
        line.put("path", r.path());
        line.put("sha256", r.sha256());
        line.put("status", r.status().label());
        line.put("reason", r.reason());
        line.put("pages", r.pages());
        line.put("ms", r.ms());
        if (r.message() != null) line.put("message", r.message());
        if (!r.warnings().isEmpty()) r.warnings().forEach(line.putArray("warnings")::add);
        return mapper.writeValueAsString(line);
    }

    private void maybeCommit() throws IOException {
        if (pending >= options.batchSize() || (pending > 0 && System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS)) {
            commit();
        }
    }

    /**
     * Index commit, then state commit; the report lines of what they saved are written after both, so the report
     * never claims more than is saved, even when the run is killed.
     */
    synchronized void commit() throws IOException {
        commits++;
        index.commit(Map.of("planex.ingest.commit", Long.toString(commits),
                "planex.ingest.files", Long.toString(state.size())));
        state.commit();
        if (report != null) {
            for (String line : uncommittedLines) {
                report.write(line);
                report.newLine();
            }
            report.flush();
        }
        uncommittedLines.clear();
        pending = 0;
        lastCommit = System.nanoTime();
    }

    @Override
    public synchronized void close() {
        if (report != null) {
            try {
                report.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
