package io.planex.index;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.PlanRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes plan records into a Lucene index on disk. A record replaces any earlier one with the same id (the
 * content hash). Changes are visible to searchers after {@link #commit()}.
 */
public final class PlanIndex implements Closeable {
    private final IndexWriter writer;

    private PlanIndex(IndexWriter writer) {
        this.writer = writer;
    }

    public static PlanIndex open(Path dir) throws IOException {
        Analyzer analyzer = PlanAnalyzers.indexAnalyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new PlanIndex(new IndexWriter(FSDirectory.open(dir), config));
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
        Document doc = new Document();
        String id = record.source().sha256();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        for (String p : paths) doc.add(new StringField(IndexFields.PATH, p, Field.Store.YES));
        doc.add(new TextField(IndexFields.TEXT, text == null ? "" : text, Field.Store.YES));
        if (record.document().title() != null) {
            doc.add(new TextField(IndexFields.TITLE, record.document().title(), Field.Store.NO));
        }
        for (Citation c : record.citations()) {
            doc.add(new StringField(IndexFields.CITES, c.key(), Field.Store.NO));
            if (c.implementing()) doc.add(new StringField(IndexFields.IMPLEMENTS, c.key(), Field.Store.NO));
        }
        doc.add(new StoredField(IndexFields.RECORD, RecordJson.toLine(record)));
        writer.updateDocument(new Term(IndexFields.ID, id), doc);
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
        writer.close();
    }
}
