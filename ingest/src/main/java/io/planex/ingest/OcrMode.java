package io.planex.ingest;

import java.util.Locale;

/** When pages are read by OCR. */
public enum OcrMode {
    /** Pages without a usable text layer, and images. */
    AUTO,
    /** Every page of a PDF and every image, even pages with a text layer (a scanner's poor invisible layer). */
    ALWAYS,
    /** Never: pages without text stay empty; a file with no text at all fails with reason "needs-ocr". */
    NEVER;

    /** Parses "auto", "always" or "never" (any case). */
    public static OcrMode parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OCR mode must be auto, always or never, not '" + s + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
