package io.planex.ingest;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.SourceInfo;
import java.util.List;

/**
 * A file read and repaired: its source facts, the repaired text that extraction reads, the map from that text's
 * offsets to pages, the raw page texts as parsed (or OCRed), and the map from the repaired text back to them.
 */
public record IngestedDocument(SourceInfo source, String text, PageMap pageMap, List<PageText> rawPages,
                               TextOrigin origin) {
    public IngestedDocument {
        rawPages = List.copyOf(rawPages);
    }
}
