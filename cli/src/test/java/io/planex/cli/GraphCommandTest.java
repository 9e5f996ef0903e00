package io.planex.cli;

import static io.planex.cli.SearchCommandFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.cli.SearchCommandFixtures.Run;
import io.planex.extract.json.RecordJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class GraphCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        SearchCommandFixtures.build(dir);
    }

    @Test
    void jsonGraphLinksTheChainAndStubsUnindexedDirectives() throws Exception {
        Run r = run("graph", "--index", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode g = RecordJson.mapper().readTree(r.out());
        assertEquals(4, g.get("nodes").size(), "three documents and the 57-KL/TW stub");
        boolean stub = false;
        for (JsonNode n : g.get("nodes")) {
            if (n.get("id").asText().equals("57-KL/TW")) {
                stub = true;
                assertEquals("directive", n.get("kind").asText());
            }
        }
        assertTrue(stub);
        int implementsEdges = 0;
        for (JsonNode e : g.get("edges")) {
            if (e.get("kind").asText().equals("implements")) implementsEdges++;
            if (e.get("from").asText().equals(SearchCommandFixtures.COMMUNE_ID)) {
                assertEquals(SearchCommandFixtures.PROVINCE_ID, e.get("to").asText(), "120-KH/TU is indexed");
            }
        }
        assertEquals(3, g.get("edges").size());
        assertEquals(2, implementsEdges);
    }

    @Test
    void dotAndGraphMlAreWellFormed() throws Exception {
        Run dot = run("graph", "--index", dir.toString(), "--format", "dot");
        assertEquals(0, dot.exit());
        assertTrue(dot.out().startsWith("digraph planex {") && dot.out().strip().endsWith("}"));
        assertTrue(dot.out().contains("\\\"làng nghề\\\""), dot.out());
        Run ml = run("graph", "--index", dir.toString(), "--format", "graphml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ml.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, doc.getElementsByTagName("node").getLength());
        assertEquals(3, doc.getElementsByTagName("edge").getLength());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("graph", "--index", dir.toString(), "--format", "png");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("planex: "), r.err());
    }

    /** Item 13 of issue 14: a readable piece of the graph. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--cites|57- kl/tw|1|3", "--around|120-KH/TU|1|3", "--around|120-KH/TU|2|4", "--around|b2b2|0|1",
        "--around|b2b2|1|2"})
    void aPieceAroundADirectiveOrDocument(String option, String ref, int depth, int nodes) throws Exception {
        Run r = run("graph", "--index", dir.toString(), option, ref, "--depth", Integer.toString(depth));
        assertEquals(0, r.exit(), r.err());
        JsonNode g = RecordJson.mapper().readTree(r.out());
        assertEquals(nodes, g.get("nodes").size(), g.toString());
        for (JsonNode e : g.get("edges")) {
            boolean from = false;
            boolean to = false;
            for (JsonNode n : g.get("nodes")) {
                from |= n.get("id").asText().equals(e.get("from").asText());
                to |= n.get("id").asText().equals(e.get("to").asText());
            }
            assertTrue(from && to, "edges only between kept nodes: " + e);
        }
    }

    @Test
    void anUnknownDirectiveIsAClearError() {
        Run r = run("graph", "--index", dir.toString(), "--cites", "99-KL/TW");
        assertEquals(ExitCodes.FATAL, r.exit());
        assertTrue(r.err().contains("99-KL/TW"), r.err());
    }
}
