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

    static Status ofFailure(String reason) {
        return "needs-ocr".equals(reason) ? NEEDS_OCR : FAILED;
    }
}
