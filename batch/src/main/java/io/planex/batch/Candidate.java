package io.planex.batch;

import java.nio.file.Path;

/**
 * A file found by the walk: its path, key, size and mtime; or why it could not even be looked at
 * ({@code failureReason} non-null); or why it is not read at all ({@code skipped}: litter, a link leading out of
 * the roots, a planex index folder; reason and message say which).
 */
record Candidate(Path path, String key, long size, long mtimeMillis, String failureReason, String failureMessage,
                 boolean skipped) {
    static Candidate found(Path path, long size, long mtimeMillis) {
        return new Candidate(path, PathKeys.key(path), size, mtimeMillis, null, null, false);
    }

    static Candidate failed(Path path, String reason, String message) {
        return new Candidate(path, PathKeys.key(path), -1, -1, reason, message, false);
    }

    static Candidate skipped(Path path, String reason, String message) {
        return new Candidate(path, PathKeys.key(path), -1, -1, reason, message, true);
    }

    boolean isFailure() {
        return failureReason != null && !skipped;
    }
}
