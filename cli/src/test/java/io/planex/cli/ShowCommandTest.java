package io.planex.cli;

import static io.planex.cli.SearchCommandFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.cli.SearchCommandFixtures.Run;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        SearchCommandFixtures.build(dir);
    }

    private static PlanRecord show(String ref) {
        Run r = run("show", "--index", dir.toString(), ref);
        assertEquals(0, r.exit(), r.err());
        return RecordJson.fromJson(r.out());
    }

    @Test
    void showsARecordByIdPrefixPathOrFileName() {
        assertEquals("05-KH/ĐU", show(SearchCommandFixtures.COMMUNE_ID).document().symbol());
        assertEquals("05-KH/ĐU", show("b2b2b2").document().symbol());
        assertEquals("120-KH/TU", show("in/kh-120.txt").document().symbol());
        assertEquals("07/KH-UBND", show("kh-07.txt").document().symbol());
    }

    @Test
    void textOptionPrintsTheStoredText() {
        Run r = run("show", "--index", dir.toString(), "--text", "kh-05.txt");
        assertEquals(SearchCommandFixtures.COMMUNE_TEXT, r.out().strip());
    }

    @Test
    void unknownAndAmbiguousReferencesAreErrors() {
        Run none = run("show", "--index", dir.toString(), "nothing.pdf");
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("planex: no document 'nothing.pdf'"), none.err());
        Run two = run("show", "--index", dir.toString(), "a1");
        assertEquals(2, two.exit(), "too short for an id prefix, and no such file");
        Run ambiguous = run("show", "--index", dir.toString(), "a1a1");
        assertEquals(2, ambiguous.exit());
        assertTrue(ambiguous.err().contains("names 2 documents"), ambiguous.err());
        assertEquals(1, ambiguous.err().strip().lines().count());
    }
}
