package io.planex.ingest;

/**
 * A file could not be read into text. {@link #reason()} is a short machine-friendly reason code
 * (e.g. "empty", "encrypted", "corrupt", "unsupported", "io-error", "needs-ocr") and the message says it for
 * people.
 */
public class UnreadableFileException extends Exception {
    private final String reason;

    public UnreadableFileException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableFileException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
