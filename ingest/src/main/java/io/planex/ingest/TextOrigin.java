package io.planex.ingest;

import java.util.Arrays;

/**
 * Where each character of the repaired text came from in the raw page texts: page and offset within that page's
 * raw text ({@link PageText#text()}). Repair drops, joins and decodes characters, so offsets shift; this map
 * lets a mention found in the repaired text be shown in the file as parsed.
 */
public final class TextOrigin {
    /** Raw position of a repaired text offset: 1-based page and offset in that page's raw text. */
    public record RawPosition(int page, int offset) {}

    private final int[] rawOffsets;   // per repaired char (+1 end sentinel), offset in the raw pages concatenated
    private final int[] rawPageStarts; // offset of each raw page in the concatenation

    TextOrigin(int[] rawOffsets, int[] rawPageStarts) {
        this.rawOffsets = rawOffsets;
        this.rawPageStarts = rawPageStarts;
    }

    /** The raw position of the repaired text's character at {@code offset} (clamped to the text). */
    public RawPosition rawPosition(int offset) {
        int o = rawOffsets[Math.max(0, Math.min(offset, rawOffsets.length - 1))];
        int i = Arrays.binarySearch(rawPageStarts, o);
        if (i < 0) i = -i - 2;
        while (i + 1 < rawPageStarts.length && rawPageStarts[i + 1] == o) i++;
        i = Math.max(0, i);
        return new RawPosition(i + 1, o - rawPageStarts[i]);
    }

    /** Length of the repaired text this map covers. */
    public int length() {
        return rawOffsets.length - 1;
    }
}
