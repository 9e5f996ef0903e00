package io.planex.cli;

import io.planex.index.IssuerLevel;
import io.planex.index.deadline.DeadlineAgenda;
import io.planex.index.deadline.DeadlineCalendar;
import io.planex.index.deadline.DeadlineFilter;
import io.planex.index.deadline.DeadlineFormats;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** planex deadlines: the deadline agenda across documents (the same code as the web app's agenda). */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"Lists the deadlines of the indexed documents in date order.",
            "Filters combine: a unit's deadlines (words of its name, diacritics optional), an issuer's, a level's, a",
            "date range (ISO, inclusive). A recurring report printed without a date is due at the end of each",
            "period from the document's date on; --format ics gives one calendar event per deadline with an RRULE",
            "for recurring ones (RFC 5545), for a unit's calendar."},
        footer = {"", "Examples:", "  planex deadlines --from 2023-12-01 --to 2023-12-31",
            "  planex deadlines --unit \"Văn phòng UBND\" --format ics > van-phong.ics",
            "  planex deadlines --issuer \"Long Điền\" --format csv > long-dien.csv"})
final class DeadlinesCommand implements Callable<Integer> {
    enum Format { table, json, csv, ics }

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--unit", paramLabel = "WORDS", description = "Owed by a unit whose name contains these words.")
    String unit;

    @Option(names = "--issuer", paramLabel = "WORDS", description = "Set by an issuer whose name contains these words.")
    String issuer;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Issuer level: central, province, district, commune.")
    String level;

    @Option(names = "--from", paramLabel = "DATE", description = "Due on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Due on or before DATE.")
    String to;

    @Option(names = "--today", paramLabel = "DATE", description = "The day 'overdue' is judged against (default: today).")
    String today;

    @Option(names = "--max-documents", paramLabel = "N", defaultValue = "" + DeadlineFilter.DEFAULT_MAX_DOCUMENTS,
            description = "Documents read at most (default: ${DEFAULT-VALUE}); the output says when more matched.")
    int maxDocuments;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, csv or ics (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (maxDocuments <= 0) throw new Errors.UserException("--max-documents must be positive, was " + maxDocuments);
        IssuerLevel lvl = null;
        if (level != null) {
            lvl = IssuerLevel.ofLabel(level).orElseThrow(() -> new Errors.UserException(
                    "--level: unknown level '" + level + "' (central, province, district, commune)"));
        }
        LocalDate f = date("--from", from);
        LocalDate t = date("--to", to);
        if (f != null && t != null && f.isAfter(t)) throw new Errors.UserException("--from " + f + " is after --to " + t);
        LocalDate day = today == null ? LocalDate.now() : date("--today", today);
        DeadlineFilter filter = new DeadlineFilter(unit, issuer, lvl, f, t, maxDocuments);
        DeadlineAgenda.Result result = index.ask(searcher -> searcher.deadlines(filter));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> DeadlineFormats.table(result, day, out);
            case json -> out.println(DeadlineFormats.json(result, day));
            case csv -> DeadlineFormats.csv(result, day, out);
            case ics -> out.print(DeadlineCalendar.ics(result.items(), Instant.now()));
        }
        out.flush();
        if (result.truncated()) {
            spec.commandLine().getErr().printf("planex: %d documents matched, %d were read: narrow the filters or "
                    + "raise --max-documents%n", result.documentsMatched(), maxDocuments);
        }
        return ExitCodes.OK;
    }

    private static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Errors.UserException(option + ": not an ISO date (YYYY-MM-DD): '" + value + "'");
        }
    }
}
