package io.planex.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.planex.extract.json.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Where the JSON record of a file goes in an output folder ({@code extract --out}, {@code ingest --json}), so
 * that no record overwrites another's: {@code <file name>.json} as before, unless that file holds the record of
 * another path (a/plan.txt and b/plan.txt), in which case the record goes to
 * {@code <file name>.<12 hex digits of the path's hash>.json} and a message says so. A record of the same path
 * replaces its previous version (a re-run). The check reads the existing file's {@code source.path}: no state.
 */
public final class RecordFiles {
    private final Path dir;
    private final Consumer<String> messages;

    public RecordFiles(Path dir, Consumer<String> messages) {
        this.dir = dir;
        this.messages = messages;
    }

    /** Writes {@code json} (the record of the file at {@code sourcePath}) and returns where it went. */
    public synchronized Path write(String sourcePath, String fileName, String json) throws IOException {
        Path plain = dir.resolve(fileName + ".json");
        Path target = plain;
        if (heldByAnother(plain, sourcePath)) {
            target = dir.resolve(fileName + "." + shortHash(sourcePath) + ".json");
            messages.accept("planex: " + plain + " holds the record of another file with the same name: the record"
                    + " of " + sourcePath + " is " + target);
        }
        Files.writeString(target, json.endsWith("\n") ? json : json + "\n", StandardCharsets.UTF_8);
        return target;
    }

    private static boolean heldByAnother(Path target, String sourcePath) {
        if (!Files.exists(target)) return false;
        try {
            return !sourcePath.equals(sourcePathOf(target));
        } catch (IOException | RuntimeException e) {
            return true; // not a record of ours: never overwritten
        }
    }

    /**
     * The {@code source.path} of the record in {@code file}, read as a stream up to that field (a merged archive's
     * record holds hundreds of thousands of mentions after it, all skipped unparsed); null when it has none.
     */
    static String sourcePathOf(Path file) throws IOException {
        try (JsonParser p = RecordJson.mapper().getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("source") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        JsonToken v = p.nextToken();
                        if (inner.equals("path")) return v == JsonToken.VALUE_STRING ? p.getText() : null;
                        p.skipChildren();
                    }
                    return null;
                }
                p.skipChildren();
            }
            return null;
        }
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
