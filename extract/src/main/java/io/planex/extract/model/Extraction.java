package io.planex.extract.model;

import java.util.List;

/** What extraction found in one text, before it is tied to a source file. */
public record Extraction(DocumentHeader document, List<Citation> citations, List<Unit> units,
                         List<Deadline> deadlines) {
    public Extraction {
        document = document == null ? DocumentHeader.empty() : document;
        citations = citations == null ? List.of() : List.copyOf(citations);
        units = units == null ? List.of() : List.copyOf(units);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }
}
