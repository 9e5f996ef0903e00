package io.planex.solr;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import io.planex.index.CitationGraph;
import io.planex.index.FacetCount;
import io.planex.index.GraphBuilder;
import io.planex.index.IndexFields;
import io.planex.index.IndexStats;
import io.planex.index.PlanAnalyzers;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchBackend;
import io.planex.index.SearchHit;
import io.planex.index.SearchQueries;
import io.planex.index.SearchRequest;
import io.planex.index.SearchResult;
import io.planex.index.Snippets;
import io.planex.index.StoredDocument;
import io.planex.index.deadline.DeadlineAgenda;
import io.planex.index.deadline.DeadlineFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Searches a SolrCloud collection the way {@link PlanSearcher} searches the local index, with the same answers:
 * the queries are the ones PlanSearcher builds ({@link PlanSearcher#queries}), written in Solr's syntax; scores
 * use term statistics from every shard (the configset's ExactStatsCache); the text re-ranking of the top window
 * is planex's, over the same window as the local index; facets are counted by the JSON facet API and ordered as
 * the local index orders them; snippets are planex's own, from the stored text.
 */
public final class SolrSearcher implements SearchBackend {
    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-fA-F]{4,64}");
    private static final int SNIPPETS_PER_HIT = 2; // as PlanSearcher
    private static final int PAGE = 500;

    /** Facet dimension -> the Solr field holding its values. */
    private static final Map<String, String> FACET_FIELDS = Map.of(
            IndexFields.FACET_CITES, IndexFields.CITES,
            IndexFields.FACET_ISSUER, SolrFields.ISSUER_FACET,
            IndexFields.FACET_LEVEL, IndexFields.LEVEL,
            IndexFields.FACET_YEAR, IndexFields.YEAR,
            IndexFields.FACET_UNIT, SolrFields.UNIT_FACET,
            IndexFields.FACET_TYPE, SolrFields.TYPE_FACET,
            IndexFields.FACET_DEADLINE_MONTH, SolrFields.DEADLINE_MONTH);

    private final SolrConnection solr;
    private final boolean ownConnection;
    private final Analyzer analyzer = PlanAnalyzers.indexAnalyzer();
    private volatile Map<String, String> citedSymbols;

    public SolrSearcher(SolrConnection solr, boolean ownConnection) {
        this.solr = solr;
        this.ownConnection = ownConnection;
    }

    /** Connects to the target's collection; fails with a clear message when it does not exist. */
    public static SolrSearcher open(SolrTarget target) throws IOException {
        SolrConnection c = SolrConnection.open(target);
        try {
            SolrSearcher s = new SolrSearcher(c, true);
            s.documentCount();
            return s;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw new IOException("cannot search " + target.describe() + ": " + SolrConnection.rootMessage(e)
                    + " (create it with planex solr init)", e);
        }
    }

    @Override
    public long documentCount() throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    // ---------------------------------------------------------------- search

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        SearchQueries queries = PlanSearcher.queries(request);
        SolrQuerySyntax.Split split = SolrQuerySyntax.split(queries.match());
        SolrQuery q = new SolrQuery(split.q());
        for (String fq : split.filters()) q.addFilterQuery(fq);
        boolean rank = queries.boosts() != null && !request.newestFirst();
        if (rank) {
            q.setRows(queries.window());
            q.setFields(IndexFields.ID, "score");
            q.addSort("score", SolrQuery.ORDER.desc);
        } else {
            q.setRows(request.limit());
            q.setFields(IndexFields.ID);
            if (!request.newestFirst() && request.cites() != null && request.implementsSymbol() == null
                    && queries.boosts() == null && queries.citedKey() != null) {
                // as PlanSearcher: who carries the directive out first, then newest first
                q.set("impq", SolrQuerySyntax.of(implementsQuery(queries.citedKey())));
                // a constant 1 for implementers: the query's own score differs between shards (shard-local idf)
                q.addSort("if(query($impq,0),1,0)", SolrQuery.ORDER.desc);
            }
            q.addSort(IndexFields.DATE_SORT, SolrQuery.ORDER.desc);
        }
        q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
        if (!request.facets().isEmpty()) q.set("json.facet", facetJson(request.facets()));
        QueryResponse response = query(q);

        List<Ranked> ranked = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            Object score = d.getFieldValue("score");
            ranked.add(new Ranked((String) d.getFirstValue(IndexFields.ID),
                    !rank || score == null ? 0f : ((Number) score).floatValue()));
        }
        if (rank) ranked = rescore(ranked, queries, request.limit());

        Map<String, SolrDocument> stored = storedFields(ranked);
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked hit : ranked) {
            SolrDocument doc = stored.get(hit.id());
            if (doc == null) continue; // deleted between the two requests
            PlanRecord r = RecordJson.fromJson((String) doc.getFirstValue(IndexFields.RECORD));
            String text = (String) doc.getFirstValue(IndexFields.TEXT);
            List<String> snippets = new ArrayList<>(
                    Snippets.forTerms(text, queries.highlight(), analyzer, SNIPPETS_PER_HIT));
            if (queries.citedKey() != null && snippets.size() < SNIPPETS_PER_HIT) {
                String s = PlanSearcher.citationSnippet(r, text, queries.citedKey());
                if (s != null && !snippets.contains(s)) snippets.add(s);
            }
            List<String> paths = new ArrayList<>();
            Collection<Object> values = doc.getFieldValues(IndexFields.PATH);
            if (values != null) values.forEach(v -> paths.add((String) v));
            hits.add(new SearchHit(hit.id(), r.source().file(), r.document().symbol(), r.document().title(),
                    r.document().issuer(), r.document().date(), hit.score(), snippets, paths));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : request.facets()) {
            List<FacetCount> values = top(buckets(response, dim), request.facetLimit());
            facets.put(dim, labelled(dim, values));
        }
        return new SearchResult(response.getResults().getNumFound(), hits, facets);
    }

    private record Ranked(String id, float score) {}

    /** Documents that implement the cited key (a typeless key, "35/2021/QH15", with any type). */
    private static org.apache.lucene.search.Query implementsQuery(String key) {
        int bar = key.indexOf("||");
        return bar < 0 ? new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.IMPLEMENTS, key))
                : new org.apache.lucene.search.WildcardQuery(new org.apache.lucene.index.Term(IndexFields.IMPLEMENTS,
                        key.substring(0, bar) + "|*|" + key.substring(bar + 2)));
    }

    /**
     * The local index's re-ranking (Lucene's QueryRescorer): each first-pass match of the window gains the score
     * of the boosts query, where it matches. The boosts are scored by Solr as a query of their own over the
     * window's ids, so with every shard's term statistics (Solr's re-rank query would use each shard's own).
     */
    private List<Ranked> rescore(List<Ranked> firstPass, SearchQueries queries, int limit) throws IOException {
        if (firstPass.isEmpty()) return firstPass;
        SolrQuery q = new SolrQuery(SolrQuerySyntax.of(queries.boosts()));
        q.addFilterQuery("{!terms f=" + IndexFields.ID + "}"
                + String.join(",", firstPass.stream().map(Ranked::id).toList()));
        q.setRows(firstPass.size());
        q.setFields(IndexFields.ID, "score");
        Map<String, Float> boost = new HashMap<>();
        for (SolrDocument d : query(q).getResults()) {
            boost.put((String) d.getFirstValue(IndexFields.ID), ((Number) d.getFieldValue("score")).floatValue());
        }
        List<Ranked> out = new ArrayList<>(firstPass.size());
        for (Ranked r : firstPass) {
            Float b = boost.get(r.id());
            out.add(b == null ? r : new Ranked(r.id(), r.score() + (float) (1.0 * b)));
        }
        out.sort(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::id));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** The stored record and text of each ranked document, by id. */
    private Map<String, SolrDocument> storedFields(List<Ranked> ranked) throws IOException {
        Map<String, SolrDocument> out = new HashMap<>();
        if (ranked.isEmpty()) return out;
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery("{!terms f=" + IndexFields.ID + "}"
                + String.join(",", ranked.stream().map(Ranked::id).toList()));
        q.setRows(ranked.size());
        q.setFields(IndexFields.ID, IndexFields.PATH, IndexFields.RECORD, IndexFields.TEXT);
        for (SolrDocument d : query(q).getResults()) out.put((String) d.getFirstValue(IndexFields.ID), d);
        return out;
    }

    /**
     * Every value of each dimension, cut to the top ones here: a distributed top-N is not exact where many values
     * tie (each shard returns its own top values, and a value second on both shards may be in neither list).
     */
    private static String facetJson(Collection<String> dims) {
        StringBuilder s = new StringBuilder("{");
        for (String dim : dims) {
            if (s.length() > 1) s.append(',');
            s.append('"').append(dim).append("\":{\"type\":\"terms\",\"field\":\"").append(FACET_FIELDS.get(dim))
                    .append("\",\"sort\":\"index asc\",\"mincount\":1,\"limit\":-1}");
        }
        return s.append('}').toString();
    }

    private static List<FacetCount> buckets(QueryResponse response, String dim) {
        List<FacetCount> out = new ArrayList<>();
        NestableJsonFacet facets = response.getJsonFacetingResponse();
        if (facets == null || facets.getBucketBasedFacets(dim) == null) return out;
        for (BucketJsonFacet b : facets.getBucketBasedFacets(dim).getBuckets()) {
            out.add(new FacetCount(String.valueOf(b.getVal()), b.getCount()));
        }
        return out;
    }

    /** Most frequent first, ties by value, as the local index orders facet values. */
    private static List<FacetCount> top(List<FacetCount> values, int n) {
        List<FacetCount> list = new ArrayList<>(values);
        list.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        return list.size() > n ? List.copyOf(list.subList(0, n)) : list;
    }

    private List<FacetCount> labelled(String dim, List<FacetCount> values) throws IOException {
        if (!dim.equals(IndexFields.FACET_CITES)) return values;
        List<FacetCount> out = new ArrayList<>(values.size());
        for (FacetCount c : values) out.add(new FacetCount(symbolOf(c.value()), c.count()));
        return out;
    }

    /** The symbol printed for a citation key: the form most documents print (as PlanSearcher#symbolOf). */
    @Override
    public String symbolOf(String key) throws IOException {
        return citedSymbols().getOrDefault(key, key);
    }

    private Map<String, String> citedSymbols() throws IOException {
        Map<String, String> m = citedSymbols;
        if (m != null) return m;
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.set("json.facet", "{\"labels\":{\"type\":\"terms\",\"field\":\"" + IndexFields.CITES_LABEL
                + "\",\"limit\":-1,\"mincount\":1,\"sort\":\"index asc\"}}");
        List<FacetCount> labels = buckets(query(q), "labels");
        labels.sort(Comparator.comparing(FacetCount::value));
        Map<String, String> best = new HashMap<>();
        Map<String, Long> bestFreq = new HashMap<>();
        for (FacetCount l : labels) {
            int tab = l.value().indexOf('\t');
            if (tab < 0) continue;
            String key = l.value().substring(0, tab);
            if (l.count() > bestFreq.getOrDefault(key, 0L)) {
                bestFreq.put(key, l.count());
                best.put(key, l.value().substring(tab + 1));
            }
        }
        citedSymbols = Map.copyOf(best);
        return citedSymbols;
    }

    // ---------------------------------------------------------------- show

    @Override
    public List<StoredDocument> find(String ref) throws IOException {
        if (ref == null || ref.isBlank()) return List.of();
        String r = ref.strip();
        List<String> tries = new ArrayList<>();
        if (HEX_PREFIX.matcher(r).matches()) {
            String lower = r.toLowerCase(Locale.ROOT);
            tries.add(lower.length() == 64 ? IndexFields.ID + ":" + SolrQuerySyntax.quoted(lower)
                    : IndexFields.ID + ":" + lower + "*");
        }
        tries.add(IndexFields.PATH + ":" + SolrQuerySyntax.quoted(r));
        tries.add(IndexFields.FILE + ":" + SolrQuerySyntax.quoted(r));
        Path p = Path.of(r).getFileName();
        String name = p == null ? r : p.toString();
        if (!name.equals(r)) tries.add(IndexFields.FILE + ":" + SolrQuerySyntax.quoted(name));
        for (String t : tries) {
            SolrQuery q = new SolrQuery(t);
            q.setRows(20);
            q.setFields(IndexFields.ID, IndexFields.PATH, IndexFields.RECORD, IndexFields.TEXT);
            q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
            QueryResponse response = query(q);
            if (response.getResults().isEmpty()) continue;
            List<StoredDocument> out = new ArrayList<>();
            for (SolrDocument d : response.getResults()) out.add(stored(d));
            return out;
        }
        return List.of();
    }

    // ---------------------------------------------------------------- graph

    @Override
    public CitationGraph graph() throws IOException {
        GraphBuilder graph = new GraphBuilder();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery("*:*");
            q.setRows(PAGE);
            q.setFields(IndexFields.ID, IndexFields.RECORD);
            q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(q);
            for (SolrDocument d : response.getResults()) {
                graph.add((String) d.getFirstValue(IndexFields.ID),
                        RecordJson.fromJson((String) d.getFirstValue(IndexFields.RECORD)));
            }
            String nextCursor = response.getNextCursorMark();
            if (nextCursor == null || nextCursor.equals(cursor)) break;
            cursor = nextCursor;
        }
        Map<String, String> symbols = citedSymbols();
        return graph.build(key -> symbols.getOrDefault(key, key));
    }

    // ---------------------------------------------------------------- stats

    @Override
    public IndexStats stats(int top) throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        StringBuilder json = new StringBuilder(facetJson(List.of(IndexFields.FACET_CITES, IndexFields.FACET_ISSUER,
                IndexFields.FACET_TYPE, IndexFields.FACET_LEVEL, IndexFields.FACET_YEAR)));
        json.setLength(json.length() - 1);
        json.append(",\"deadlines\":{\"type\":\"terms\",\"field\":\"").append(SolrFields.DEADLINE_OCCURRENCE)
                .append("\",\"limit\":-1,\"mincount\":1}}");
        q.set("json.facet", json.toString());
        QueryResponse response = query(q);
        List<FacetCount> directives = labelled(IndexFields.FACET_CITES,
                top(buckets(response, IndexFields.FACET_CITES), top));
        List<FacetCount> issuers = top(buckets(response, IndexFields.FACET_ISSUER), top);
        List<FacetCount> types = top(buckets(response, IndexFields.FACET_TYPE), top);
        List<FacetCount> levels = top(buckets(response, IndexFields.FACET_LEVEL), Integer.MAX_VALUE);
        List<FacetCount> years = new ArrayList<>(buckets(response, IndexFields.FACET_YEAR));
        years.sort(Comparator.comparing(FacetCount::value));
        TreeMap<String, Long> perMonth = new TreeMap<>();
        for (FacetCount occurrence : buckets(response, "deadlines")) {
            perMonth.merge(occurrence.value().substring(0, 7), occurrence.count(), Long::sum);
        }
        List<FacetCount> deadlines = new ArrayList<>();
        perMonth.forEach((m, n) -> deadlines.add(new FacetCount(m, n)));
        return new IndexStats(response.getResults().getNumFound(), directives, issuers, levels, years, types,
                deadlines);
    }

    // ---------------------------------------------------------------- deadlines

    /**
     * The local index's agenda ({@link DeadlineAgenda}): the same documents by the same query, read page by page
     * (id order: the local index reads them in its own order, which matters only when more than maxDocuments
     * match), then the same checks and order.
     */
    @Override
    public DeadlineAgenda.Result deadlines(DeadlineFilter filter) throws IOException {
        DeadlineAgenda agenda = new DeadlineAgenda();
        SolrQuerySyntax.Split split = SolrQuerySyntax.split(agenda.documentQuery(filter));
        List<DeadlineAgenda.Stored> docs = new ArrayList<>();
        long matched = -1;
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (docs.size() < filter.maxDocuments()) {
            SolrQuery q = new SolrQuery(split.q());
            for (String fq : split.filters()) q.addFilterQuery(fq);
            q.setRows(Math.min(PAGE, filter.maxDocuments() - docs.size()));
            q.setFields(IndexFields.ID, IndexFields.RECORD);
            q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(q);
            if (matched < 0) matched = response.getResults().getNumFound();
            for (SolrDocument d : response.getResults()) {
                docs.add(new DeadlineAgenda.Stored((String) d.getFirstValue(IndexFields.ID),
                        RecordJson.fromJson((String) d.getFirstValue(IndexFields.RECORD))));
            }
            String next = response.getNextCursorMark();
            if (response.getResults().isEmpty() || next == null || next.equals(cursor)) break;
            cursor = next;
        }
        return agenda.collect(docs, Math.max(matched, docs.size()), filter);
    }

    // ---------------------------------------------------------------- directives

    @Override
    public Optional<StoredDocument> bearing(String citationKey) throws IOException {
        SolrQuery q = new SolrQuery(IndexFields.SYMBOL_KEY + ":" + SolrQuerySyntax.quoted(citationKey));
        q.setRows(1);
        q.setFields(IndexFields.ID, IndexFields.PATH, IndexFields.RECORD, IndexFields.TEXT);
        q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
        for (SolrDocument d : query(q).getResults()) return Optional.of(stored(d));
        return Optional.empty();
    }

    private static StoredDocument stored(SolrDocument d) {
        List<String> paths = new ArrayList<>();
        Collection<Object> values = d.getFieldValues(IndexFields.PATH);
        if (values != null) values.forEach(v -> paths.add((String) v));
        return new StoredDocument((String) d.getFirstValue(IndexFields.ID), paths,
                RecordJson.fromJson((String) d.getFirstValue(IndexFields.RECORD)),
                (String) d.getFirstValue(IndexFields.TEXT));
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        return solr.process(new QueryRequest(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    }

    @Override
    public void close() throws IOException {
        if (ownConnection) solr.close();
    }
}
