package io.planex.extract;

import io.planex.extract.citation.AddresseeIssuer;
import io.planex.extract.citation.CitationExtractor;
import io.planex.extract.citation.LaterDates;
import io.planex.extract.citation.OwnIssuer;
import io.planex.extract.deadline.DeadlineExtractor;
import io.planex.extract.header.HeaderExtractor;
import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.PageMap;
import io.planex.extract.model.Unit;
import io.planex.extract.text.Nfc;
import io.planex.extract.text.FlatLines;
import io.planex.extract.text.CopyBlocks;
import io.planex.extract.text.ForwardedDocuments;
import io.planex.extract.text.RunningLines;
import io.planex.extract.text.TextChars;
import io.planex.extract.unit.UnitExtractor;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The extraction pipeline for one text: header, then citations, units and deadlines (deadlines need the
 * header's and the implemented citations' dates to infer years). Pure: text in, records out. Thread-safe.
 *
 * <p>Offsets in the result refer to {@code text} as given. Text that is not in Unicode NFC is normalised first
 * and offsets then refer to the normalised text; callers that care (ingest does) pass NFC text. No-break spaces
 * read as spaces.
 */
public final class PlanExtractor {
    private final HeaderExtractor headers = new HeaderExtractor();
    private final CitationExtractor citations = new CitationExtractor();
    private final UnitExtractor units = new UnitExtractor();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final int sideThreadChars;

    public PlanExtractor() {
        this(SIDE_THREAD_CHARS);
    }

    /** With the length from which header and citations are read on a second thread (tests compare both ways). */
    PlanExtractor(int sideThreadChars) {
        this.sideThreadChars = sideThreadChars;
    }

    public Extraction extract(String text, PageMap pages) {
        String t = text == null ? "" : text;
        if (!Nfc.isNormalized(t)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
        }
        t = plainSpaces(t);
        PageMap p = pages == null ? PageMap.single() : pages;
        // page headers and a portal's prefix repeated before each article: blanked in place, offsets kept
        // a text that lost its line breaks has them back before the markers that open lines, offsets kept
        String plain = t;
        String lined = safely(() -> FlatLines.restored(plain), plain);
        String unrunning = safely(() -> RunningLines.blank(lined), lined);
        // a copying office's block under the copy ("SAO Y", its own number, recipients and signer): the original's
        // fields, recipients and signer are what the copy carries
        String copied = safely(() -> CopyBlocks.blank(unrunning), unrunning);
        // a higher body's letter printed whole after a forwarding letter's signature: the record is the forwarding one's
        String in = safely(() -> ForwardedDocuments.blank(copied), copied);
        // header and citations need nothing from units, so on a large text (an archive export of many plans in one
        // file: seconds of work, where a thread costs microseconds) they run on a second thread while this one finds
        // the units and scans the deadline triggers (which need the text alone); the rest of deadlines, which needs
        // all of them, follows here, where units left their outline (Outline.of and TaskTable keep theirs per
        // thread). The two threads' shares were about even on merged plans. Each step is what it is on one thread,
        // so the record is the same.
        HeaderAndCitations first;
        List<Unit> found;
        List<Deadline> due;
        if (in.length() >= sideThreadChars && Runtime.getRuntime().availableProcessors() > 1) {
            // what each thread's steps catch is reported here in the one-thread order: header, citations, units
            List<Throwable> caughtThere = new ArrayList<>();
            List<Throwable> caughtHere = new ArrayList<>();
            SideTask<HeaderAndCitations> side = SideTask.start(() -> {
                try {
                    return CaughtFailures.held(caughtThere, () -> headerAndCitations(in, p));
                } finally {
                    TextChars.forget(in); // the side thread's own copy
                }
            });
            found = CaughtFailures.held(caughtHere, () -> safely(() -> units.extract(in, p), List.of()));
            DeadlineExtractor.Scan scanned = CaughtFailures.held(caughtHere, () -> safely(() -> deadlines.scan(in), null));
            first = side.join();
            caughtThere.forEach(CaughtFailures::report);
            caughtHere.forEach(CaughtFailures::report);
            // a scan that threw would have made deadlines throw: none, as safely gives
            due = scanned == null ? List.of()
                    : safely(() -> deadlines.extract(in, p, first.header(), first.cited(), found, scanned), List.of());
        } else {
            first = headerAndCitations(in, p);
            found = safely(() -> units.extract(in, p), List.of());
            due = safely(() -> deadlines.extract(in, p, first.header(), first.cited(), found), List.of());
        }
        DocumentHeader header = first.header();
        List<Citation> cited = first.cited();
        // the text's shared chars (TextChars) are not kept for the next text
        TextChars.forget(in);
        TextChars.forget(t);
        return new Extraction(header, cited, found, due);
    }

    /**
     * Texts at least this long (chars) have their header and citations read on a second thread
     * (see {@link #extract(String, PageMap)}); a real plan or decision is 15-25 k chars and never is.
     */
    static final int SIDE_THREAD_CHARS = 1 << 20;

    private record HeaderAndCitations(DocumentHeader header, List<Citation> cited) {}

    private HeaderAndCitations headerAndCitations(String in, PageMap p) {
        DocumentHeader header = safely(() -> headers.extract(in, p), DocumentHeader.empty());
        List<Citation> cited = withoutOwnSymbol(safely(() -> citations.extract(in, p), List.of()), header);
        cited = AddresseeIssuer.resolved(OwnIssuer.filled(cited, header), header);
        return new HeaderAndCitations(header, LaterDates.mended(cited, header.date()));
    }

    /**
     * No-break spaces (Word files, web pages) as plain spaces: every pattern here takes them for what they look
     * like. One char for one, so offsets into {@code text} hold. Ingest's repair does the same; text given here
     * directly may not have been through it.
     */
    static String plainSpaces(String t) {
        if (!hasNoBreakSpace(TextChars.of(t))) return t;
        return t.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }

    /**
     * Whether a no-break space (U+00A0, U+202F, U+2007) is among {@code chars}: one pass over the text's shared
     * chars (made by the NFC check) instead of an {@code indexOf} walk for each, which C1 runs a char at a time.
     */
    static boolean hasNoBreakSpace(char[] chars) {
        for (char c : chars) {
            if (c >= '\u00A0' && (c == '\u00A0' || c == '\u202F' || c == '\u2007')) return true;
        }
        return false;
    }

    /**
     * One extractor's failure on an odd text must not cost the file its other fields: a bulk run keeps the
     * record with that part empty. (The extractors are tested never to throw; this is the net under them.)
     */
    private static <T> T safely(Supplier<T> step, T fallback) {
        try {
            return step.get();
        } catch (RuntimeException | StackOverflowError e) {
            CaughtFailures.report(e);
            return fallback;
        }
    }

    /** A document does not cite itself: its own "Số: ..." symbol is the header's, not a citation. */
    private static List<Citation> withoutOwnSymbol(List<Citation> cited, DocumentHeader header) {
        if (header.symbol() == null) return cited;
        Optional<String> own = CitationKey.ofSymbol(header.symbol());
        if (own.isEmpty()) return cited;
        return cited.stream().filter(c -> !c.key().equals(own.get())).toList();
    }

    public Extraction extract(String text) {
        return extract(text, PageMap.single());
    }
}
