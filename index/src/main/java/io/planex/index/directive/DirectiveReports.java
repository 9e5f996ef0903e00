package io.planex.index.directive;

import io.planex.extract.json.RecordJson;
import io.planex.extract.model.CitationKey;
import io.planex.index.FacetCount;
import io.planex.index.IndexFields;
import io.planex.index.IssuerLevel;
import io.planex.index.IssuerLevels;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchHit;
import io.planex.index.SearchRequest;
import io.planex.index.SearchResult;
import io.planex.index.StoredDocument;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Builds {@link DirectiveReport}s from the index: the citing documents come from the same cites/implements
 * filters as {@code planex search}, the chain follows documents' own symbols down to a bounded depth and size.
 */
public final class DirectiveReports {
    /** Levels of the chain below the directive (central -> province -> district -> commune is three). */
    public static final int MAX_DEPTH = 4;
    private final IssuerLevels levels = IssuerLevels.defaults();

    /** The report for {@code symbol}, or empty when it is not a document symbol. */
    public Optional<DirectiveReport> report(PlanSearcher plans, IndexSearcher lucene, String symbol, int maxLinks)
            throws IOException {
        Optional<String> key = CitationKey.ofSymbol(symbol);
        if (key.isEmpty()) return Optional.empty();
        String canonical = plans.symbolOf(key.get());
        if (canonical.equals(key.get())) canonical = symbol.strip();
        String level = levels.ofSymbol(canonical).map(IssuerLevel::label).orElse(null);
        StoredDocument own = ownDocument(lucene, key.get());
        if (own != null) {
            if (own.record().document().symbol() != null) canonical = own.record().document().symbol();
            level = levels.infer(own.record().document().issuer(), own.record().document().symbol())
                    .map(IssuerLevel::label).orElse(level);
        }

        SearchResult citing = plans.search(SearchRequest.builder().cites(symbol)
                .facets(List.of(IndexFields.FACET_LEVEL, IndexFields.FACET_YEAR)).facetLimit(100).limit(1).build());
        SearchResult implementing = plans.search(SearchRequest.builder().implementsSymbol(symbol).limit(1).build());
        List<FacetCount> byYear = new ArrayList<>(citing.facets().getOrDefault(IndexFields.FACET_YEAR, List.of()));
        byYear.sort(Comparator.comparing(FacetCount::value));

        List<ChainLink> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (own != null) seen.add(own.id());
        Deque<String[]> queue = new ArrayDeque<>(); // {symbol, depth}
        queue.add(new String[] {symbol, "1"});
        Set<String> expanded = new HashSet<>(Set.of(key.get()));
        boolean truncated = false;
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            int depth = Integer.parseInt(next[1]);
            int room = maxLinks - chain.size();
            if (room <= 0) {
                truncated = true;
                break;
            }
            List<SearchHit> hits = plans.search(SearchRequest.builder().cites(next[0]).limit(room + 1).build()).hits();
            if (hits.size() > room) truncated = true;
            Set<String> implementers = ids(plans.search(
                    SearchRequest.builder().implementsSymbol(next[0]).limit(room + 1).build()).hits());
            for (SearchHit h : hits.subList(0, Math.min(room, hits.size()))) {
                if (!seen.add(h.id())) continue;
                String lvl = levels.infer(h.issuer(), h.symbol()).map(IssuerLevel::label).orElse(null);
                String via = depth == 1 ? canonical : next[0];
                chain.add(new ChainLink(h.id(), h.file(), h.symbol(), h.title(), h.issuer(), h.date(), lvl, depth,
                        via, implementers.contains(h.id())));
                if (depth < MAX_DEPTH && h.symbol() != null) {
                    Optional<String> k = CitationKey.ofSymbol(h.symbol());
                    if (k.isPresent() && expanded.add(k.get())) queue.add(new String[] {h.symbol(), Integer.toString(depth + 1)});
                }
            }
        }
        return Optional.of(new DirectiveReport(canonical, key.get(), level, own, citing.total(),
                implementing.total(), citing.facets().getOrDefault(IndexFields.FACET_LEVEL, List.of()), byYear,
                chain, truncated));
    }

    private static Set<String> ids(List<SearchHit> hits) {
        Set<String> out = new HashSet<>();
        for (SearchHit h : hits) out.add(h.id());
        return out;
    }

    private static StoredDocument ownDocument(IndexSearcher lucene, String key) throws IOException {
        TopDocs top = lucene.search(new TermQuery(new Term(IndexFields.SYMBOL_KEY, key)), 1);
        if (top.scoreDocs.length == 0) return null;
        ScoreDoc sd = top.scoreDocs[0];
        Document doc = lucene.storedFields().document(sd.doc);
        return new StoredDocument(doc.get(IndexFields.ID), List.of(doc.getValues(IndexFields.PATH)),
                RecordJson.fromJson(doc.get(IndexFields.RECORD)), doc.get(IndexFields.TEXT),
                IndexFields.pageMap(doc.get(IndexFields.PAGE_STARTS)));
    }
}
