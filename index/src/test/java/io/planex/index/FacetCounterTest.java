package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facet counts are the same whether the matches lie in one segment (top values picked by ordinal) or in many
 * (labels merged), and equal to counting by hand: count first, ties by value in UTF-8 order.
 */
class FacetCounterTest {
    private static final List<String> DIMS = List.of("unit", "level", "cites");
    private static final String[] VALUES = {"Sở Tài chính", "Sở Y tế", "UBND xã", "57-KL/TW", "a", "b", "c", "Đoàn",
        "Ủy ban", "z", "\uD83D\uDE00 emoji", "\uFF21 fullwidth", "d", "e"};

    @ParameterizedTest
    @CsvSource({"1, all", "3, all", "8, all", "100, all", "3, even", "8, even"})
    void oneSegmentAndManySegmentsCountAlikeAndAsByHand(int topN, String which) throws Exception {
        Random rnd = new Random(11);
        List<Map<String, List<String>>> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Map<String, List<String>> doc = new LinkedHashMap<>();
            for (String dim : DIMS) {
                List<String> vs = new ArrayList<>();
                int k = rnd.nextInt(4);
                for (int j = 0; j < k; j++) {
                    String v = VALUES[(int) Math.min(VALUES.length - 1, Math.abs(rnd.nextGaussian()) * 4)];
                    if (!vs.contains(v)) vs.add(v);
                }
                doc.put(dim, vs);
            }
            docs.add(doc);
        }
        Query q = which.equals("all") ? new MatchAllDocsQuery() : new TermQuery(new Term("even", "yes"));
        Map<String, List<FacetCount>> many = count(docs, false, q, topN);
        Map<String, List<FacetCount>> one = count(docs, true, q, topN);
        assertEquals(byHand(docs, which.equals("even"), topN), one);
        assertEquals(one, many);
    }

    private static Map<String, List<FacetCount>> count(List<Map<String, List<String>>> docs, boolean merge, Query q,
                                                      int topN) throws Exception {
        FacetsConfig config = new FacetsConfig();
        for (String dim : DIMS) config.setMultiValued(dim, true);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig iwc = new IndexWriterConfig(new StandardAnalyzer());
            if (!merge) iwc.setMergePolicy(NoMergePolicy.INSTANCE); // (NoMergePolicy would ignore forceMerge too)
            try (IndexWriter w = new IndexWriter(dir, iwc)) {
                for (int i = 0; i < docs.size(); i++) {
                    Document d = new Document();
                    d.add(new StringField("even", i % 2 == 0 ? "yes" : "no", Field.Store.NO));
                    docs.get(i).forEach((dim, vs) -> vs.forEach(v -> d.add(new SortedSetDocValuesFacetField(dim, v))));
                    w.addDocument(config.build(d));
                    if (i % 37 == 36) w.commit();
                }
                if (merge) w.forceMerge(1);
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(merge, r.leaves().size() == 1);
                FacetsCollector fc = new IndexSearcher(r).search(q, new FacetsCollectorManager());
                return FacetCounter.count(fc, DIMS, topN);
            }
        }
    }

    private static Map<String, List<FacetCount>> byHand(List<Map<String, List<String>>> docs, boolean evenOnly, int topN) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : DIMS) {
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                if (evenOnly && i % 2 != 0) continue;
                for (String v : docs.get(i).get(dim)) counts.merge(v, 1L, Long::sum);
            }
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((v, c) -> list.add(new FacetCount(v, c)));
            list.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                    : new BytesRef(a.value()).compareTo(new BytesRef(b.value())));
            out.put(dim, list.size() > topN ? List.copyOf(list.subList(0, topN)) : list);
        }
        return out;
    }
}
