package io.planex.index;

import io.planex.extract.model.PlanRecord;
import java.util.List;

/** A document as stored in the index: its id, every path it was found at, its record and text. */
public record StoredDocument(String id, List<String> paths, PlanRecord record, String text) {
    public StoredDocument {
        paths = List.copyOf(paths);
    }
}
