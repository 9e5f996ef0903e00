package io.planex.ingest;

/** For tests in other packages: whether Tesseract with the Vietnamese model can run here. */
public final class OcrSupport {
    private OcrSupport() {}

    public static boolean vietnameseAvailable() {
        return TesseractOcr.probe("vie").available();
    }
}
