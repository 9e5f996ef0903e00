package io.planex.ingest;

/** Why a page was OCRed: the values of a record's {@code source.ocrReasons}. */
public final class OcrReason {
    private OcrReason() {}

    /** The page has no usable text layer (a scan, or only a few stray characters). */
    public static final String NO_TEXT_LAYER = "no-text-layer";
    /**
     * The page's text layer does not say what the page shows (a broken font map); also the reason a file fails
     * with when such a page cannot be OCRed.
     */
    public static final String GARBLED_TEXT_LAYER = "garbled-text-layer";
    /** Every page is OCRed (--ocr always). */
    public static final String ALWAYS = "ocr-always";
    /** The file is an image. */
    public static final String IMAGE = "image";
}
