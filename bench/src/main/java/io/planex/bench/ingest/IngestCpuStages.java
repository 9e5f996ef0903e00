package io.planex.bench.ingest;

import io.planex.batch.Parsed;
import io.planex.batch.PlanFileParser;
import io.planex.index.PlanIndex;
import io.planex.ingest.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stages of a bulk ingest that run in this JVM's threads, over the first files of a folder, for
 * {@link IngestCpuAb}: {@code read} (a worker's reading of each file: detection, Tika and PDFBox, text repair, the
 * OCR and table checks), {@code parse} (read and extract: what a worker does per file) and {@code index} (what the
 * parent does per record: the records put into a fresh Lucene index, which is then closed).
 */
public final class IngestCpuStages {
    private IngestCpuStages() {}

    public static Map<String, Runnable> stages(String docs, Integer count) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(docs))) {
            files = s.filter(Files::isRegularFile).sorted().limit(count).toList();
        }
        Map<String, Runnable> stages = new LinkedHashMap<>();
        DocumentReader reader = new DocumentReader();
        stages.put("read", () -> forEach(files, reader::read));
        PlanFileParser parser = new PlanFileParser();
        List<Parsed> parsed = new ArrayList<>();
        for (Path f : files) parsed.add(parser.parse(f));
        stages.put("parse", () -> forEach(files, parser::parse));
        Path index = Files.createTempDirectory("planex-ab-index");
        // deleteOnExit removes only an empty folder: the index's files go first, when the benchmark ends
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                clear(index);
                Files.deleteIfExists(index);
            } catch (IOException ignored) {
                // left in the temp folder
            }
        }));
        stages.put("index", () -> {
            try {
                clear(index);
                try (PlanIndex idx = PlanIndex.open(index)) {
                    for (Parsed p : parsed) {
                        idx.put(p.record(), p.text(), List.of(p.record().source().path()), p.pages());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return stages;
    }

    /** What a stage does with one file. */
    private interface FileStep {
        void apply(Path file) throws Exception;
    }

    private static void forEach(List<Path> files, FileStep step) {
        for (Path f : files) {
            try {
                step.apply(f);
            } catch (Exception e) {
                throw new IllegalStateException(f.toString(), e);
            }
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.delete(p);
            }
        }
    }
}
