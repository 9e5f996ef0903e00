package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 3 of issue 14: a text of more than 20 million characters goes through the worker protocol. */
class LargeTextTest {
    @Test
    void textOverJacksonsDefaultLimitIsIndexed(@TempDir Path tmp) throws Exception {
        Path plan = Fixtures.writePlans(tmp.resolve("in"), 1).get(0);
        BulkOptions o = BulkOptions.builder(tmp.resolve("index")).threads(1).workerHeapMb(768)
                .parserClass(HugeTextParser.class.getName()).report(tmp.resolve("report.jsonl"))
                .progress(Progress.Mode.NONE).stderr(new PrintStream(OutputStream.nullOutputStream())).build();
        Summary s = new BulkIngest(o).run(List.of(tmp.resolve("in")));
        Map<String, JsonNode> report = Fixtures.report(tmp.resolve("report.jsonl"));
        assertEquals("ok", report.get(PathKeys.key(plan)).get("status").asText(), report.toString());
        assertEquals(1, s.count(Status.OK));
    }
}
