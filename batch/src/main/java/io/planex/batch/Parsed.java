package io.planex.batch;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;

/**
 * A file read and extracted: its record, the text it was extracted from, and where that text's pages start
 * ({@code pages} null when not known, as for records read from JSON).
 */
public record Parsed(PlanRecord record, String text, PageMap pages) {
    /** A parse whose page map is not known. */
    public Parsed(PlanRecord record, String text) {
        this(record, text, null);
    }
}
