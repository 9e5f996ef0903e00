package io.planex.batch;

import io.planex.ingest.PlanReader;
import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;

/** The real parser: {@link PlanReader} (Tika read, text repair, extraction). */
public final class PlanFileParser implements FileParser {
    /** The OCR mode workers receive (auto, always, never); see {@link BulkOptions#ocrMode()}. */
    public static final String OCR_PROPERTY = "planex.ocr";

    // TODO(lead): pass System.getProperty(OCR_PROPERTY, "auto") to DocumentReader once the ingest module's OCR
    // option (--ocr auto|always|never) lands; until then the mode reaches the worker but the reader ignores it.
    private final PlanReader reader = new PlanReader();

    @Override
    public Parsed parse(Path file) throws UnreadableFileException {
        PlanReader.Result result = reader.read(file);
        return new Parsed(result.record(), result.document().text());
    }
}
