package io.planex.ingest;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.PlanRecord;
import java.nio.file.Path;

/** Reads a file and extracts its record: the whole per-file pipeline. Thread-safe. */
public final class PlanReader {
    private final DocumentReader reader;
    private final PlanExtractor extractor = new PlanExtractor();

    public PlanReader(DocumentReader reader) {
        this.reader = reader;
    }

    public PlanReader() {
        this(new DocumentReader());
    }

    /** A reader with default options and the given OCR mode (what --ocr auto|always|never asks for). */
    public static PlanReader withOcr(OcrMode mode) {
        return new PlanReader(DocumentReader.withOcr(mode));
    }

    public DocumentReader documentReader() {
        return reader;
    }

    /** A file's record together with the text it was extracted from. */
    public record Result(PlanRecord record, IngestedDocument document) {}

    public Result read(Path file) throws UnreadableFileException {
        IngestedDocument doc = reader.read(file);
        Extraction extraction = extractor.extract(doc.text(), doc.pageMap());
        return new Result(PlanRecord.of(doc.source(), extraction), doc);
    }
}
