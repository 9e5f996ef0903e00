package io.planex.batch;

import java.nio.file.Path;

/**
 * A file found by the walk: its path, key, size and mtime; or why it could not even be looked at
 * ({@code failureReason} non-null); or why it is not read at all ({@code skipped}: litter, a link leading out of
 * the roots, a planex index folder; reason and message say which).
 *
 * <p>A member of a zip bundle has {@code member} set (its name inside the zip), {@code path} the zip file and
 * {@code key} the zip's key, {@code "!/"} and the member name; size and mtime are the member's own.
 */
record Candidate(Path path, String key, long size, long mtimeMillis, String failureReason, String failureMessage,
                 boolean skipped, String member) {
    Candidate(Path path, String key, long size, long mtimeMillis, String failureReason, String failureMessage,
              boolean skipped) {
        this(path, key, size, mtimeMillis, failureReason, failureMessage, skipped, null);
    }

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
