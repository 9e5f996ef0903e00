package io.planex.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Counts facet values of matching documents segment by segment on the sorted-set doc values that
 * {@link FacetsConfig} writes ("dim\u001Fvalue" terms), then merges labels across segments. Unlike Lucene's
 * SortedSetDocValuesFacetCounts it needs no global ordinal map, whose construction (a few hundred milliseconds
 * to seconds on a large multi-segment index) every fresh command-line process would otherwise pay.
 */
final class FacetCounter {
    private FacetCounter() {}

    /** Per dimension, the values with their document counts, most frequent first (ties by value). */
    static Map<String, List<FacetCount>> count(FacetsCollector fc, List<String> dims, int topN) throws IOException {
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        for (String dim : dims) merged.put(dim, new HashMap<>());
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits == 0) continue;
            SortedSetDocValues dv = DocValues.getSortedSet(md.context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (dv.getValueCount() == 0) continue;
            int n = dims.size();
            long[] start = new long[n];
            long[] end = new long[n];
            int[][] counts = new int[n][];
            TermsEnum te = dv.termsEnum();
            for (int d = 0; d < n; d++) {
                start[d] = ceilOrd(te, dims.get(d) + FacetsConfig.DELIM_CHAR, dv.getValueCount());
                end[d] = ceilOrd(te, dims.get(d) + (char) (FacetsConfig.DELIM_CHAR + 1), dv.getValueCount());
                counts[d] = new int[(int) (end[d] - start[d])];
            }
            DocIdSetIterator it = md.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!dv.advanceExact(doc)) continue;
                for (int k = 0, c = dv.docValueCount(); k < c; k++) {
                    long ord = dv.nextOrd();
                    for (int d = 0; d < n; d++) {
                        if (ord >= start[d] && ord < end[d]) {
                            counts[d][(int) (ord - start[d])]++;
                            break;
                        }
                    }
                }
            }
            for (int d = 0; d < n; d++) {
                Map<String, Long> into = merged.get(dims.get(d));
                int prefix = dims.get(d).length() + 1;
                for (int i = 0; i < counts[d].length; i++) {
                    if (counts[d][i] == 0) continue;
                    BytesRef term = dv.lookupOrd(start[d] + i);
                    String label = term.utf8ToString().substring(prefix);
                    into.merge(label, (long) counts[d][i], Long::sum);
                }
            }
        }
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Long>> e : merged.entrySet()) {
            List<FacetCount> list = new ArrayList<>();
            e.getValue().forEach((label, c) -> list.add(new FacetCount(label, c)));
            list.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                    : a.value().compareTo(b.value()));
            out.put(e.getKey(), list.size() > topN ? List.copyOf(list.subList(0, topN)) : list);
        }
        return out;
    }

    /** The ordinal of the first term at or after {@code prefix}, or {@code valueCount} when there is none. */
    private static long ceilOrd(TermsEnum te, String prefix, long valueCount) throws IOException {
        TermsEnum.SeekStatus s = te.seekCeil(new BytesRef(prefix));
        return s == TermsEnum.SeekStatus.END ? valueCount : te.ord();
    }
}
