package io.planex.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.extract.json.RecordJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The texts that go with records made elsewhere (an ExtractJob's {@code text/} dataset: one
 * {@code {"sha256","text"}} line per record), looked up by content hash. A job's texts can be far larger than
 * memory, so they are loaded into a temporary MVStore file (paged, bounded cache) that is deleted at close.
 */
interface TextSidecar extends AutoCloseable {
    /** The text of the document with this content hash, or null when there is none. */
    String text(String sha256);

    @Override
    void close() throws IOException;

    TextSidecar NONE = new TextSidecar() {
        @Override
        public String text(String sha256) {
            return null;
        }

        @Override
        public void close() {}
    };

    /** Opens the sidecar of a text folder (NONE when there is no such folder). */
    interface Factory {
        TextSidecar open(Path textDir) throws IOException;
    }

    /** Loads the folder's part files into a temporary store. */
    static TextSidecar load(Path textDir) throws IOException {
        if (!Files.isDirectory(textDir)) return NONE;
        Path file = Files.createTempFile("planex-texts", ".mv.db");
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().cacheSize(16).open();
        MVMap<String, String> texts = store.openMap("texts");
        ObjectMapper mapper = RecordJson.mapper();
        long n = 0;
        try {
            for (Path part : JsonRecordSource.recordFiles(textDir)) {
                try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isBlank()) continue;
                        JsonNode t = mapper.readTree(line);
                        if (t.hasNonNull("sha256") && t.hasNonNull("text")) {
                            texts.put(t.get("sha256").asText(), t.get("text").asText());
                        }
                        if (++n % 1000 == 0) store.commit(); // lets the store page out what it has written
                    }
                }
            }
            store.commit();
        } catch (IOException | RuntimeException e) {
            store.closeImmediately();
            Files.deleteIfExists(file);
            throw new IOException("cannot read the texts in " + textDir + ": " + e.getMessage(), e);
        }
        return new TextSidecar() {
            @Override
            public String text(String sha256) {
                return texts.get(sha256);
            }

            @Override
            public void close() throws IOException {
                store.closeImmediately();
                Files.deleteIfExists(file);
            }
        };
    }
}
