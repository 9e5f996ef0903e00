package io.planex.batch;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;
import java.util.List;

/**
 * A file read and extracted: its record, the text it was extracted from, where that text's pages start
 * ({@code pages} null when not known, as for records read from JSON), and what went wrong without failing the
 * file ({@code warnings}: an extractor that failed on the text and left its part of the record empty).
 */
public record Parsed(PlanRecord record, String text, PageMap pages, List<String> warnings) {
    public Parsed {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A parse without warnings. */
    public Parsed(PlanRecord record, String text, PageMap pages) {
        this(record, text, pages, List.of());
    }

    /** A parse whose page map is not known. */
    public Parsed(PlanRecord record, String text) {
        this(record, text, null, List.of());
    }
}
