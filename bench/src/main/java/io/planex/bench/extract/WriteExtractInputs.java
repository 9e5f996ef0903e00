package io.planex.bench.extract;

import io.planex.testkit.corpus.RealSizePlans;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of the command-line extraction figures ({@code bench/scripts/extract-marginal.sh}): real-size
 * plans ({@link RealSizePlans}, seed 2) up to {@code MB} megabytes of UTF-8, once as one file each
 * ({@code DIR/files/pNNNNN.txt}) and once as one merged text ({@code DIR/merged.txt}, the plans separated by a blank
 * line, as an archive export is). Usage: {@code WriteExtractInputs DIR MB}; prints the byte count on stdout.
 */
public final class WriteExtractInputs {
    private WriteExtractInputs() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WriteExtractInputs DIR MB");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long limit = (long) (Double.parseDouble(args[1]) * 1_000_000L);
        Path files = Files.createDirectories(dir.resolve("files"));
        RealSizePlans plans = new RealSizePlans(2);
        long bytes = 0;
        int n = 0;
        try (Writer merged = Files.newBufferedWriter(dir.resolve("merged.txt"), StandardCharsets.UTF_8)) {
            while (bytes < limit) {
                String text = plans.text(n);
                Files.writeString(files.resolve(String.format("p%05d.txt", n)), text, StandardCharsets.UTF_8);
                merged.write(text);
                merged.write('\n');
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                n++;
            }
        }
        System.out.println(bytes + " " + n);
    }
}
