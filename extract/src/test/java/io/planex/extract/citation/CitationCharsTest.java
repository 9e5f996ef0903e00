package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.text.TextChars;
import io.planex.testkit.corpus.RealSizePlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The citation reader's scans over the working copy's shared char array ({@link TextChars}) against the same scans
 * over the string: the type-word trie walk at every position, and the working copy's array itself.
 */
class CitationCharsTest {
    private static final String GOLD = "/io/planex/extract/gold/";

    @Test
    void typeWordWalkOnCharsMatchesTheWalkOnTheString() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : read(GOLD + "index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) texts.add(read(GOLD + name.strip()));
        }
        RealSizePlans real = new RealSizePlans(9);
        for (int i = 0; i < 6; i++) texts.add(real.text(i));
        Random r = new Random(18);
        String[] pieces = {"Nghị", "nghị", "NGHỊ", "quyết", "định", "Quyết", "Kế", "hoạch", "Chỉ", "thị", "Luật", "Thông",
            "tư", "Công", "văn", "số", "\n", " ", "  ", "-", "1", "a", "Đ", ".", ","};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(10);
            for (int k = 0; k < words; k++) b.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            texts.add(b.toString());
        }
        Lexicon lexicon = Lexicon.get();
        int found = 0;
        for (String t : texts) {
            for (String variant : List.of(t, t.toUpperCase(Locale.ROOT))) {
                CleanText clean = CleanText.of(variant);
                String w = clean.text;
                char[] chars = TextChars.of(w);
                assertEquals(w, new String(chars));
                assertEquals(w, new String(clean.chars));
                for (int i = 0; i <= w.length(); i++) {
                    Lexicon.WordMatch a = lexicon.typeWordAt(w, i, w.length());
                    Lexicon.WordMatch b = lexicon.typeWordAt(chars, i, chars.length);
                    assertEquals(a, b, () -> w);
                    if (a != null) found++;
                }
            }
        }
        assertTrue(found > 100, "type words found: " + found);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(CitationCharsTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
