package io.planex.ingest;

import java.time.Duration;

/**
 * How {@link DocumentReader} reads files.
 *
 * @param ocr        when pages are OCRed
 * @param dpi        resolution PDF pages are rendered at for OCR (300 suits 10-14 pt print)
 * @param language   Tesseract language model ("vie": Tika's default is English, which strips the diacritics)
 * @param ocrThreads pages OCRed at once within one file (each tesseract process runs one thread)
 * @param ocrTimeout longest one page may take in tesseract
 */
public record ReadOptions(OcrMode ocr, int dpi, String language, int ocrThreads, Duration ocrTimeout) {
    public ReadOptions {
        if (dpi < 72 || dpi > 1200) throw new IllegalArgumentException("dpi out of range: " + dpi);
        if (ocrThreads < 1) throw new IllegalArgumentException("ocrThreads must be at least 1");
        if (language == null || !language.matches("[A-Za-z_+]+")) {
            throw new IllegalArgumentException("bad OCR language: " + language);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(OcrMode.AUTO, 300, "vie", Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(300));
    }

    public static ReadOptions withOcr(OcrMode mode) {
        return defaults().ocr(mode);
    }

    public ReadOptions ocr(OcrMode mode) {
        return new ReadOptions(mode, dpi, language, ocrThreads, ocrTimeout);
    }

    public ReadOptions language(String model) {
        return new ReadOptions(ocr, dpi, model, ocrThreads, ocrTimeout);
    }

    public ReadOptions ocrThreads(int threads) {
        return new ReadOptions(ocr, dpi, language, threads, ocrTimeout);
    }
}
