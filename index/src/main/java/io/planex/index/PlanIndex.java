package io.planex.index;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import io.planex.index.analysis.CapturedTokens;
import io.planex.index.analysis.VietnameseAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes plan records into a Lucene index on disk. A record replaces any earlier one with the same id (the
 * content hash). Changes are visible to searchers after {@link #commit()}. One writer per index: a second
 * {@link #open} fails while the first is open (Lucene's write lock). {@link #put} and {@link #delete} may be
 * called from several threads at once.
 */
public final class PlanIndex implements Closeable {
    /** Longest facet label kept for a unit or issuer; longer ones are extraction noise, not names. */
    private static final int MAX_FACET_LABEL = 160;

    /** Term frequencies but no positions: shingles are only ever matched as single terms. */
    private static final FieldType SHINGLE_TYPE = new FieldType();

    static {
        SHINGLE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        SHINGLE_TYPE.setTokenized(true);
        SHINGLE_TYPE.setOmitNorms(false);
        SHINGLE_TYPE.freeze();
    }

    /** What {@link PlanAnalyzers#indexAnalyzer()} gives the body's exact field; its tokens feed all three. */
    private static final VietnameseAnalyzer BODY_ANALYZER = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.EXACT);

    private final IndexWriter writer;
    private final FacetsConfig facets = IndexFields.facetsConfig();
    private final IssuerLevels levels = IssuerLevels.defaults();

    private PlanIndex(IndexWriter writer) {
        this.writer = writer;
    }

    /** Opens (or creates) the index at {@code dir} for writing. */
    public static PlanIndex open(Path dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(PlanAnalyzers.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new PlanIndex(new IndexWriter(directory, config));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException("index " + dir + " is in use by another planex process", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the record, or replaces the one with the same id. {@code text} is the text it was extracted from. */
    public void put(PlanRecord record, String text) throws IOException {
        put(record, text, List.of(record.source().path()));
    }

    /**
     * Adds the record, or replaces the one with the same id, listing every path at which the same content was
     * found (the same file at two paths is one document).
     */
    public void put(PlanRecord record, String text, List<String> paths) throws IOException {
        put(record, text, paths, null);
    }

    /**
     * As {@link #put(PlanRecord, String, List)}, keeping where the text's pages start ({@code pages} null when not
     * known), so that a reader can number the pages of the text exactly.
     */
    public void put(PlanRecord record, String text, List<String> paths, PageMap pages) throws IOException {
        String id = record.source().sha256();
        writer.updateDocument(new Term(IndexFields.ID, id), facets.build(toDocument(record, text, paths, pages)));
    }

    private Document toDocument(PlanRecord record, String text, List<String> paths, PageMap pages) {
        Document doc = new Document();
        String id = record.source().sha256();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        Set<String> files = new LinkedHashSet<>();
        if (record.source().file() != null) files.add(record.source().file());
        for (String p : paths) {
            if (p == null) continue;
            doc.add(new StringField(IndexFields.PATH, p, Field.Store.YES));
            String name = fileName(p);
            if (name != null) files.add(name);
        }
        for (String f : files) doc.add(new StringField(IndexFields.FILE, f, Field.Store.NO));

        String body = text == null ? "" : text;
        // the body analysed once for its three fields (the same terms as each field's own analyzer gives)
        CapturedTokens tokens = CapturedTokens.of(BODY_ANALYZER, IndexFields.TEXT, body);
        doc.add(new StoredField(IndexFields.TEXT, body));
        doc.add(new TextField(IndexFields.TEXT, tokens.exact()));
        doc.add(new TextField(IndexFields.TEXT_FOLDED, tokens.folded()));
        doc.add(new Field(IndexFields.TEXT_SHINGLES, tokens.shingles(), SHINGLE_TYPE));

        DocumentHeader h = record.document();
        if (h.title() != null) {
            doc.add(new TextField(IndexFields.TITLE, h.title(), Field.Store.NO));
            doc.add(new TextField(IndexFields.TITLE_FOLDED, h.title(), Field.Store.NO));
            doc.add(new Field(IndexFields.TITLE_SHINGLES, h.title(), SHINGLE_TYPE));
        }
        CitationKey.ofSymbol(h.symbol())
                .ifPresent(k -> doc.add(new StringField(IndexFields.SYMBOL_KEY, k, Field.Store.NO)));
        String issuer = IndexFields.displayName(h.issuer());
        if (issuer != null) {
            doc.add(new TextField(IndexFields.ISSUER, issuer, Field.Store.NO));
            // Written out too ("HĐND TP. Vũng Tàu" -> "Hội đồng nhân dân thành phố Vũng Tàu"), so that a filter
            // typed in either form, or a mix, matches (the filter expands what is typed the same way).
            String expanded = Abbreviations.defaults().expand(issuer);
            if (!expanded.equals(issuer)) doc.add(new TextField(IndexFields.ISSUER, expanded, Field.Store.NO));
            if (issuer.length() <= MAX_FACET_LABEL) {
                doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_ISSUER, issuer));
            }
        }
        levels.infer(h.issuer(), h.symbol()).ifPresent(l -> {
            doc.add(new StringField(IndexFields.LEVEL, l.label(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_LEVEL, l.label()));
        });
        String type = IndexFields.typeKey(h.type());
        if (type != null) {
            doc.add(new StringField(IndexFields.TYPE, type, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, h.type().strip()));
        }
        OptionalInt year = IndexFields.year(h.date());
        if (year.isPresent()) {
            doc.add(new IntPoint(IndexFields.YEAR, year.getAsInt()));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, Integer.toString(year.getAsInt())));
        }
        OptionalLong date = IndexFields.epochDay(h.date());
        if (date.isPresent()) doc.add(new LongPoint(IndexFields.DATE, date.getAsLong()));
        if (date.isPresent() || year.isPresent()) {
            long sortDay = date.isPresent() ? date.getAsLong() : LocalDate.of(year.getAsInt(), 1, 1).toEpochDay();
            doc.add(new NumericDocValuesField(IndexFields.DATE_SORT, sortDay));
        }

        Set<String> citedKeys = new LinkedHashSet<>();
        for (Citation c : record.citations()) {
            String key = c.key();
            if (!citedKeys.add(key)) continue;
            doc.add(new StringField(IndexFields.CITES, key, Field.Store.NO));
            doc.add(new StringField(IndexFields.CITES_LABEL, key + '\t' + (c.symbol() == null ? key : c.symbol()),
                    Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_CITES, key));
            if (c.implementing()) doc.add(new StringField(IndexFields.IMPLEMENTS, key, Field.Store.NO));
        }
        Set<String> units = new LinkedHashSet<>();
        for (Unit u : record.units()) {
            String name = IndexFields.displayName(u.name());
            if (name == null || !units.add(name)) continue;
            doc.add(new TextField(IndexFields.UNIT, name, Field.Store.NO));
            String expandedUnit = Abbreviations.defaults().expand(name);
            if (!expandedUnit.equals(name)) doc.add(new TextField(IndexFields.UNIT, expandedUnit, Field.Store.NO));
            if (name.length() <= MAX_FACET_LABEL) doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_UNIT, name));
        }
        Set<String> months = new LinkedHashSet<>();
        for (Deadline d : record.deadlines()) {
            OptionalLong day = IndexFields.epochDay(d.date());
            if (day.isEmpty()) continue;
            doc.add(new LongPoint(IndexFields.DEADLINE, day.getAsLong()));
            if (months.add(d.date().substring(0, 7))) {
                doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_DEADLINE_MONTH, d.date().substring(0, 7)));
            }
        }
        doc.add(new StoredField(IndexFields.RECORD, RecordJson.toLine(record)));
        if (pages != null) doc.add(new StoredField(IndexFields.PAGE_STARTS, IndexFields.pageStarts(pages)));
        return doc;
    }

    private static String fileName(String path) {
        try {
            Path name = Paths.get(path).getFileName();
            return name == null ? null : name.toString();
        } catch (RuntimeException e) {
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            String name = path.substring(slash + 1);
            return name.isEmpty() ? null : name;
        }
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments (1 after a bulk ingest): facet counting and
     * opening get cheaper with fewer segments. Costly (rewrites the index); call once at the end, then commit.
     */
    public void forceMerge(int maxSegments) throws IOException {
        writer.forceMerge(maxSegments);
    }

    /** Removes the document with this id, if any. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.ID, id));
    }

    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Commits atomically together with caller's bookkeeping (e.g. a resume checkpoint), readable back from the
     * last commit's user data ({@code DirectoryReader.getIndexCommit().getUserData()}).
     */
    public void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            writer.getDirectory().close();
        }
    }
}
