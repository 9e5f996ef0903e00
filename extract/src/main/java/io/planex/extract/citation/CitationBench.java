package io.planex.extract.citation;

import io.planex.extract.model.PageMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of {@link CitationExtractor} on plain text, in MB/s (UTF-8 bytes of input per second, one thread).
 * Usage: {@code java -cp planex.jar io.planex.extract.citation.CitationBench FILE... [--seconds N]}. The files are
 * read once and extracted over and over for N seconds (default 10) after a warm-up; the figure goes to stdout.
 */
public final class CitationBench {
    private CitationBench() {}

    public static void main(String[] args) throws IOException {
        double seconds = 10;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = Double.parseDouble(args[++i]);
                continue;
            }
            String t = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            texts.add(t);
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        if (texts.isEmpty()) {
            System.err.println("usage: CitationBench FILE... [--seconds N]");
            System.exit(2);
        }
        CitationExtractor extractor = new CitationExtractor();
        long sink = 0;
        int perPass = 0;
        for (String t : texts) perPass += extractor.extract(t, PageMap.single()).size();
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmEnd) for (String t : texts) sink += extractor.extract(t, PageMap.single()).size();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long rounds = 0;
        while (System.nanoTime() < end) {
            for (String t : texts) sink += extractor.extract(t, PageMap.single()).size();
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double mb = bytes * rounds / 1e6;
        System.out.printf("{\"bytes\":%d,\"rounds\":%d,\"seconds\":%.2f,\"MBps\":%.2f,\"citations\":%d}%n",
                bytes, rounds, elapsed, mb / elapsed, perPass);
        if (sink < 0) System.err.println(sink); // keeps the loop's work observable
    }
}
