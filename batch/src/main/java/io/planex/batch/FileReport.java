package io.planex.batch;

import java.util.List;

/**
 * One line of the report. {@code sha256} is null when the file was not hashed, {@code reason} and
 * {@code message} null unless it failed; {@code ms} is the time spent on it in this run; {@code warnings} says
 * what went wrong in a file that was indexed all the same (an extractor failed and left its part empty).
 */
public record FileReport(String path, String sha256, Status status, String reason, int pages, long ms,
                         String message, List<String> warnings) {
    public FileReport {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public FileReport(String path, String sha256, Status status, String reason, int pages, long ms, String message) {
        this(path, sha256, status, reason, pages, ms, message, List.of());
    }
}
