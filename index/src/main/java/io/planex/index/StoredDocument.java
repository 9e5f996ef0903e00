package io.planex.index;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;
import java.util.List;

/**
 * A document as stored in the index: its id, every path it was found at, its record and text, and where the
 * text's pages start ({@code pages} null when the index does not know: records indexed from JSON, older indexes).
 */
public record StoredDocument(String id, List<String> paths, PlanRecord record, String text, PageMap pages) {
    public StoredDocument {
        paths = List.copyOf(paths);
    }

    /** A document whose page map is not known. */
    public StoredDocument(String id, List<String> paths, PlanRecord record, String text) {
        this(id, paths, record, text, null);
    }
}
