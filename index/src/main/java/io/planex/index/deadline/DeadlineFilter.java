package io.planex.index.deadline;

import io.planex.index.IssuerLevel;
import java.time.LocalDate;

/**
 * Which deadlines to list: owed by a unit (words of its name, diacritics optional), set by an issuer (words of
 * its name), at an issuer level, due in an inclusive date range; every part optional (null). {@code maxDocuments}
 * bounds how many documents are read.
 */
public record DeadlineFilter(String unit, String issuer, IssuerLevel level, LocalDate from, LocalDate to,
                             int maxDocuments) {
    /** Documents read by default: enough for an archive's agenda, bounded so one request cannot read them all. */
    public static final int DEFAULT_MAX_DOCUMENTS = 5000;

    public DeadlineFilter {
        if (maxDocuments <= 0) throw new IllegalArgumentException("maxDocuments must be positive");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        unit = blankToNull(unit);
        issuer = blankToNull(issuer);
    }

    public static DeadlineFilter all() {
        return new DeadlineFilter(null, null, null, null, null, DEFAULT_MAX_DOCUMENTS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
