package io.planex.testkit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanGeneratorTest {
    @Test
    void sameSeedSamePlanOtherIndexOtherPlan() {
        assertEquals(new PlanGenerator(7).generate(3).text(), new PlanGenerator(7).generate(3).text());
        assertNotEquals(new PlanGenerator(7).generate(3).text(), new PlanGenerator(7).generate(4).text());
    }

    @Test
    void everyGoldFactIsPrintedInTheText() {
        PlanGenerator g = new PlanGenerator(11);
        for (int i = 0; i < 200; i++) {
            GeneratedPlan p = g.generate(i);
            String text = p.text();
            assertTrue(text.contains((String) p.document().get("symbol")
                    .toString().replaceAll("^(\\d+)", "$1")), text);
            for (Map<String, Object> c : p.citations()) assertTrue(text.contains((String) c.get("symbol")), text);
            for (Map<String, Object> u : p.units()) assertTrue(text.contains((String) u.get("name")), text);
            for (Map<String, Object> d : p.deadlines()) assertTrue(text.contains((String) d.get("text")), text);
            assertFalse(p.citations().isEmpty());
            assertTrue(p.citations().stream().anyMatch(c -> Boolean.TRUE.equals(c.get("implements"))));
        }
    }

    @Test
    void citationsAreSkewedTowardsAFewDirectives() {
        PlanGenerator g = new PlanGenerator(5);
        Map<Object, Integer> counts = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            for (Map<String, Object> c : g.generate(i).citations()) counts.merge(c.get("symbol"), 1, Integer::sum);
        }
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(top > total / 20, "the most cited directive should recur: " + top + " of " + total);
        assertTrue(counts.size() > 30, "and the tail should be long: " + counts.size());
    }

    @Test
    void writesDocumentsAndGoldInSeparateTrees(@TempDir Path dir) throws Exception {
        CorpusWriter.Written w = CorpusWriter.write(dir, 12, 3, new CorpusWriter.Mix(1, 1, 1, 0));
        assertEquals(12, w.files());
        List<Path> docs;
        try (Stream<Path> s = Files.walk(dir.resolve("docs"))) {
            docs = s.filter(Files::isRegularFile).toList();
        }
        assertEquals(12, docs.size());
        for (Path d : docs) {
            Path gold = dir.resolve("gold").resolve(d.getFileName() + ".json");
            String json = Files.readString(gold);
            assertTrue(json.contains("\"file\": \"" + d.getFileName() + "\""), json);
            assertTrue(json.contains("\"citations\": ["), json);
        }
    }
}
