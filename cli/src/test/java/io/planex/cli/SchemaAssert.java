package io.planex.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.planex.extract.json.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Checks records printed by the CLI against the v1 JSON Schema shipped in the extract module. */
final class SchemaAssert {
    private static final JsonSchema SCHEMA = load();

    private SchemaAssert() {}

    static JsonNode assertValidRecord(String json) {
        try {
            JsonNode node = RecordJson.mapper().readTree(json);
            Set<ValidationMessage> errors = SCHEMA.validate(node);
            assertTrue(errors.isEmpty(), () -> "not a valid v1 record: " + errors + "\n" + json);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = RecordJson.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
