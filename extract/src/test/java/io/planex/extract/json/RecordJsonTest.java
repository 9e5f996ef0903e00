package io.planex.extract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static final SourceInfo SOURCE = new SourceInfo("plan.txt", "/tmp/plan.txt",
            "a".repeat(64), "text/plain", 120, 1, false);

    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            XÃ AN THỊNH
            Số: 37/KH-UBND
            An Thịnh, ngày 08 tháng 5 năm 2023
            KẾ HOẠCH
            Quảng bá du lịch năm 2023
            Thực hiện Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị; Kế hoạch số 145/KH-UBND
            ngày 12/4/2023 của UBND huyện, UBND xã xây dựng Kế hoạch như sau:
            III. TỔ CHỨC THỰC HIỆN
            1. Công an xã
            Bảo đảm an ninh trật tự; báo cáo UBND xã trước ngày 05/12/2023.
            """;

    @Test
    void emptyRecordHasEveryFieldAndMatchesSchema() throws Exception {
        PlanRecord empty = PlanRecord.of(SOURCE, new Extraction(null, null, null, null));
        String json = RecordJson.toLine(empty);
        RecordSchema.assertValid(json);
        JsonNode n = RecordJson.mapper().readTree(json);
        for (String f : List.of("type", "typeName", "symbol", "number", "issuer", "date", "place", "title",
                "signer", "recipients")) {
            assertTrue(n.get("document").has(f), "document." + f + " missing");
        }
        assertTrue(n.get("document").get("signer").isNull());
        assertTrue(n.get("citations").isArray());
        assertFalse(json.contains("\n"), "NDJSON lines must not break");
    }

    @Test
    void extractedRecordMatchesSchemaAndRoundTrips() {
        Extraction e = new PlanExtractor().extract(PLAN);
        PlanRecord record = PlanRecord.of(SOURCE, e);
        String json = RecordJson.toPrettyJson(record);
        RecordSchema.assertValid(json);
        assertEquals(record, RecordJson.fromJson(json));
        assertTrue(json.contains("\"implements\""), "citation flag is named implements in JSON");
    }

    @Test
    void schemaRejectsMissingFieldsAndBadDates() {
        String json = RecordJson.toLine(PlanRecord.of(SOURCE, new Extraction(new DocumentHeader("KH", "Kế hoạch",
                null, null, null, "15/6/2023", null, null, null, List.of()), null, null, null)));
        assertFalse(RecordSchema.validate(json).isEmpty(), "a non-ISO date must fail validation");
        assertFalse(RecordSchema.validate("{\"schemaVersion\":\"1\"}").isEmpty());
    }

    @Test
    void citationWithoutNumberIsRejectedBySchema() {
        Citation c = new Citation("x", "KL", null, "", null, "TW", null, null, false, List.of());
        String json = RecordJson.toLine(PlanRecord.of(SOURCE, new Extraction(null, List.of(c), null, null)));
        assertFalse(RecordSchema.validate(json).isEmpty());
    }

    @Test
    void garbageIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordJson.fromJson("{"));
        assertTrue(e.getMessage().startsWith("not a planex v1 record"));
    }
}
