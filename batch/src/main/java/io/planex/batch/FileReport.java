package io.planex.batch;

/**
 * One line of the report. {@code sha256} is null when the file was not hashed, {@code reason} and
 * {@code message} null unless it failed; {@code ms} is the time spent on it in this run.
 */
public record FileReport(String path, String sha256, Status status, String reason, int pages, long ms,
                         String message) {}
