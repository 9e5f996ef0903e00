package io.planex.extract.model;

import java.util.List;

/** The JSON v1 record of one input file. Field order is the JSON order. */
public record PlanRecord(String schemaVersion, SourceInfo source, DocumentHeader document, List<Citation> citations,
                         List<Unit> units, List<Deadline> deadlines) {
    public static final String SCHEMA_VERSION = "1";

    public PlanRecord {
        citations = citations == null ? List.of() : List.copyOf(citations);
        units = units == null ? List.of() : List.copyOf(units);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    public static PlanRecord of(SourceInfo source, Extraction extraction) {
        return new PlanRecord(SCHEMA_VERSION, source, extraction.document(), extraction.citations(),
                extraction.units(), extraction.deadlines());
    }
}
