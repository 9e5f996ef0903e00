package org.apache.fontbox.cmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link LoopingCMap} reads the same codes as fontbox's {@link CMap}, from the same bytes, leaving the same position. */
class LoopingCMapTest {
    /** One-, two- and three-byte codespaces with gaps: every branch of the search, and invalid sequences. */
    private static final String MIXED = String.join("\n",
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CMapName /Mixed-H def", "/CMapType 1 def", "/WMode 0 def",
            "3 begincodespacerange", "<00> <7F>", "<8140> <9FFC>", "<E08140> <EFFCFC>", "endcodespacerange",
            "1 begincidrange", "<8140> <9FFC> 100", "endcidrange",
            "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end");

    private static CMap parse(String cmap) throws IOException {
        return new CMapParser().parse(new RandomAccessReadBuffer(cmap.getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<Integer> codes(CMap cmap, byte[] bytes) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        List<Integer> out = new ArrayList<>();
        while (in.available() > 0) {
            int before = in.available();
            out.add(cmap.readCode(in));
            out.add(before - in.available()); // the code's length as the caller measures it
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Identity-H", "Identity-V", "mixed"})
    void readsTheSameCodesAsFontboxOnRandomBytes(String name) throws IOException {
        CMap original = name.equals("mixed") ? parse(MIXED) : new CMapParser().parsePredefined(name);
        LoopingCMap looping = new LoopingCMap(original);
        assertEquals(original.getName(), looping.getName());
        assertEquals(original.getWMode(), looping.getWMode());
        Random r = new Random(name.hashCode());
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = new byte[r.nextInt(40)];
            r.nextBytes(bytes);
            // favour the lead bytes of the longer codespaces
            for (int k = 0; k < bytes.length; k += 3) if (r.nextBoolean()) bytes[k] = (byte) (0x81 + r.nextInt(0x70));
            assertEquals(codes(original, bytes), codes(looping, bytes));
            for (int k = 0; k + 1 < bytes.length; k += 2) {
                int code = ((bytes[k] & 0xFF) << 8) | (bytes[k + 1] & 0xFF);
                assertEquals(original.toCID(code), looping.toCID(code));
            }
        }
    }

    @Test
    void aCMapWithUnicodeMappingsIsNotCopied() throws IOException {
        CMap toUnicode = parse(String.join("\n", "begincmap", "1 begincodespacerange", "<00> <FF>",
                "endcodespacerange", "1 beginbfchar", "<41> <0041>", "endbfchar", "endcmap"));
        assertThrows(IllegalArgumentException.class, () -> new LoopingCMap(toUnicode));
    }
}
