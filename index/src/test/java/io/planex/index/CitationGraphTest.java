package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CitationGraphTest {
    @TempDir
    static Path dir;
    static CitationGraph graph;

    @BeforeAll
    static void build() throws Exception {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (Fixtures.Doc d : Fixtures.ALL) index.put(d.record(), d.text);
            index.commit();
        }
        try (PlanSearcher s = PlanSearcher.open(dir)) {
            graph = s.graph();
        }
    }

    private static Set<String> edges() {
        Set<String> out = new HashSet<>();
        for (CitationGraph.Edge e : graph.edges()) out.add(e.from() + " " + e.kind() + " " + e.to());
        return out;
    }

    @Test
    void documentsAreTheNodesOfTheDirectivesTheyAre() {
        String tw = Fixtures.CENTRAL.sha256();
        String province = Fixtures.PROVINCE.sha256();
        String district = Fixtures.DISTRICT.sha256();
        String commune = Fixtures.COMMUNE.sha256();
        Set<String> e = edges();
        assertTrue(e.contains(province + " implements " + tw), e.toString());
        assertTrue(e.contains(district + " implements " + province));
        assertTrue(e.contains(district + " cites " + tw));
        assertTrue(e.contains(commune + " implements " + district));
        assertTrue(e.contains(Fixtures.COMMUNE_OCR.sha256() + " implements " + tw));
        assertTrue(e.contains(province + " cites 35-NQ/TW"), "a directive without a record is a stub");
        assertEquals(6, e.size());
    }

    @Test
    void nodesAreDocumentsAndStubDirectives() {
        assertEquals(6, graph.nodes().size());
        CitationGraph.Node stub = graph.nodes().stream().filter(n -> n.kind() == CitationGraph.Kind.DIRECTIVE)
                .findFirst().orElseThrow();
        assertEquals("35-NQ/TW", stub.id());
        assertEquals("central", stub.level());
        CitationGraph.Node commune = graph.nodes().stream().filter(n -> n.id().equals(Fixtures.COMMUNE.sha256()))
                .findFirst().orElseThrow();
        assertEquals("commune", commune.level());
        assertTrue(commune.label().startsWith("12/KH-UBND"));
    }

    @Test
    void jsonHasNodesAndEdges() throws Exception {
        JsonNode root = RecordJson.mapper().readTree(graph.toJson());
        assertEquals(6, root.get("nodes").size());
        assertEquals(6, root.get("edges").size());
        JsonNode n = root.get("nodes").get(0);
        assertTrue(n.has("id") && n.has("kind") && n.has("label"));
        for (JsonNode e : root.get("edges")) {
            assertTrue(List.of("cites", "implements").contains(e.get("kind").asText()));
        }
    }

    @Test
    void graphMlIsWellFormedXmlWithEscapedLabels() throws Exception {
        String xml = graph.toGraphMl();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(6, doc.getElementsByTagName("node").getLength());
        assertEquals(6, doc.getElementsByTagName("edge").getLength());
        assertTrue(xml.contains("&quot;thông tin đối ngoại&quot; &amp; &lt;du lịch&gt;"), xml);
        assertEquals("a&lt;b&gt;&amp;&quot;c&apos;", CitationGraph.xml("a<b>&\"c'\u0001"));
    }

    @Test
    void dotEscapesQuotesAndIsBalanced() {
        String dot = graph.toDot();
        assertTrue(dot.startsWith("digraph planex {") && dot.strip().endsWith("}"));
        assertTrue(dot.contains("\\\"thông tin đối ngoại\\\""), dot);
        for (String line : dot.split("\n")) {
            if (!line.startsWith("  \"")) continue;
            int unescapedQuotes = line.replace("\\\\", "").replace("\\\"", "").replaceAll("[^\"]", "").length();
            assertEquals(0, unescapedQuotes % 2, line);
        }
        assertEquals("\"a\\\"b\\\\c\\nd\"", CitationGraph.dotId("a\"b\\c\nd"));
    }
}
