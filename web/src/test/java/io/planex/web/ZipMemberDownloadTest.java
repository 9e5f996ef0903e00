package io.planex.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import io.planex.extract.model.PlanRecord;
import io.planex.index.PlanIndex;
import io.planex.index.live.LiveIndex;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 10: the original of a document indexed from a zip member is the member's bytes. */
class ZipMemberDownloadTest {
    @TempDir
    Path tmp;

    private static void zip(Path target, String name, byte[] bytes) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.putNextEntry(new ZipEntry(name));
            out.write(bytes);
            out.closeEntry();
        }
    }

    @Test
    void aMembersOriginalIsServedFromItsZipWhileUnchanged() throws Exception {
        byte[] plan = "KẾ HOẠCH\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị về du lịch.\n"
                .getBytes(StandardCharsets.UTF_8);
        Path loose = Files.write(tmp.resolve("ke-hoach.txt"), plan);
        PlanReader.Result read = PlanReader.withOcr(OcrMode.NEVER).read(loose);
        Files.delete(loose);
        Path bundle = tmp.resolve("bundle.zip");
        zip(bundle, "2024/ke-hoach.txt", plan);
        String member = bundle + "!/2024/ke-hoach.txt";
        PlanRecord r = read.record();
        PlanRecord atMember = new PlanRecord(r.schemaVersion(), r.source().at("ke-hoach.txt", member), r.document(),
                r.citations(), r.units(), r.deadlines());
        Path indexDir = tmp.resolve("index");
        try (PlanIndex index = PlanIndex.open(indexDir)) {
            index.put(atMember, read.document().text(), List.of(member));
            index.commit();
        }
        String id = r.source().sha256();
        try (LiveIndex index = LiveIndex.open(indexDir, Duration.ZERO)) {
            Javalin app = WebApp.create(index, WebConfig.defaults()).start("127.0.0.1", 0);
            try {
                URI uri = URI.create("http://127.0.0.1:" + app.port() + "/documents/" + id + "/original");
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<byte[]> ok = http.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, ok.statusCode());
                assertArrayEquals(plan, ok.body());

                zip(bundle, "2024/ke-hoach.txt", "KẾ HOẠCH\nđã sửa\n".getBytes(StandardCharsets.UTF_8));
                assertEquals(410, http.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).statusCode(), "changed since: not served");
            } finally {
                app.stop();
            }
        }
    }
}
