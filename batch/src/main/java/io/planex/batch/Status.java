package io.planex.batch;

/** What happened to one input; {@link #label()} is its name in the report. */
public enum Status {
    OK("ok"), UNCHANGED("unchanged"), FAILED("failed"), NEEDS_OCR("needs-ocr"), REMOVED("removed"), SKIPPED("skipped");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** needs-ocr for a file that OCR would read: no text layer, or a garbled one ("garbled-text-layer"). */
    static Status ofFailure(String reason) {
        return "needs-ocr".equals(reason) || "garbled-text-layer".equals(reason) ? NEEDS_OCR : FAILED;
    }
}
