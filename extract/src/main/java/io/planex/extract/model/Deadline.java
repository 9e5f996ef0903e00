package io.planex.extract.model;

import java.util.List;

/**
 * A due date or a recurring reporting obligation.
 *
 * @param date       ISO date (year inferred from the document when only day and month are printed), or null
 * @param recurrence null, "annual", "semiannual", "quarterly" or "monthly"
 * @param action     what is due ("báo cáo kết quả")
 * @param units      who owes it, as the sentence names them
 * @param reportTo   to whom it is reported, when named
 * @param text       the time expression as printed ("trước ngày 15/12")
 * @param start      offset of the time expression
 * @param end        end offset (exclusive)
 * @param page       1-based page, or null
 */
public record Deadline(String date, String recurrence, String action, List<String> units, String reportTo,
                       String text, int start, int end, Integer page) {
    public Deadline {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
