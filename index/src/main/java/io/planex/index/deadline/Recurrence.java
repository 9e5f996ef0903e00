package io.planex.index.deadline;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The recurring reporting duties extraction recognises, their periods, and their iCalendar rules. A duty
 * printed without a date ("báo cáo định kỳ hằng quý") is due at the end of each period, which is how the
 * extractor normalises periods too.
 */
public enum Recurrence {
    MONTHLY("monthly", 1), QUARTERLY("quarterly", 3), SEMIANNUAL("semiannual", 6), ANNUAL("annual", 12);

    private final String label;
    private final int months;

    Recurrence(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public static Optional<Recurrence> of(String label) {
        if (label == null) return Optional.empty();
        for (Recurrence r : values()) if (r.label.equals(label)) return Optional.of(r);
        return Optional.empty();
    }

    /** The last day of the period that contains {@code day} (periods aligned on the calendar year). */
    public LocalDate endOfPeriod(LocalDate day) {
        int periodIndex = (day.getMonthValue() - 1) / months;
        int lastMonth = (periodIndex + 1) * months;
        return LocalDate.of(day.getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The {@code n}-th occurrence after {@code first} (n = 0 is {@code first}); month ends stay month ends. */
    public LocalDate occurrence(LocalDate first, int n) {
        LocalDate d = first.plusMonths((long) months * n);
        return first.equals(first.with(TemporalAdjusters.lastDayOfMonth()))
                ? d.with(TemporalAdjusters.lastDayOfMonth()) : d;
    }

    /**
     * The RFC 5545 RRULE value for occurrences starting on {@code first}: a month-end start repeats on month ends
     * (BYMONTHDAY=-1), so a quarterly report due 30 June is next due 30 September and then 31 December.
     */
    public String rrule(LocalDate first) {
        boolean monthEnd = first.equals(first.with(TemporalAdjusters.lastDayOfMonth()));
        String rule = months == 12 ? "FREQ=YEARLY" : "FREQ=MONTHLY" + (months > 1 ? ";INTERVAL=" + months : "");
        if (monthEnd) rule += months == 12 ? ";BYMONTH=" + first.getMonthValue() + ";BYMONTHDAY=-1" : ";BYMONTHDAY=-1";
        return rule;
    }
}
