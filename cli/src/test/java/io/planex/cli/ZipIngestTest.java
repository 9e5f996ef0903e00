package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.batch.PathKeys;
import io.planex.extract.json.RecordJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 10 end to end: a zip's members are ingested, shown and found under their member path. */
class ZipIngestTest {
    @TempDir
    Path tmp;

    @Test
    void aMemberIsShownAndFoundByItsPathInTheZip() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path bundle = in.resolve("bundle.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            zip.putNextEntry(new ZipEntry("2024/ke-hoach-du-lich.txt"));
            zip.write("KẾ HOẠCH\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị về phát triển du lịch cộng đồng."
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path idx = tmp.resolve("idx");
        Path report = tmp.resolve("r.jsonl");
        var ingest = IngestCommandTestSupport.planex("ingest", "--in-process", "--progress", "none", "--index",
                idx.toString(), "--report", report.toString(), in.toString());
        assertEquals(0, ingest.exitCode(), ingest.stderr());
        String member = PathKeys.key(bundle) + "!/2024/ke-hoach-du-lich.txt";
        JsonNode line = RecordJson.mapper().readTree(Files.readAllLines(report).get(0));
        assertEquals(member, line.get("path").asText());
        assertEquals("ok", line.get("status").asText());

        Cli.Run show = Cli.run("show", "--index", idx.toString(), member);
        assertEquals(0, show.exitCode(), show.err());
        JsonNode record = RecordJson.mapper().readTree(show.out());
        assertEquals(member, record.at("/source/path").asText());
        assertEquals("ke-hoach-du-lich.txt", record.at("/source/file").asText());

        Cli.Run search = Cli.run("search", "--index", idx.toString(), "du lịch cộng đồng");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("bundle.zip!/2024/ke-hoach-du-lich.txt"), search.out());
    }
}
