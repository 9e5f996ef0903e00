package io.planex.index.directive;

import io.planex.extract.model.PlanRecord;
import io.planex.index.FacetCount;
import io.planex.index.StoredDocument;
import java.util.List;

/**
 * What the index knows about one directive: its canonical symbol and level, its own record when it is itself an
 * indexed document, how many documents cite and implement it, counts of those by level and year, and the chain
 * of documents that carry it down (documents citing it, then documents citing those, ...), by depth.
 */
public record DirectiveReport(String symbol, String key, String level, StoredDocument own, long citedBy,
                              long implementedBy, List<FacetCount> byLevel, List<FacetCount> byYear,
                              List<ChainLink> chain, boolean truncated) {
    public DirectiveReport {
        byLevel = List.copyOf(byLevel);
        byYear = List.copyOf(byYear);
        chain = List.copyOf(chain);
    }

    /** The directive's own record, or null when it has none in the index. */
    public PlanRecord ownRecord() {
        return own == null ? null : own.record();
    }
}
