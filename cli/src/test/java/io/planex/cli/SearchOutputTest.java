package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import io.planex.index.PlanIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items 12 and 13 of issue 14: where a hit is, how many are shown, implementers first, long queries, --help. */
class SearchOutputTest {
    @TempDir
    Path tmp;

    Path idx;

    @BeforeEach
    void build() throws Exception {
        idx = tmp.resolve("idx");
        try (PlanIndex index = PlanIndex.open(idx)) {
            // An implementer dated by year only, and twelve newer documents that only mention the directive.
            index.put(record("impl", "2023", true), text(true), List.of("/archive/2023/ke-hoach-impl.txt",
                    "/archive/copies/ke-hoach-impl.txt", "/backup/ke-hoach-impl.txt"));
            for (int i = 0; i < 12; i++) {
                String id = "m" + i;
                index.put(record(id, "2024-05-" + String.format("%02d", i + 1), false), text(false),
                        List.of("/archive/2024/cong-van-" + id + ".txt"));
            }
            index.commit();
        }
    }

    private static String text(boolean implementing) {
        return (implementing ? "Thực hiện" : "Nhắc lại") + " Kết luận số 57-KL/TW của Bộ Chính trị về du lịch.";
    }

    private static PlanRecord record(String id, String date, boolean implementing) {
        String text = text(implementing);
        int at = text.indexOf("57-KL/TW");
        Citation c = new Citation("57-KL/TW", "KL", null, "57", null, "TW", null, null, implementing,
                List.of(new Mention(at, at + 8, 1, "57-KL/TW")));
        String sha = String.format("%064x", Math.abs((long) id.hashCode()));
        return new PlanRecord(PlanRecord.SCHEMA_VERSION,
                new SourceInfo(id + ".txt", "/archive/" + id + ".txt", sha, "text/plain", text.length(), 1, false),
                new DocumentHeader("KH", "Kế hoạch", null, null, "Tỉnh ủy", date, null, "Về du lịch " + id, null,
                        List.of()),
                List.of(c), List.of(), List.of());
    }

    @Test
    void tableShowsWhereEachHitIsAndHowManyAreShown() {
        Cli.Run run = Cli.run("search", "--index", idx.toString(), "du lịch");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("13 document(s), 10 shown"), run.out());
        assertTrue(run.out().contains("/archive/2024/cong-van-m"), "the folder, not only the name: " + run.out());
        Cli.Run impl = Cli.run("search", "--index", idx.toString(), "--cites", "57-KL/TW", "--limit", "1");
        assertTrue(impl.out().contains("/archive/2023/ke-hoach-impl.txt  (+2 more paths"), impl.out());
    }

    @Test
    void implementersComeFirstForCitesUnlessNewestIsAsked() throws Exception {
        JsonNode r = RecordJson.mapper().readTree(Cli.run("search", "--index", idx.toString(), "--cites", "57- kl/tw",
                "--json", "--limit", "3").out());
        assertEquals(13, r.get("total").asInt());
        assertEquals(3, r.get("shown").asInt());
        assertEquals("2023", r.at("/hits/0/date").asText(), "the implementer, dated by year only, first: " + r);
        assertEquals(3, r.at("/hits/0/paths").size());
        JsonNode newest = RecordJson.mapper().readTree(Cli.run("search", "--index", idx.toString(), "--cites",
                "57-KL/TW", "--json", "--sort", "newest").out());
        assertEquals("2024-05-12", newest.at("/hits/0/date").asText());
    }

    @Test
    void aQueryTooLongSaysSo() {
        String words = String.join(" ", java.util.Collections.nCopies(1100, "du lịch"));
        Cli.Run run = Cli.run("search", "--index", idx.toString(), words);
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.err().contains("query too long"), run.err());
        assertTrue(!run.err().contains("maxClauseCount"), run.err());
    }

    @Test
    void helpExamplesNameSamplesThatExist() {
        for (String command : List.of("extract", "show", "ingest", "search")) {
            String help = Cli.run(command, "--help").out();
            var m = java.util.regex.Pattern.compile("samples/([\\w.-]+\\.\\w+)").matcher(help);
            while (m.find()) {
                assertTrue(Files.exists(Path.of("..", "samples", m.group(1))), command + " --help: " + m.group());
            }
        }
    }
}
