package io.planex.batch;

import io.planex.extract.model.PlanRecord;

/** A file read and extracted: its record and the text it was extracted from. */
public record Parsed(PlanRecord record, String text) {}
