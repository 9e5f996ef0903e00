package io.planex.ingest;

import io.planex.extract.CaughtFailures;
import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.PlanRecord;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * A file's record together with the text it was extracted from, and what went wrong on the way without failing
     * the file: an extractor that failed on this text (its part of the record is then empty), for the user to see.
     */
    public record Result(PlanRecord record, IngestedDocument document, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        public Result(PlanRecord record, IngestedDocument document) {
            this(record, document, List.of());
        }
    }

    public Result read(Path file) throws UnreadableFileException {
        IngestedDocument doc = reader.read(file);
        Extraction[] extraction = new Extraction[1];
        List<Throwable> caught = CaughtFailures.during(() -> extraction[0] = extractor.extract(doc.text(), doc.pageMap()));
        return new Result(PlanRecord.of(doc.source(), extraction[0]), doc, caught.stream().map(PlanReader::warning).toList());
    }

    /** "an extractor failed on this text: NullPointerException at CitationExtractor.shareDateBackwards ...". */
    static String warning(Throwable e) {
        String where = "";
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("io.planex.")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                where = " at " + cls + "." + f.getMethodName() + ":" + f.getLineNumber();
                break;
            }
        }
        return "an extractor failed on this text (" + e.getClass().getSimpleName() + where
                + "); the record is kept with that part empty; please report it with the file";
    }
}
