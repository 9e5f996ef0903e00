package io.planex.web;

import io.planex.index.PlanIndex;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds an index from the repository's samples/ in-process, as {@code planex ingest} would. The scanned PDF is
 * left out (its text is the same as the plain-text sample's, and OCR would cost the tests several seconds).
 */
final class SampleIndex {
    private SampleIndex() {}

    static Path samples() {
        Path p = Path.of("../samples").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) throw new IllegalStateException("samples/ not found from " + Path.of("").toAbsolutePath());
        return p;
    }

    /** Indexes the samples and {@code extra} files into {@code indexDir}; returns the files indexed. */
    static List<Path> build(Path indexDir, Path... extra) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(samples())) {
            s.filter(p -> !p.getFileName().toString().endsWith(".scan.pdf")).sorted().forEach(files::add);
        }
        files.addAll(List.of(extra));
        PlanReader reader = PlanReader.withOcr(OcrMode.NEVER);
        try (PlanIndex index = PlanIndex.open(indexDir)) {
            for (Path f : files) {
                PlanReader.Result r = reader.read(f);
                index.put(r.record(), r.document().text(), List.of(r.record().source().path()), r.document().pageMap());
            }
            index.commit();
        }
        return files;
    }

    static void add(Path indexDir, Path file) throws IOException {
        try (PlanIndex index = PlanIndex.open(indexDir)) {
            PlanReader.Result r = PlanReader.withOcr(OcrMode.NEVER).read(file);
            index.put(r.record(), r.document().text(), List.of(r.record().source().path()), r.document().pageMap());
            index.commit();
        } catch (io.planex.ingest.UnreadableFileException e) {
            throw new IOException(e);
        }
    }
}
