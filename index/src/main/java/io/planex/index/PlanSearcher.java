package io.planex.index;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.PlanRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/** Searches a planex index. Open once, search many times; thread-safe. */
public final class PlanSearcher implements Closeable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = PlanAnalyzers.indexAnalyzer();

    private PlanSearcher(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index at {@code dir}; fails with a clear message when there is none. */
    public static PlanSearcher open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no index at " + dir + " (run planex ingest first)");
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no index at " + dir + " (run planex ingest first)");
        }
        return new PlanSearcher(DirectoryReader.open(directory));
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Query query = toQuery(request);
        TopDocs top = searcher.search(query, request.limit());
        String[] snippets = snippets(request, query, top);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc);
            PlanRecord r = RecordJson.fromJson(doc.get(IndexFields.RECORD));
            List<String> snip = snippets[i] == null ? List.of() : List.of(snippets[i].strip());
            hits.add(new SearchHit(doc.get(IndexFields.ID), r.source().file(), r.document().symbol(),
                    r.document().title(), r.document().issuer(), r.document().date(), sd.score, snip));
        }
        return new SearchResult(top.totalHits.value, hits);
    }

    private Query toQuery(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (request.query() != null && !request.query().isBlank()) {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(
                    new String[] {IndexFields.TEXT, IndexFields.TITLE}, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                b.add(parser.parse(request.query()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                b.add(parseLiterally(parser, request.query()), BooleanClause.Occur.MUST);
            }
            any = true;
        }
        if (request.cites() != null) {
            String key = CitationKey.ofSymbol(request.cites()).orElse(null);
            if (key == null) return new MatchNoDocsQuery("not a document symbol: " + request.cites());
            b.add(new TermQuery(new Term(IndexFields.CITES, key)), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (!any) return new MatchAllDocsQuery();
        return b.build();
    }

    private static Query parseLiterally(QueryParser parser, String text) {
        try {
            return parser.parse(QueryParser.escape(text));
        } catch (ParseException e) {
            return new MatchNoDocsQuery("unparseable query");
        }
    }

    private String[] snippets(SearchRequest request, Query query, TopDocs top) throws IOException {
        String[] none = new String[top.scoreDocs.length];
        if (request.query() == null || request.query().isBlank() || top.scoreDocs.length == 0) return none;
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
        String[] s = highlighter.highlight(IndexFields.TEXT, query, top, 1);
        return s == null ? none : Arrays.copyOf(s, s.length);
    }

    public long documentCount() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
