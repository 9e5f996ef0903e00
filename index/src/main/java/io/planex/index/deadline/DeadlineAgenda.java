package io.planex.index.deadline;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.PlanRecord;
import io.planex.index.FieldWords;
import io.planex.index.IndexFields;
import io.planex.index.IssuerLevels;
import io.planex.index.IssuerLevel;
import io.planex.index.PlanAnalyzers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The deadlines of every document in an index, filtered and in date order: what {@code planex deadlines} prints
 * and the web app's agenda shows. Documents are narrowed by Lucene (issuer, level and, when no recurring duty can
 * be wanted, the deadline date range), then each document's deadlines are checked one by one.
 */
public final class DeadlineAgenda {
    private static final Set<String> RECORD_ONLY = Set.of(IndexFields.ID, IndexFields.RECORD);
    private final Analyzer analyzer = PlanAnalyzers.indexAnalyzer();
    private final IssuerLevels levels = IssuerLevels.defaults();

    /** The deadlines that pass the filter, due date first (undated last), and whether documents were left out. */
    public record Result(List<AgendaItem> items, boolean truncated, long documentsMatched) {
        public Result {
            items = List.copyOf(items);
        }
    }

    /** A document the agenda reads: its id and stored record. */
    public record Stored(String id, PlanRecord record) {}

    /** The agenda of a local index: the first {@code maxDocuments} matching documents in index order. */
    public Result find(IndexSearcher searcher, DeadlineFilter filter) throws IOException {
        Query query = documentQuery(filter);
        TopDocs top = searcher.search(query, filter.maxDocuments(), new Sort(SortField.FIELD_DOC));
        long matched = searcher.count(query);
        List<Stored> docs = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc, RECORD_ONLY);
            docs.add(new Stored(doc.get(IndexFields.ID), RecordJson.fromJson(doc.get(IndexFields.RECORD))));
        }
        return collect(docs, matched, filter);
    }

    /**
     * The agenda of the documents another engine found for {@link #documentQuery} ({@code matched} in all, at most
     * {@code maxDocuments} of them read): every check after the query is this one, so the answers are the same.
     */
    public Result collect(List<Stored> docs, long matched, DeadlineFilter filter) {
        List<String> unitWords = filter.unit() == null ? List.of() : FieldWords.analyze(analyzer, IndexFields.UNIT, filter.unit());
        List<AgendaItem> items = new ArrayList<>();
        for (Stored doc : docs) {
            PlanRecord r = doc.record();
            String level = levels.infer(r.document().issuer(), r.document().symbol())
                    .map(IssuerLevel::label).orElse(null);
            for (Deadline d : r.deadlines()) {
                if (!unitWords.isEmpty() && !owedBy(d, unitWords)) continue;
                LocalDate due = parse(d.date());
                boolean inferred = false;
                if (due == null && d.recurrence() != null) {
                    LocalDate docDay = documentDay(r.document().date());
                    if (docDay != null) {
                        due = Recurrence.of(d.recurrence()).map(x -> x.endOfPeriod(docDay)).orElse(null);
                        inferred = due != null;
                    }
                }
                if (!inRange(due, d.recurrence() != null, filter)) continue;
                items.add(new AgendaItem(doc.id(), r.source().file(), r.document().symbol(),
                        r.document().title(), r.document().issuer(), level, r.document().date(), d, due, inferred));
            }
        }
        items.sort(Comparator.comparing(AgendaItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.symbol() == null ? "" : i.symbol())
                .thenComparing(AgendaItem::documentId)
                .thenComparingInt(i -> i.deadline().start()));
        return new Result(items, matched > docs.size(), matched);
    }

    /**
     * A one-off deadline must fall in the range. A recurring duty is listed when any occurrence may fall in it: it
     * started on or before the range's end (or has no known start).
     */
    private static boolean inRange(LocalDate due, boolean recurring, DeadlineFilter f) {
        if (f.from() == null && f.to() == null) return true;
        if (recurring) return due == null || f.to() == null || !due.isAfter(f.to());
        if (due == null) return false;
        return (f.from() == null || !due.isBefore(f.from())) && (f.to() == null || !due.isAfter(f.to()));
    }

    /** The documents whose deadlines the agenda checks: by issuer and level (as Lucene query, for any engine). */
    public Query documentQuery(DeadlineFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (f.issuer() != null) b.add(FieldWords.phrase(analyzer, IndexFields.ISSUER, f.issuer()), BooleanClause.Occur.FILTER);
        if (f.level() != null) {
            b.add(new TermQuery(new Term(IndexFields.LEVEL, f.level().label())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The unit's words, folded, appear in this order in one of the units that owe the deadline. */
    private boolean owedBy(Deadline d, List<String> words) {
        for (String u : d.units()) {
            if (containsRun(FieldWords.analyze(analyzer, IndexFields.UNIT, u), words)) return true;
        }
        return false;
    }

    private static boolean containsRun(List<String> hay, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!hay.get(i + j).equals(needle.get(j))) continue outer;
            }
            return true;
        }
        return false;
    }

    private static LocalDate parse(String iso) {
        var day = IndexFields.epochDay(iso);
        return day.isPresent() ? LocalDate.ofEpochDay(day.getAsLong()) : null;
    }

    /** The document's date; a bare year counts as its first day (so its periods are that year's). */
    private static LocalDate documentDay(String iso) {
        LocalDate d = parse(iso);
        if (d != null) return d;
        var year = IndexFields.year(iso);
        return year.isPresent() ? LocalDate.of(year.getAsInt(), 1, 1) : null;
    }
}
