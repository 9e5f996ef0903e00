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
 *
 * <p>Values are ordered by count, ties by value in the index's term order (UTF-8 bytes). When the matches lie in
 * one segment (an index as {@code planex ingest} leaves it, force-merged), the top values are picked from the
 * counts by ordinal and only they are looked up: labelling every value of a broad query's {@code unit} and
 * {@code cites} dimensions was half the cost of the search page (docs/bench/serve.md).
 */
final class FacetCounter {
    private FacetCounter() {}

    /** One segment's counts: per dimension, the ordinal range of its values and a count per ordinal. */
    private record SegmentCounts(SortedSetDocValues dv, long[] start, int[][] counts) {}

    /** Per dimension, the values with their document counts, most frequent first (ties by value). */
    static Map<String, List<FacetCount>> count(FacetsCollector fc, List<String> dims, int topN) throws IOException {
        if (topN <= 0) {
            Map<String, List<FacetCount>> none = new LinkedHashMap<>();
            for (String dim : dims) none.put(dim, List.of());
            return none;
        }
        List<SegmentCounts> segments = new ArrayList<>();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits == 0) continue;
            SegmentCounts c = countSegment(md, dims);
            if (c != null) segments.add(c);
        }
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            out.put(dims.get(d), segments.size() == 1 ? topOfOneSegment(segments.get(0), d, dims.get(d), topN)
                    : topOfMerged(segments, d, dims.get(d), topN));
        }
        return out;
    }

    private static SegmentCounts countSegment(FacetsCollector.MatchingDocs md, List<String> dims) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(md.context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (dv.getValueCount() == 0) return null;
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
        // The ranges in ordinal order: a document's ordinals come in ascending order, so one pass over the ranges
        // per document places each ordinal, and the ordinals past the last range asked for are not read.
        Integer[] order = new Integer[n];
        for (int d = 0; d < n; d++) order[d] = d;
        java.util.Arrays.sort(order, (a, b) -> Long.compare(start[a], start[b]));
        long[] from = new long[n];
        long[] to = new long[n];
        int[][] into = new int[n][];
        for (int i = 0; i < n; i++) {
            from[i] = start[order[i]];
            to[i] = end[order[i]];
            into[i] = counts[order[i]];
        }
        long lastEnd = n == 0 ? 0 : java.util.Arrays.stream(to).max().getAsLong();
        DocIdSetIterator it = md.bits.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (!dv.advanceExact(doc)) continue;
            int r = 0;
            for (int k = 0, c = dv.docValueCount(); k < c; k++) {
                long ord = dv.nextOrd();
                if (ord >= lastEnd) break;
                while (r < n && ord >= to[r]) r++;
                if (r == n) break;
                if (ord >= from[r]) into[r][(int) (ord - from[r])]++;
            }
        }
        return new SegmentCounts(dv, start, counts);
    }

    /** The top values of one dimension when one segment holds every match: select by count, then label. */
    private static List<FacetCount> topOfOneSegment(SegmentCounts s, int d, String dim, int topN) throws IOException {
        int[] counts = s.counts()[d];
        // Key: count in the high half, inverted ordinal in the low half, so a larger key is a better value (more
        // documents, then earlier in term order). A min-heap of the best topN keys.
        java.util.PriorityQueue<Long> best = new java.util.PriorityQueue<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            long key = ((long) counts[i] << 32) | (0xFFFFFFFFL - i);
            if (best.size() < topN) {
                best.add(key);
            } else if (key > best.peek()) {
                best.poll();
                best.add(key);
            }
        }
        List<Long> keys = new ArrayList<>(best);
        keys.sort(java.util.Comparator.reverseOrder());
        int prefix = dim.length() + 1;
        List<FacetCount> out = new ArrayList<>(keys.size());
        for (long key : keys) {
            int i = (int) (0xFFFFFFFFL - (key & 0xFFFFFFFFL));
            String label = s.dv().lookupOrd(s.start()[d] + i).utf8ToString().substring(prefix);
            out.add(new FacetCount(label, key >>> 32));
        }
        return out;
    }

    /** The top values of one dimension over several segments: labels merged, then sorted. */
    private static List<FacetCount> topOfMerged(List<SegmentCounts> segments, int d, String dim, int topN)
            throws IOException {
        Map<BytesRef, Long> merged = new HashMap<>();
        int prefix = dim.length() + 1;
        for (SegmentCounts s : segments) {
            int[] counts = s.counts()[d];
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) continue;
                BytesRef term = s.dv().lookupOrd(s.start()[d] + i);
                merged.merge(BytesRef.deepCopyOf(term), (long) counts[i], Long::sum);
            }
        }
        List<Map.Entry<BytesRef, Long>> entries = new ArrayList<>(merged.entrySet());
        entries.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        List<FacetCount> out = new ArrayList<>(Math.min(topN, entries.size()));
        for (int i = 0; i < entries.size() && i < topN; i++) {
            out.add(new FacetCount(entries.get(i).getKey().utf8ToString().substring(prefix), entries.get(i).getValue()));
        }
        return out;
    }

    /** The ordinal of the first term at or after {@code prefix}, or {@code valueCount} when there is none. */
    private static long ceilOrd(TermsEnum te, String prefix, long valueCount) throws IOException {
        TermsEnum.SeekStatus s = te.seekCeil(new BytesRef(prefix));
        return s == TermsEnum.SeekStatus.END ? valueCount : te.ord();
    }
}
