package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parser for files that share a worker JVM, by file name. A "companion*" file, read the first time, says so
 * (a marker file) and then waits for ever: it is in flight until something takes its JVM down; read again, it is
 * read for real. A "bad-hang*", "bad-crash*" or "bad-oom*" file waits until a companion is in flight, then never
 * returns, halts the JVM or exhausts its heap. Anything else is read for real. Markers go to the folder
 * "markers" beside the file's folder.
 */
public final class InFlightParser implements FileParser {
    private final PlanFileParser real = new PlanFileParser();

    @Override
    public Parsed parse(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        Path markers = file.toAbsolutePath().getParent().resolveSibling("markers");
        try {
            Files.createDirectories(markers);
            if (name.startsWith("companion")) {
                Path started = markers.resolve(name);
                if (!Files.exists(started)) {
                    Files.writeString(started, "in flight");
                    sleepForEver();
                }
            } else if (name.startsWith("bad-")) {
                awaitCompanion(markers);
                if (name.startsWith("bad-hang")) sleepForEver();
                if (name.startsWith("bad-crash")) Runtime.getRuntime().halt(7);
                if (name.startsWith("bad-oom")) {
                    List<long[]> hog = new ArrayList<>();
                    while (true) hog.add(new long[1 << 20]);
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("io-error", e.toString());
        }
        return real.parse(file);
    }

    private static void awaitCompanion(Path markers) throws IOException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var listed = Files.list(markers)) {
                if (listed.anyMatch(p -> p.getFileName().toString().startsWith("companion"))) return;
            }
            pause(20);
        }
    }

    private static void sleepForEver() {
        while (true) pause(60_000); // a hung parser ignores interrupts too
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ignored) {
            // ignored on purpose
        }
    }
}
