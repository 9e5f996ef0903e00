package io.planex.bench.ingest;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.UnreadableFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the repaired text planex extracts from (what {@code planex extract} reads), so that the text of a scanned
 * variant can be diffed against the text of its text PDF.
 *
 * <pre>
 *   ReadText OUTDIR FILE...     writes OUTDIR/NAME.txt for each FILE (default OCR mode: auto)
 * </pre>
 */
public final class ReadText {
    private ReadText() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ReadText OUTDIR FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        DocumentReader reader = new DocumentReader();
        int failed = 0;
        for (int i = 1; i < args.length; i++) {
            Path in = Path.of(args[i]);
            try {
                IngestedDocument doc = reader.read(in);
                Path target = out.resolve(in.getFileName() + ".txt");
                Files.writeString(target, doc.text());
                System.err.println(in + " -> " + target);
            } catch (UnreadableFileException e) {
                failed++;
                System.err.println(in + ": " + e.getMessage());
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
