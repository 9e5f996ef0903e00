package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No record overwrites another's: same name from another path goes beside it; a re-run of a path replaces it. */
class RecordFilesTest {
    private static String record(String path, String extra) {
        return "{\"schemaVersion\":\"1\",\"meta\":{\"path\":\"not this\"},\"source\":{\"file\":\"plan.txt\",\"sha256\":\"x\","
                + "\"ocrReasons\":{\"path\":\"nor this\"},\"path\":\"" + path + "\"},\"document\":{\"note\":\"" + extra
                + "\"}}";
    }

    @Test
    void sameNameFromAnotherPathGoesBesideIt(@TempDir Path dir) throws Exception {
        List<String> messages = new ArrayList<>();
        RecordFiles files = new RecordFiles(dir, messages::add);
        Path a = files.write("/in/a/plan.txt", "plan.txt", record("/in/a/plan.txt", "first"));
        assertEquals(dir.resolve("plan.txt.json"), a);
        Path b = files.write("/in/b/plan.txt", "plan.txt", record("/in/b/plan.txt", "other"));
        assertEquals(dir.resolve("plan.txt." + RecordFiles.shortHash("/in/b/plan.txt") + ".json"), b);
        assertEquals(1, messages.size(), messages.toString());
        Path again = files.write("/in/a/plan.txt", "plan.txt", record("/in/a/plan.txt", "second"));
        assertEquals(a, again);
        assertTrue(Files.readString(a).contains("second"));
    }

    @Test
    void readsOnlyTheSourcePath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.json");
        Files.writeString(f, record("/in/a/plan.txt", "x"));
        assertEquals("/in/a/plan.txt", RecordFiles.sourcePathOf(f));
        Files.writeString(f, "{\"source\":{\"file\":\"plan.txt\"},\"path\":\"/elsewhere\"}");
        assertNull(RecordFiles.sourcePathOf(f));
        Files.writeString(f, "[1,2]");
        assertNull(RecordFiles.sourcePathOf(f));
    }

    @Test
    void aFileThatIsNoRecordIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.txt.json"), "not json {");
        RecordFiles files = new RecordFiles(dir, m -> {});
        Path written = files.write("/in/a/plan.txt", "plan.txt", record("/in/a/plan.txt", "x"));
        assertEquals("not json {", Files.readString(dir.resolve("plan.txt.json")));
        assertTrue(written.getFileName().toString().matches("plan\\.txt\\.[0-9a-f]{12}\\.json"), written.toString());
    }
}
