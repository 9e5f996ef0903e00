package io.planex.batch;

import io.planex.extract.model.PlanRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code ingest --from-json}: hands records made elsewhere to the {@link Committer}, which applies them exactly
 * as it applies files read here (index, then state, in batches; report lines), so a run can be killed at any
 * point and run again. A record is known by its {@code source.path}; one whose path is known with the same
 * SHA-256 is "unchanged" and not indexed again, one whose content changed replaces the old document.
 */
final class RecordFeed {
    private final BulkOptions options;
    private final StateStore state;
    private final Progress progress;
    private final Committer committer;
    private final PrintStream stderr;
    private final BooleanSupplier stopping;

    /** {@code stopping}: true once the ingest was asked to stop (SIGINT, SIGTERM): no more records are taken. */
    RecordFeed(BulkOptions options, StateStore state, Progress progress, Committer committer,
               BooleanSupplier stopping) {
        this.stopping = stopping;
        this.options = options;
        this.state = state;
        this.progress = progress;
        this.committer = committer;
        this.stderr = options.stderr();
    }

    void feed(List<Path> inputs) throws IOException, InterruptedException {
        long withoutText;
        try {
            withoutText = new JsonRecordSource(TextSidecar::load).read(inputs, this::apply);
        } catch (Stopped e) {
            return; // what was applied is committed by the caller; the next run takes the rest
        } finally {
            progress.walkFinished();
        }
        if (withoutText > 0) {
            stderr.println("planex: " + withoutText + " records came without their text (no text/ folder beside "
                    + "records/): search finds them by their fields, not by their full text");
        }
    }

    private void apply(JsonRecordSource.Item item) throws IOException, InterruptedException {
        if (stopping.getAsBoolean()) throw new Stopped();
        progress.found();
        if (item.isFailure()) {
            // Not remembered in the state (a Candidate failure): the next run looks at it again.
            committer.failed(new Candidate(null, item.location(), -1, -1, item.failureReason(),
                    item.failureMessage(), false), null, item.failureReason(), item.failureMessage(), 0);
            return;
        }
        long start = System.nanoTime();
        PlanRecord record = item.record();
        String key = record.source().path();
        // mtime -1: no file was looked at. A file ingest of the same path later hashes the file and, finding the
        // same content, only records its real mtime.
        Candidate c = new Candidate(null, key, record.source().bytes(), -1, null, null, false);
        StateStore.Entry known = state.get(key);
        if (known != null && known.ok() && record.source().sha256().equals(known.sha256())) {
            committer.unchanged(c, known);
            return;
        }
        if (options.throttleMillis() > 0) Thread.sleep(options.throttleMillis());
        committer.indexed(c, new Parsed(record, item.text()), (System.nanoTime() - start) / 1_000_000);
    }

    /** Unwinds the reading when the ingest is asked to stop; not an error. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
