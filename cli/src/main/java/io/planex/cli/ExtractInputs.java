package io.planex.cli;

import io.planex.batch.PathKeys;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The inputs of {@code extract} as people name them: "-" is stdin (read into a temporary file, since readers
 * detect types and page through files), and a record names its file the way the user can read it back, in
 * UTF-8 whatever the locale (Path.toString() turns Vietnamese into '?' under LC_ALL=C).
 */
final class ExtractInputs {
    static final String STDIN = "-";

    private ExtractInputs() {}

    static boolean isStdin(Path p) {
        return p.toString().equals(STDIN);
    }

    /** Copies stdin to a temporary file; the caller deletes it. */
    static Path stdinToFile(InputStream in) throws IOException {
        Path tmp = Files.createTempFile("planex-stdin-", "");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** The path as given when Java can spell it, else its UTF-8 key. */
    static String display(Path p) {
        return PathKeys.isLossless(p) ? p.toString() : PathKeys.key(p);
    }

    /** The record with {@code source.file} and {@code source.path} as the user named the input. */
    static PlanRecord named(PlanRecord r, Path input) {
        String path = isStdin(input) ? STDIN : display(input);
        String file = isStdin(input) ? STDIN : path.substring(path.lastIndexOf('/') + 1);
        SourceInfo s = r.source();
        SourceInfo source = new SourceInfo(file, path, s.sha256(), s.mediaType(), s.bytes(), s.pages(), s.ocr());
        return new PlanRecord(r.schemaVersion(), source, r.document(), r.citations(), r.units(), r.deadlines());
    }
}
