package io.planex.extract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.planex.extract.model.PlanRecord;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON v1 form of {@link PlanRecord}: every field always present (null or [] when unknown), in record
 * component order. The JSON Schema is the resource {@link #SCHEMA_RESOURCE}.
 */
public final class RecordJson {
    public static final String SCHEMA_RESOURCE = "/io/planex/extract/planex-record-v1.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private RecordJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON (no line breaks), for NDJSON. */
    public static String toLine(PlanRecord record) {
        return write(COMPACT, record);
    }

    public static String toPrettyJson(PlanRecord record) {
        return write(PRETTY, record);
    }

    public static PlanRecord fromJson(String json) {
        try {
            return MAPPER.readValue(json, PlanRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a planex v1 record: " + e.getOriginalMessage(), e);
        }
    }

    public static InputStream openSchema() {
        return RecordJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
