package io.planex.batch;

import io.planex.index.ingestrun.LastIngest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a run, for the summary on stderr and the exit code. Not thread-safe: the committer owns it. */
public final class Summary {
    private final Map<Status, Long> counts = new EnumMap<>(Status.class);
    private final Map<String, Long> failuresByReason = new TreeMap<>();
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final List<LastIngest.Problem> failed = new ArrayList<>();
    private final List<LastIngest.Problem> needsOcr = new ArrayList<>();
    private final Instant started = Instant.now();
    private long pagesRead;
    private long warned;
    private long startNanos = System.nanoTime();
    private long elapsedMillis = -1;
    private boolean interrupted;
    private long dropped;

    void add(FileReport r) {
        counts.merge(r.status(), 1L, Long::sum);
        if (r.status() == Status.OK) pagesRead += r.pages();
        if (!r.warnings().isEmpty()) warned++;
        if (r.status() == Status.SKIPPED) skippedByReason.merge(r.reason(), 1L, Long::sum);
        if (r.status() == Status.FAILED || r.status() == Status.NEEDS_OCR) {
            failuresByReason.merge(r.reason() == null ? "unknown" : r.reason(), 1L, Long::sum);
            List<LastIngest.Problem> list = r.status() == Status.FAILED ? failed : needsOcr;
            if (list.size() < LastIngest.LIST_LIMIT) {
                list.add(new LastIngest.Problem(r.path(), r.reason() == null ? "unknown" : r.reason(), r.message()));
            }
        }
    }

    /** The run as {@code planex serve}'s overview shows it (see {@link LastIngest}); call after {@link #finish}. */
    public LastIngest lastIngest() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) byStatus.put(s.label(), count(s));
        return new LastIngest(started, started.plusMillis(elapsedMillis()), interrupted, byStatus, pagesRead,
                failed, count(Status.FAILED) - failed.size(), needsOcr, count(Status.NEEDS_OCR) - needsOcr.size());
    }

    /** The run was stopped; {@code dropped} files in flight were left for the next run. */
    void interrupted(long dropped) {
        this.interrupted = true;
        this.dropped = dropped;
    }

    public boolean wasInterrupted() {
        return interrupted;
    }

    void finish() {
        elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
    }

    public long count(Status s) {
        return counts.getOrDefault(s, 0L);
    }

    /** Inputs that were not indexed: failed or waiting for OCR. */
    public long failures() {
        return count(Status.FAILED) + count(Status.NEEDS_OCR);
    }

    /** Files indexed with a part of their record left empty because an extractor failed on their text. */
    public long warned() {
        return warned;
    }

    public long pagesRead() {
        return pagesRead;
    }

    public long elapsedMillis() {
        return elapsedMillis >= 0 ? elapsedMillis : (System.nanoTime() - startNanos) / 1_000_000;
    }

    public Map<String, Long> failuresByReason() {
        return Map.copyOf(failuresByReason);
    }

    /** The summary for people, several lines. */
    public String format() {
        double secs = Math.max(0.001, elapsedMillis() / 1000.0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("planex: %d indexed, %d unchanged, %d failed, %d need OCR, %d removed, %d skipped"
                        + " in %.1f s (%.1f files/s, %.1f pages/s)",
                count(Status.OK), count(Status.UNCHANGED), count(Status.FAILED), count(Status.NEEDS_OCR),
                count(Status.REMOVED), count(Status.SKIPPED), secs, count(Status.OK) / secs, pagesRead / secs));
        if (warned > 0) {
            sb.append(String.format("%nplanex: %d indexed with a part of their record empty: an extractor failed on"
                    + " their text (the report's \"warnings\" say which; please report them with the files)", warned));
        }
        if (!failuresByReason.isEmpty()) {
            sb.append("\nplanex: failures by reason:");
            failuresByReason.forEach((reason, n) -> sb.append(String.format("%n  %-20s %d", reason, n)));
        }
        if (!skippedByReason.isEmpty()) {
            sb.append("\nplanex: skipped (not documents, or not to be followed):");
            skippedByReason.forEach((reason, n) -> sb.append(String.format("%n  %-20s %d", reason, n)));
        }
        if (interrupted) {
            sb.append(String.format("%nplanex: interrupted: the %d files above are committed (index, state and report"
                    + " agree); files in progress were dropped%s; run the same command again to go on",
                    count(Status.OK) + count(Status.UNCHANGED) + failures() + count(Status.REMOVED),
                    dropped > 0 ? " (" + dropped + " finished too late)" : ""));
        }
        return sb.toString();
    }
}
