package io.planex.batch;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.ingest.ReadOptions;
import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;

/** The real parser: {@link PlanReader} (Tika read, text repair, extraction). */
public final class PlanFileParser implements FileParser {
    /** The OCR mode workers receive (auto, always, never); see {@link BulkOptions#ocrMode()}. */
    public static final String OCR_PROPERTY = "planex.ocr";

    private final PlanReader reader;

    /** A parser with the OCR mode of the {@value #OCR_PROPERTY} system property (workers), default auto. */
    public PlanFileParser() {
        this(OcrMode.parse(System.getProperty(OCR_PROPERTY, "auto")));
    }

    /**
     * A parser with the given OCR mode. Pages of one file are OCRed one at a time: the parallelism is across
     * files (one per worker), and more tesseract processes than cores only slow each other down.
     */
    public PlanFileParser(OcrMode mode) {
        this.reader = new PlanReader(new DocumentReader(ReadOptions.withOcr(mode).ocrThreads(1)));
    }

    @Override
    public Parsed parse(Path file) throws UnreadableFileException {
        PlanReader.Result result = reader.read(file);
        return new Parsed(result.record(), result.document().text(), result.document().pageMap(), result.warnings());
    }
}
