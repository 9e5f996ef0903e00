package org.apache.fontbox.cmap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * An encoding CMap (one with no Unicode mappings, such as the predefined "Identity-H") whose {@link #readCode}
 * tries the codespace ranges in a plain loop. fontbox's own {@link CMap#readCode} builds a stream and a lambda for
 * every glyph code of the text; under the C1 compiler planex's worker JVM runs with, that was 14 % of reading a
 * text PDF ({@code docs/bench/ingest.md}). Same codes, same stream positions, same fallback for an invalid code
 * ({@code LoopingCMapTest} compares them on random bytes).
 *
 * <p>It lives in fontbox's package because {@link CMap}'s constructor and the hooks that copy a CMap are
 * package-private; {@code io.planex.ingest.pdf.EncodingCMaps} puts instances in PDFBox's cache of predefined CMaps.
 */
public final class LoopingCMap extends CMap {
    private static final Log LOG = LogFactory.getLog(CMap.class);
    /** The codespace ranges as {@link #useCmap} copies them in; {@link #rangeArray} once the copy is made. */
    private final List<CodespaceRange> ranges = new ArrayList<>();
    private final CodespaceRange[] rangeArray;
    private int minLength = 4;
    private int maxLength = 0;

    /** A copy of {@code encoding}, which must have no Unicode mappings (those copy without their space mapping). */
    public LoopingCMap(CMap encoding) {
        if (encoding.hasUnicodeMappings()) throw new IllegalArgumentException("not an encoding CMap: " + encoding.getName());
        useCmap(encoding);
        rangeArray = ranges.toArray(new CodespaceRange[0]);
        setName(encoding.getName());
        setVersion(encoding.getVersion());
        setType(encoding.getType());
        setWMode(encoding.getWMode());
        setRegistry(encoding.getRegistry());
        setOrdering(encoding.getOrdering());
        setSupplement(encoding.getSupplement());
    }

    @Override
    void addCodespaceRange(CodespaceRange range) {
        super.addCodespaceRange(range);
        ranges.add(range);
        maxLength = Math.max(maxLength, range.getCodeLength());
        minLength = Math.min(minLength, range.getCodeLength());
    }

    /** As {@link CMap#readCode}: the shortest code that a codespace range holds whole. */
    @Override
    public int readCode(InputStream in) throws IOException {
        byte[] bytes = new byte[maxLength];
        in.read(bytes, 0, minLength);
        in.mark(maxLength);
        CodespaceRange[] rs = rangeArray;
        for (int i = minLength - 1; i < maxLength; i++) {
            int byteCount = i + 1;
            for (CodespaceRange r : rs) {
                if (r.isFullMatch(bytes, byteCount)) return toCode(bytes, byteCount);
            }
            if (byteCount < maxLength) bytes[byteCount] = (byte) in.read();
        }
        if (LOG.isWarnEnabled()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < maxLength; ++i) sb.append(String.format("0x%02X (%04o) ", bytes[i], bytes[i]));
            LOG.warn("Invalid character code sequence " + sb + "in CMap " + getName());
        }
        if (in.markSupported()) {
            in.reset();
        } else {
            LOG.warn("mark() and reset() not supported, " + (maxLength - 1) + " bytes have been skipped");
        }
        return toCode(bytes, minLength); // Adobe Reader's behaviour, as fontbox's
    }

    private static int toCode(byte[] data, int length) {
        int code = 0;
        for (int i = 0; i < length; i++) code = (code << 8) | (data[i] & 0xFF);
        return code;
    }
}
