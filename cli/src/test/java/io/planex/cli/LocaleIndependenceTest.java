package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.json.RecordJson;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Item 1 of issue 14: with no UTF-8 locale (LC_ALL=C, env -i, cron, a bare container) the real jar still writes
 * UTF-8, takes Vietnamese arguments and reads Vietnamese folders.
 */
@EnabledOnOs(OS.LINUX)
class LocaleIndependenceTest {
    static Stream<Arguments> environments() {
        // env -i and LC_ALL=C give the JVM the same ASCII encodings; one child run covers both (each costs
        // five JVM starts).
        return Stream.of(Arguments.of("env -i LC_ALL=C", Map.of("LC_ALL", "C")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void vietnameseSurvivesALocaleWithoutUtf8(String name, Map<String, String> env, @TempDir Path tmp)
            throws Exception {
        String script = String.join("\n",
                "mkdir -p 'Văn hóa/Kế hoạch'",
                "printf 'KẾ HOẠCH\\nPhát triển văn hóa du lịch năm 2024\\n' > 'Văn hóa/Kế hoạch/kế-hoạch.txt'",
                "planex extract 'Văn hóa/Kế hoạch/kế-hoạch.txt' > extract.json || exit 11",
                "planex ingest --in-process --progress none --index idx 'Văn hóa' || exit 12",
                "planex search --index idx --json 'văn hóa' > search.json || exit 13",
                "planex search --index idx --json 'không có chữ này' > none.json || exit 14",
                "planex show --index idx 'kế-hoạch.txt' --text");
        ChildPlanex.Result r = ChildPlanex.sh(tmp, env, script);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Phát triển văn hóa du lịch"), "show --text prints UTF-8: " + r.out());

        JsonNode record = RecordJson.mapper().readTree(ChildPlanex.read(tmp.resolve("extract.json")));
        assertEquals("kế-hoạch.txt", record.at("/source/file").asText());
        assertTrue(record.at("/document/title").asText().contains("văn hóa du lịch"), record.toString());

        JsonNode found = RecordJson.mapper().readTree(ChildPlanex.read(tmp.resolve("search.json")));
        assertEquals(1, found.get("total").asInt(), "a Vietnamese query argument arrives intact: " + found);
        assertTrue(found.at("/hits/0/title").asText().contains("văn hóa"), found.toString());
        JsonNode none = RecordJson.mapper().readTree(ChildPlanex.read(tmp.resolve("none.json")));
        assertEquals(0, none.get("total").asInt(), "'?' for every letter would match anything: " + none);
    }
}
