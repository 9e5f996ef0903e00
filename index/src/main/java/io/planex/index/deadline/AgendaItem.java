package io.planex.index.deadline;

import io.planex.extract.model.Deadline;
import java.time.LocalDate;

/**
 * One deadline of one document, as an agenda lists it.
 *
 * @param documentId   the document's id (sha256)
 * @param file         the document's file name
 * @param symbol       the document's own symbol, or null
 * @param title        the document's title, or null
 * @param issuer       the issuing body, or null
 * @param level        the issuer's level label (central, province, district, commune), or null
 * @param documentDate the document's ISO date, or null
 * @param deadline     the deadline as extracted
 * @param due          the deadline's date; for a recurring duty printed without one, the end of the first
 *                     period on or after the document's date (see {@code dueInferred}); null when unknown
 * @param dueInferred  true when {@code due} was inferred from the recurrence and the document's date
 */
public record AgendaItem(String documentId, String file, String symbol, String title, String issuer, String level,
                         String documentDate, Deadline deadline, LocalDate due, boolean dueInferred) {
    public boolean recurring() {
        return deadline.recurrence() != null;
    }

    /** Past due on {@code today}: a one-off deadline before today. A recurring duty is never overdue as a whole. */
    public boolean overdue(LocalDate today) {
        return due != null && !recurring() && due.isBefore(today);
    }

    /** The next occurrence on or after {@code today} (the due date itself for a one-off deadline). */
    public LocalDate nextOccurrence(LocalDate today) {
        if (due == null || !recurring() || !due.isBefore(today)) return due;
        Recurrence r = Recurrence.of(deadline.recurrence()).orElse(null);
        if (r == null) return due;
        LocalDate d = due;
        for (int i = 1; d.isBefore(today) && i < 10_000; i++) d = r.occurrence(due, i);
        return d;
    }
}
