package io.planex.extract.deadline;

import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds due dates ("trước ngày 15/12/2025"). First cut; issue 4 adds recurrence, units, actions and year
 * inference.
 */
public final class DeadlineExtractor {
    private static final Pattern BEFORE = Pattern.compile(
            "trước ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?");

    public List<Deadline> extract(String text, PageMap pages, DocumentHeader header, List<Citation> citations) {
        String docYear = header.date() == null ? null : header.date().substring(0, 4);
        List<Deadline> out = new ArrayList<>();
        Matcher m = BEFORE.matcher(text);
        while (m.find()) {
            String year = m.group(3) != null ? m.group(3) : docYear;
            String date = year == null ? null : String.format("%s-%02d-%02d", year,
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            out.add(new Deadline(date, null, null, List.of(), null, m.group(), m.start(), m.end(),
                    pages.pageOf(m.start())));
        }
        return out;
    }
}
