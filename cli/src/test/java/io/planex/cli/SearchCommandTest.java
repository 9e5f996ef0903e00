package io.planex.cli;

import static io.planex.cli.SearchCommandFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.cli.SearchCommandFixtures.Run;
import io.planex.extract.json.RecordJson;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void build() throws Exception {
        SearchCommandFixtures.build(dir);
        index = dir.toString();
    }

    private static JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "search";
        all[1] = "--index";
        all[2] = index;
        all[3] = "--json";
        System.arraycopy(args, 0, all, 4, args.length);
        Run r = run(all);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return RecordJson.mapper().readTree(r.out());
    }

    private static Set<String> files(JsonNode root) {
        Set<String> out = new HashSet<>();
        root.get("hits").forEach(h -> out.add(h.get("file").asText()));
        return out;
    }

    @Test
    void jsonHasTotalHitsAndFacets() throws Exception {
        JsonNode root = json("--cites", "57-KL/TW", "--facet", "cites,level,year");
        assertEquals(2, root.get("total").asInt());
        JsonNode hit = root.get("hits").get(0);
        for (String f : new String[] {"file", "symbol", "title", "issuer", "date", "score", "snippets"}) {
            assertTrue(hit.has(f), f);
        }
        assertTrue(hit.get("snippets").get(0).asText().contains("<b>57-KL/TW</b>"), hit.toString());
        JsonNode cites = root.get("facets").get("cites").get(0);
        assertEquals("57-KL/TW", cites.get("value").asText());
        assertEquals(2, cites.get("count").asInt());
        assertEquals(2, root.get("facets").get("level").size());
    }

    @Test
    void freeTextWithoutDiacriticsAndFilters() throws Exception {
        assertEquals(Set.of("kh-120.txt", "kh-05.txt"), files(json("quang", "ba", "du", "lich")));
        assertEquals(Set.of("kh-05.txt"), files(json("quang ba du lich", "--level", "commune")));
        assertEquals(Set.of("kh-05.txt"), files(json("--issuer", "hoa phong")));
        assertEquals(Set.of("kh-120.txt"), files(json("--implements", "57-KL/TW")));
        assertEquals(Set.of("kh-07.txt"), files(json("--year", "2022")));
        assertEquals(Set.of("kh-120.txt"), files(json("--issuer", "Hưng Yên", "--deadline-before", "2023-12-15")));
        assertEquals(Set.of("kh-05.txt"), files(json("--deadline-after", "2023-12-16")));
        assertEquals(Set.of("kh-120.txt", "kh-05.txt"), files(json("--from", "2023-01-01", "--to", "2023-12-31")));
        assertEquals(Set.of("kh-07.txt"), files(json("--unit", "phong noi vu", "--type", "KH")));
        assertEquals(Set.of("kh-120.txt", "kh-05.txt"), files(json("\"quảng bá du lịch\"")));
    }

    @Test
    void tableForPeople() {
        Run r = run("search", "--index", index, "hòa phong", "--facet", "issuer");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("1 document(s)"), r.out());
        assertTrue(r.out().contains("kh-05.txt  [05-KH/ĐU]"), r.out());
        assertTrue(r.out().contains("«Hòa» «Phong»"), r.out());
        assertTrue(r.out().contains("issuer:"), r.out());
    }

    @Test
    void badOptionsAreOneLineOnStderrAndExit2() {
        String[][] bad = {
            {"--cites", "not a symbol"}, {"--implements", "xyz"}, {"--level", "village"},
            {"--from", "15/12/2023"}, {"--deadline-before", "2023-13-01"}, {"--facet", "colour"}, {"--limit", "0"}
        };
        for (String[] args : bad) {
            String[] all = new String[args.length + 3];
            all[0] = "search";
            all[1] = "--index";
            all[2] = index;
            System.arraycopy(args, 0, all, 3, args.length);
            Run r = run(all);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("planex: " + args[0]), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void missingIndexIsAUserError(@TempDir Path empty) {
        Run r = run("search", "--index", empty.resolve("none").toString(), "x");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("planex: no index at"), r.err());
    }
}
