package io.planex.extract.model;

import java.util.Arrays;
import java.util.List;

/**
 * Maps character offsets of a text to 1-based page numbers. Page {@code i+1} starts at {@code starts[i]};
 * starts are ascending and the first is 0. A text without pages is one page.
 */
public final class PageMap {
    private final int[] starts;

    private PageMap(int[] starts) {
        this.starts = starts;
    }

    public static PageMap single() {
        return new PageMap(new int[] {0});
    }

    public static PageMap ofStarts(List<Integer> starts) {
        if (starts.isEmpty()) return single();
        int[] a = starts.stream().mapToInt(Integer::intValue).toArray();
        a[0] = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) throw new IllegalArgumentException("page starts must ascend: " + starts);
        }
        return new PageMap(a);
    }

    /** The page the offset falls on (1-based); offsets past the end belong to the last page. */
    public int pageOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            // Empty pages share a start offset: the offset belongs to the last of them.
            while (i + 1 < starts.length && starts[i + 1] == offset) i++;
            return i + 1;
        }
        return Math.max(1, -i - 1);
    }

    public int pageCount() {
        return starts.length;
    }

    public int startOf(int page) {
        return starts[page - 1];
    }
}
