package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file indexed with a part of its record empty (an extractor failed on its text) is indexed, and says so: in its
 * report line ("warnings") and in the run's summary, whether it was read by a worker JVM or in process.
 */
class ExtractorWarningTest {
    @ParameterizedTest(name = "in process: {0}")
    @ValueSource(booleans = {false, true})
    void warningReachesReportAndSummary(boolean inProcess, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        List<Path> plans = Fixtures.writePlans(tmp.resolve("in"), 2);
        Path warned = Files.move(plans.get(1), plans.get(1).resolveSibling("warn-plan.txt"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BulkOptions o = BulkOptions.builder(tmp.resolve("index")).threads(1).inProcess(inProcess)
                .parserClass(WarningParser.class.getName()).report(tmp.resolve("report.jsonl"))
                .progress(Progress.Mode.NONE).stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        Summary s = new BulkIngest(o).run(List.of(tmp.resolve("in")));

        assertEquals(2, s.count(Status.OK));
        assertEquals(1, s.warned());
        Map<String, JsonNode> report = Fixtures.report(tmp.resolve("report.jsonl"));
        JsonNode line = report.get(PathKeys.key(warned));
        assertEquals("ok", line.get("status").asText(), report.toString());
        assertEquals(WarningParser.WARNING, line.get("warnings").get(0).asText());
        assertFalse(report.get(PathKeys.key(plans.get(0))).has("warnings"), report.toString());
        assertTrue(s.format().contains("1 indexed with a part of their record empty"), s.format());
    }
}
