package io.planex.index;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PlanRecord;
import io.planex.index.deadline.DeadlineAgenda;
import io.planex.index.deadline.DeadlineFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Searches a planex index. Open once, search many times; thread-safe. */
public final class PlanSearcher implements SearchBackend {
    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-fA-F]{4,64}");
    private static final int SNIPPETS_PER_HIT = 2;
    /** Each word pair adds two ranking clauses; Lucene allows 1,024 clauses in a query. */
    public static final int MAX_QUERY_WORDS = 500;
    /** A document citing or bearing a symbol typed in the query ranks above any text match of its parts. */
    private static final float SYMBOL_BOOST = 1000f;
    /** Candidates re-ranked by the exact-diacritic and syllable-pair boosts. */
    static final int RESCORE_WINDOW = 200;
    /** Without text to rank by, newest documents first; undated ones last. */
    private static final Sort NEWEST_FIRST;

    static {
        SortField byDate = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        NEWEST_FIRST = new Sort(byDate, SortField.FIELD_DOC);
    }

    private static final Sort IMPLEMENTERS_THEN_NEWEST;

    static {
        SortField byDate = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        IMPLEMENTERS_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, byDate, SortField.FIELD_DOC);
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = PlanAnalyzers.indexAnalyzer();
    private volatile Map<String, String> citedSymbols;

    /** Builds queries only (no index): for {@link #queries}. */
    private static final PlanSearcher QUERY_BUILDER = new PlanSearcher(null);

    private PlanSearcher(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = reader == null ? null : new IndexSearcher(reader);
    }

    /** What a request means as Lucene queries, for another Lucene-based engine to run the same search. */
    public static SearchQueries queries(SearchRequest request) {
        return QUERY_BUILDER.queriesOf(request);
    }

    private SearchQueries queriesOf(SearchRequest request) {
        Query textQuery = request.hasText() ? foldedTextQuery(request.query()) : null;
        return new SearchQueries(toQuery(request, textQuery),
                textQuery == null ? null : rankingBoosts(request.query()),
                Math.max(request.limit(), RESCORE_WINDOW),
                request.hasText() ? highlightTerms(request.query()) : new Snippets.Terms(Set.of(), Set.of()),
                citedKey(request));
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

    public long documentCount() {
        return reader.numDocs();
    }

    // ---------------------------------------------------------------- search

    /** @throws QueryTooLongException when the free text has more than {@link #MAX_QUERY_WORDS} words */
    public SearchResult search(SearchRequest request) throws IOException {
        if (request.hasText()) {
            int words = FieldWords.analyze(analyzer, IndexFields.TEXT_FOLDED, request.query()).size();
            if (words > MAX_QUERY_WORDS) throw new QueryTooLongException(words, MAX_QUERY_WORDS);
        }
        Query textQuery = request.hasText() ? foldedTextQuery(request.query()) : null;
        Query match = toQuery(request, textQuery);
        // Text: the folded match ranks a window of candidates, then exact-diacritic and syllable-pair boosts
        // re-rank that window (scoring the boosts on every match cost 5-10x more on large result sets).
        boolean rank = textQuery != null && !request.newestFirst();
        int window = rank ? Math.max(request.limit(), RESCORE_WINDOW) : request.limit();
        Sort sort = rank ? null : NEWEST_FIRST;
        if (!rank && !request.newestFirst() && request.cites() != null && request.implementsSymbol() == null) {
            // Who carries the directive out matters more than who mentions it, and implementers are often dated
            // by year only (sorting last by date): implementers first, then newest first.
            match = implementersFirst(match, request.cites());
            sort = IMPLEMENTERS_THEN_NEWEST;
        }
        TopDocs top;
        FacetsCollector facetsCollector = null;
        if (!request.facets().isEmpty()) {
            FacetsCollectorManager.FacetsResult r = sort == null
                    ? FacetsCollectorManager.search(searcher, match, window, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, match, window, sort, new FacetsCollectorManager());
            top = r.topDocs();
            facetsCollector = r.facetsCollector();
        } else if (sort == null) {
            // Count every match in the same pass: a second counting pass cost more than the skipping saved.
            top = searcher.search(match, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
        } else {
            top = searcher.search(match, window, sort);
        }
        long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value : searcher.count(match);
        if (rank) {
            top = QueryRescorer.rescore(searcher, top, rankingBoosts(request.query()), 1.0, request.limit());
        }

        Snippets.Terms terms = request.hasText() ? highlightTerms(request.query())
                : new Snippets.Terms(Set.of(), Set.of());
        String citedKey = citedKey(request);
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            PlanRecord r = RecordJson.fromJson(doc.get(IndexFields.RECORD));
            String text = doc.get(IndexFields.TEXT);
            List<String> snippets = new ArrayList<>(Snippets.forTerms(text, terms, analyzer, SNIPPETS_PER_HIT));
            if (citedKey != null && snippets.size() < SNIPPETS_PER_HIT) {
                String s = citationSnippet(r, text, citedKey);
                if (s != null && !snippets.contains(s)) snippets.add(s);
            }
            float score = !rank || Float.isNaN(sd.score) ? 0f : sd.score;
            hits.add(new SearchHit(doc.get(IndexFields.ID), r.source().file(), r.document().symbol(),
                    r.document().title(), r.document().issuer(), r.document().date(), score, snippets,
                    List.of(doc.getValues(IndexFields.PATH))));
        }
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        if (facetsCollector != null) {
            FacetCounter.count(facetsCollector, request.facets(), request.facetLimit())
                    .forEach((dim, values) -> counts.put(dim, labelled(dim, values)));
        }
        return new SearchResult(total, hits, counts);
    }

    /**
     * The citation key a hit's citation snippet shows: that of {@code --cites}, else {@code --implements}, else the
     * first document symbol typed in the query text; null when there is none.
     */
    private static String citedKey(SearchRequest request) {
        if (request.cites() != null) return CitationKey.ofSymbol(request.cites()).orElse(null);
        if (request.implementsSymbol() != null) return CitationKey.ofSymbol(request.implementsSymbol()).orElse(null);
        return request.hasText() ? firstSymbolKey(request.query()) : null;
    }

    /** {@code match}, scoring 1 more for documents that implement {@code symbol}. */
    private static Query implementersFirst(Query match, String symbol) {
        return new BooleanQuery.Builder()
                .add(new ConstantScoreQuery(match), BooleanClause.Occur.MUST)
                .add(new ConstantScoreQuery(keyQuery(IndexFields.IMPLEMENTS, symbol)), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The sentence around the first mention of the cited key, highlighted. */
    public static String citationSnippet(PlanRecord r, String text, String key) {
        for (Citation c : r.citations()) {
            if (!keysMatch(c.key(), key)) continue;
            for (Mention m : c.mentions()) {
                String s = Snippets.aroundSpan(text, m.start(), m.end());
                if (s != null) return s;
            }
        }
        return null;
    }

    /**
     * Free text must match the folded fields; exact diacritics and adjacent syllable pairs add to the score. A
     * document symbol in the text ({@link QuerySymbols}) matches the documents that cite it or bear it, far above
     * those that merely print its parts; the other words are required as usual.
     */
    Query foldedTextQuery(String text) {
        QuerySymbols found = QuerySymbols.of(text);
        if (!found.any()) return plainTextQuery(text);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < found.keys().size(); i++) {
            String key = found.keys().get(i);
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            one.add(new BoostQuery(new ConstantScoreQuery(forKey(IndexFields.CITES, key)), SYMBOL_BOOST),
                    BooleanClause.Occur.SHOULD);
            one.add(new BoostQuery(new ConstantScoreQuery(forKey(IndexFields.SYMBOL_KEY, key)), SYMBOL_BOOST),
                    BooleanClause.Occur.SHOULD);
            // Printed but not recognised as a citation (a damaged scan): found, ranked after.
            one.add(symbolPhrase(found.symbols().get(i)), BooleanClause.Occur.SHOULD);
            all.add(one.build(), BooleanClause.Occur.MUST);
        }
        if (!found.rest().isBlank()) all.add(plainTextQuery(found.rest()), BooleanClause.Occur.MUST);
        return all.build();
    }

    /** The symbol's words next to each other ("57 kl tw"), in the text or the title: never "57" here, "TW" there. */
    private Query symbolPhrase(String symbol) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : List.of(IndexFields.TEXT_FOLDED, IndexFields.TITLE_FOLDED)) {
            List<String> words = FieldWords.analyze(analyzer, field, symbol);
            if (words.isEmpty()) continue;
            b.add(words.size() == 1 ? new TermQuery(new Term(field, words.get(0)))
                    : new PhraseQuery(field, words.toArray(new String[0])), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The citation key of the first symbol in a free-text query, or null. */
    static String firstSymbolKey(String text) {
        QuerySymbols found = QuerySymbols.of(text);
        return found.any() ? found.keys().get(0) : null;
    }

    private Query plainTextQuery(String text) {
        MultiFieldQueryParser folded = new MultiFieldQueryParser(
                new String[] {IndexFields.TEXT_FOLDED, IndexFields.TITLE_FOLDED}, analyzer,
                Map.of(IndexFields.TEXT_FOLDED, 1f, IndexFields.TITLE_FOLDED, 2f));
        folded.setDefaultOperator(QueryParser.Operator.AND);
        return parse(folded, text);
    }

    private Query rankingBoosts(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        MultiFieldQueryParser exact = new MultiFieldQueryParser(
                new String[] {IndexFields.TEXT, IndexFields.TITLE}, analyzer,
                Map.of(IndexFields.TEXT, 1f, IndexFields.TITLE, 2f));
        exact.setDefaultOperator(QueryParser.Operator.OR);
        b.add(new BoostQuery(parse(exact, text), 1.5f), BooleanClause.Occur.SHOULD);
        String plain = text.replaceAll("[\"()+\\-!^~*?:\\\\/\\[\\]{}]", " ");
        for (String shingle : FieldWords.analyze(analyzer, IndexFields.TEXT_SHINGLES, plain)) {
            b.add(new TermQuery(new Term(IndexFields.TEXT_SHINGLES, shingle)), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE_SHINGLES, shingle)), 2f),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private Query toQuery(SearchRequest request, Query textQuery) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (textQuery != null) {
            b.add(textQuery, BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (request.cites() != null) b.add(keyQuery(IndexFields.CITES, request.cites()), BooleanClause.Occur.FILTER);
        if (request.implementsSymbol() != null) {
            b.add(keyQuery(IndexFields.IMPLEMENTS, request.implementsSymbol()), BooleanClause.Occur.FILTER);
        }
        if (request.issuer() != null) b.add(wordsQuery(IndexFields.ISSUER, request.issuer()), BooleanClause.Occur.FILTER);
        if (request.unit() != null) b.add(wordsQuery(IndexFields.UNIT, request.unit()), BooleanClause.Occur.FILTER);
        if (request.level() != null) {
            b.add(new TermQuery(new Term(IndexFields.LEVEL, request.level().label())), BooleanClause.Occur.FILTER);
        }
        if (request.type() != null) {
            String type = IndexFields.typeKey(request.type());
            b.add(type == null ? new MatchNoDocsQuery() : new TermQuery(new Term(IndexFields.TYPE, type)),
                    BooleanClause.Occur.FILTER);
        }
        if (request.year() != null) b.add(IntPoint.newExactQuery(IndexFields.YEAR, request.year()), BooleanClause.Occur.FILTER);
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (request.deadlineAfter() != null || request.deadlineBefore() != null) {
            long lo = request.deadlineAfter() == null ? Long.MIN_VALUE : request.deadlineAfter().toEpochDay();
            long hi = request.deadlineBefore() == null ? Long.MAX_VALUE : request.deadlineBefore().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.DEADLINE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query keyQuery(String field, String symbol) {
        return CitationKey.ofSymbol(symbol)
                .map(k -> forKey(field, k))
                .orElseGet(() -> new MatchNoDocsQuery("not a document symbol: " + symbol));
    }

    private static Query forKey(String field, String key) {
        return isTypeless(key) ? typelessQuery(field, key) : new TermQuery(new Term(field, key));
    }

    /**
     * A symbol printed without a type code ("35/2021/QH15") takes its type from the word before it in the text
     * (Nghị quyết, Luật), which a user typing the bare symbol does not give: such a key matches any type.
     */
    private static boolean isTypeless(String key) {
        return key.contains("||");
    }

    private static Query typelessQuery(String field, String key) {
        int bar = key.indexOf("||");
        return new WildcardQuery(new Term(field, escapeWildcards(key.substring(0, bar)) + "|*|"
                + escapeWildcards(key.substring(bar + 2))));
    }

    private static String escapeWildcards(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    static boolean keysMatch(String indexed, String asked) {
        if (!isTypeless(asked)) return indexed.equals(asked);
        int bar = asked.indexOf("||");
        String[] parts = indexed.split("\\|", -1);
        return parts.length == 3 && parts[0].equals(asked.substring(0, bar))
                && parts[2].equals(asked.substring(bar + 2));
    }

    /**
     * The words of {@code text}, folded, as a phrase inside one value of {@code field}; typed abbreviations
     * ("UBND tỉnh") match both as typed and written out ("Ủy ban nhân dân tỉnh").
     */
    private Query wordsQuery(String field, String text) {
        String expanded = Abbreviations.defaults().expand(text);
        if (expanded.equals(text)) return FieldWords.phrase(analyzer, field, text);
        return new BooleanQuery.Builder()
                .add(FieldWords.phrase(analyzer, field, text), BooleanClause.Occur.SHOULD)
                .add(FieldWords.phrase(analyzer, field, expanded), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query parse(QueryParser parser, String text) {
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException | RuntimeException e2) {
                return new MatchNoDocsQuery("unparseable query");
            }
        }
    }

    /**
     * Words to highlight: a word typed with diacritics is looked for exactly, one typed without in folded form.
     * Read from the query text itself, operators and field names aside.
     */
    private Snippets.Terms highlightTerms(String query) {
        Set<String> exact = new HashSet<>();
        Set<String> folded = new HashSet<>();
        String words = query.replaceAll("[\"()+!^~*?:\\\\/\\[\\]{}]|(?<![\\p{L}\\d])-|\\b(AND|OR|NOT)\\b", " ");
        List<String> e = FieldWords.analyze(analyzer, IndexFields.TEXT, words);
        List<String> f = FieldWords.analyze(analyzer, IndexFields.TEXT_FOLDED, words);
        if (e.size() != f.size()) return new Snippets.Terms(Set.of(), Set.copyOf(f));
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i).equals(f.get(i))) folded.add(f.get(i));
            else exact.add(e.get(i));
        }
        return new Snippets.Terms(exact, folded);
    }

    // ---------------------------------------------------------------- facets

    /** Cited keys shown as the symbols documents print. */
    private List<FacetCount> labelled(String dim, List<FacetCount> values) {
        if (!dim.equals(IndexFields.FACET_CITES)) return values;
        List<FacetCount> out = new ArrayList<>(values.size());
        for (FacetCount c : values) out.add(new FacetCount(symbolOf(c.value()), c.count()));
        return out;
    }

    /** The canonical symbol printed for a citation key: the form most documents print. */
    @Override
    public String symbolOf(String key) {
        return citedSymbols().getOrDefault(key, key);
    }

    private Map<String, String> citedSymbols() {
        Map<String, String> m = citedSymbols;
        if (m != null) return m;
        Map<String, String> best = new HashMap<>();
        Map<String, Integer> bestFreq = new HashMap<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, IndexFields.CITES_LABEL);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                BytesRef t;
                while ((t = te.next()) != null) {
                    String s = t.utf8ToString();
                    int tab = s.indexOf('\t');
                    if (tab < 0) continue;
                    String key = s.substring(0, tab);
                    int freq = te.docFreq();
                    if (freq > bestFreq.getOrDefault(key, 0)) {
                        bestFreq.put(key, freq);
                        best.put(key, s.substring(tab + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        citedSymbols = Map.copyOf(best);
        return citedSymbols;
    }

    // ---------------------------------------------------------------- show

    /**
     * The documents {@code ref} names: an id or id prefix (4+ hex digits), a path as ingested, or a file name.
     * Several when a prefix or file name is ambiguous; empty when none.
     */
    public List<StoredDocument> find(String ref) throws IOException {
        if (ref == null || ref.isBlank()) return List.of();
        String r = ref.strip();
        List<Query> tries = new ArrayList<>();
        if (HEX_PREFIX.matcher(r).matches()) {
            String lower = r.toLowerCase(java.util.Locale.ROOT);
            tries.add(lower.length() == 64 ? new TermQuery(new Term(IndexFields.ID, lower))
                    : new PrefixQuery(new Term(IndexFields.ID, lower)));
        }
        // Names are compared after NFC: macOS stores them decomposed (NFD), people type them composed. The name
        // is cut at the last '/' by hand: Path.of fails on Vietnamese under a non-UTF-8 locale.
        for (String form : unicodeForms(r)) {
            tries.add(new TermQuery(new Term(IndexFields.PATH, form)));
            tries.add(new TermQuery(new Term(IndexFields.FILE, form)));
            String name = form.substring(form.lastIndexOf('/') + 1);
            if (!name.isEmpty() && !name.equals(form)) tries.add(new TermQuery(new Term(IndexFields.FILE, name)));
        }
        for (Query q : tries) {
            TopDocs top = searcher.search(q, 20, new Sort(SortField.FIELD_DOC));
            if (top.scoreDocs.length == 0) continue;
            List<StoredDocument> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) out.add(storedDocument(stored.document(sd.doc)));
            return out;
        }
        return List.of();
    }

    /** The text as typed, composed (NFC) and decomposed (NFD), each once. */
    private static List<String> unicodeForms(String s) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(s);
        forms.add(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC));
        forms.add(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD));
        return List.copyOf(forms);
    }

    private static StoredDocument storedDocument(Document doc) {
        return new StoredDocument(doc.get(IndexFields.ID), List.of(doc.getValues(IndexFields.PATH)),
                RecordJson.fromJson(doc.get(IndexFields.RECORD)), doc.get(IndexFields.TEXT),
                IndexFields.pageMap(doc.get(IndexFields.PAGE_STARTS)));
    }

    // ---------------------------------------------------------------- graph

    /** The citation graph of every document in the index (reads every stored record: an export, not a query). */
    public CitationGraph graph() throws IOException {
        GraphBuilder graph = new GraphBuilder();
        Set<String> fields = Set.of(IndexFields.ID, IndexFields.RECORD);
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                Document doc = stored.document(d, fields);
                graph.add(doc.get(IndexFields.ID), RecordJson.fromJson(doc.get(IndexFields.RECORD)));
            }
        }
        return graph.build(this::symbolOf);
    }

    // ---------------------------------------------------------------- stats

    /** Summary counts; {@code top} bounds the directive, issuer and unit lists. */
    public IndexStats stats(int top) throws IOException {
        FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        Map<String, List<FacetCount>> top1 = FacetCounter.count(fc, List.of(IndexFields.FACET_CITES,
                IndexFields.FACET_ISSUER, IndexFields.FACET_TYPE), top);
        Map<String, List<FacetCount>> all = FacetCounter.count(fc, List.of(IndexFields.FACET_LEVEL,
                IndexFields.FACET_YEAR), Integer.MAX_VALUE);
        List<FacetCount> directives = labelled(IndexFields.FACET_CITES, top1.get(IndexFields.FACET_CITES));
        List<FacetCount> issuers = top1.get(IndexFields.FACET_ISSUER);
        List<FacetCount> types = top1.get(IndexFields.FACET_TYPE);
        List<FacetCount> levels = all.get(IndexFields.FACET_LEVEL);
        List<FacetCount> years = sortedByValue(all.get(IndexFields.FACET_YEAR));
        return new IndexStats(reader.numDocs(), directives, issuers, levels, years, types, deadlinesByMonth());
    }

    private static List<FacetCount> sortedByValue(List<FacetCount> in) {
        List<FacetCount> out = new ArrayList<>(in);
        out.sort(Comparator.comparing(FacetCount::value));
        return out;
    }

    /** Every dated deadline (not every document) counted in its month, read from the point values. */
    private List<FacetCount> deadlinesByMonth() throws IOException {
        TreeMap<Long, long[]> perDay = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            PointValues points = leaf.reader().getPointValues(IndexFields.DEADLINE);
            if (points == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            points.intersect(new PointValues.IntersectVisitor() {
                @Override
                public void visit(int docID) {
                    throw new IllegalStateException("every cell is visited value by value");
                }

                @Override
                public void visit(int docID, byte[] packedValue) {
                    if (live != null && !live.get(docID)) return;
                    long day = LongPoint.decodeDimension(packedValue, 0);
                    perDay.computeIfAbsent(day, k -> new long[1])[0]++;
                }

                @Override
                public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
                    return PointValues.Relation.CELL_CROSSES_QUERY;
                }
            });
        }
        TreeMap<String, Long> perMonth = new TreeMap<>();
        perDay.forEach((day, n) -> perMonth.merge(java.time.LocalDate.ofEpochDay(day).toString().substring(0, 7),
                n[0], Long::sum));
        List<FacetCount> out = new ArrayList<>();
        perMonth.forEach((m, n) -> out.add(new FacetCount(m, n)));
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    @Override
    public DeadlineAgenda.Result deadlines(DeadlineFilter filter) throws IOException {
        return new DeadlineAgenda().find(searcher, filter);
    }

    @Override
    public Optional<StoredDocument> bearing(String citationKey) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.SYMBOL_KEY, citationKey)), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        return Optional.of(new StoredDocument(doc.get(IndexFields.ID), List.of(doc.getValues(IndexFields.PATH)),
                RecordJson.fromJson(doc.get(IndexFields.RECORD)), doc.get(IndexFields.TEXT)));
    }
}
