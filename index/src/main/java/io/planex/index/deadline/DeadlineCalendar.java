package io.planex.index.deadline;

import io.planex.extract.model.Deadline;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The agenda as an iCalendar file (RFC 5545): one all-day VEVENT per deadline with a date, a recurring duty as
 * an RRULE from its first due date, the document and the units in the event. Deadlines without any date are
 * left out (a calendar cannot place them). Lines end with CRLF and are folded at 75 octets, never inside a
 * UTF-8 sequence.
 */
public final class DeadlineCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private DeadlineCalendar() {}

    /** The calendar of {@code items}; {@code stamp} is the DTSTAMP of every event (the time of the export). */
    public static String ics(List<AgendaItem> items, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//planex//planex deadlines//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:planex");
        for (AgendaItem i : items) {
            if (i.due() == null) continue;
            Deadline d = i.deadline();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + i.documentId() + "-" + d.start() + "-" + d.end() + "@planex");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(i.due()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(i.due().plusDays(1)));
            Recurrence.of(d.recurrence()).ifPresent(r -> line(out, "RRULE:" + r.rrule(i.due())));
            line(out, "SUMMARY:" + text(summary(i)));
            line(out, "DESCRIPTION:" + text(description(i)));
            if (!d.units().isEmpty()) line(out, "CATEGORIES:" + String.join(",", d.units().stream().map(DeadlineCalendar::text).toList()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String summary(AgendaItem i) {
        Deadline d = i.deadline();
        String what = d.action() != null ? d.action() : d.text() != null ? d.text() : "deadline";
        String who = d.units().isEmpty() ? "" : " – " + String.join("; ", d.units());
        String doc = i.symbol() != null ? " (" + i.symbol() + ")" : "";
        return oneLine(what + who + doc);
    }

    private static String description(AgendaItem i) {
        Deadline d = i.deadline();
        StringBuilder b = new StringBuilder();
        if (d.text() != null) b.append(oneLine(d.text())).append('\n');
        if (!d.units().isEmpty()) b.append("Đơn vị: ").append(String.join("; ", d.units())).append('\n');
        if (d.reportTo() != null) b.append("Báo cáo: ").append(d.reportTo()).append('\n');
        if (d.recurrence() != null) b.append("Định kỳ: ").append(d.recurrence())
                .append(i.dueInferred() ? " (first due date inferred from the document's date)" : "").append('\n');
        b.append("Văn bản: ").append(i.symbol() == null ? i.file() : i.symbol());
        if (i.issuer() != null) b.append(", ").append(i.issuer());
        if (i.documentDate() != null) b.append(", ").append(i.documentDate());
        b.append('\n');
        if (i.title() != null) b.append(oneLine(i.title())).append('\n');
        b.append("planex id: ").append(i.documentId());
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** RFC 5545 TEXT escaping: backslash, semicolon, comma, newline. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Appends a content line folded at 75 octets (continuations start with a space), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int k = 0; k < content.length(); ) {
            int cp = content.codePointAt(k);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            k += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
