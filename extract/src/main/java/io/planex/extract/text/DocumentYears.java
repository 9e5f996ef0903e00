package io.planex.extract.text;

/**
 * The years a document of these archives can carry, in its own date or a cited one: from the state's founding to
 * the end of this century. A year outside them ("năm 2926", an OCR's 9 for a dotted 0) is a misreading. Shared by
 * the header's date, the citation dates and ingest's re-reading of a scanned header date, so that all three agree.
 */
public final class DocumentYears {
    public static final int FIRST = 1945;
    public static final int LAST = 2100;

    private DocumentYears() {}

    public static boolean possible(int year) {
        return year >= FIRST && year <= LAST;
    }
}
