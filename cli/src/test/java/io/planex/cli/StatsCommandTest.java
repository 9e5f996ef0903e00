package io.planex.cli;

import static io.planex.cli.SearchCommandFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.cli.SearchCommandFixtures.Run;
import io.planex.extract.json.RecordJson;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        SearchCommandFixtures.build(dir);
    }

    @Test
    void jsonSummary() throws Exception {
        Run r = run("stats", "--index", dir.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = RecordJson.mapper().readTree(r.out());
        assertEquals(3, s.get("documents").asInt());
        assertEquals("57-KL/TW", s.get("directives").get(0).get("value").asText());
        assertEquals(2, s.get("directives").get(0).get("count").asInt());
        assertEquals(3, s.get("issuers").size());
        assertEquals("2023-12", s.get("deadlinesByMonth").get(0).get("value").asText());
        assertEquals(2, s.get("deadlinesByMonth").get(0).get("count").asInt());
    }

    @Test
    void tableForPeople() {
        Run r = run("stats", "--index", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("documents: 3"), r.out());
        assertTrue(r.out().contains("directives most cited:"));
        assertTrue(r.out().contains("deadlines by month:"));
    }

    @Test
    void missingIndex(@TempDir Path empty) {
        Run r = run("stats", "--index", empty.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("planex: no index at"));
    }
}
