package io.planex.extract.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON against the shipped v1 schema, for tests. */
public final class RecordSchema {
    private static final JsonSchema SCHEMA = load();

    private RecordSchema() {}

    public static Set<ValidationMessage> validate(String json) {
        try {
            JsonNode node = RecordJson.mapper().readTree(json);
            return SCHEMA.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(String json) {
        Set<ValidationMessage> errors = validate(json);
        assertTrue(errors.isEmpty(), () -> "record does not match the v1 schema: " + errors + "\n" + json);
    }

    private static JsonSchema load() {
        try (InputStream in = RecordJson.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
