package io.planex.spark;

import io.planex.batch.FileParser;
import io.planex.batch.Parsed;
import io.planex.batch.PlanFileParser;
import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs in the reader JVMs of the tests. Misbehaves by file name: "hang*" never returns, "oom*" allocates until
 * the heap is gone, "crash*" kills its JVM; "known*" must not be read (a --skip-known run fails it if it is);
 * anything else is read for real.
 */
public final class MisbehavingParser implements FileParser {
    private final PlanFileParser real = new PlanFileParser();

    @Override
    public Parsed parse(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        if (name.startsWith("hang")) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a hung parser ignores interrupts too
                }
            }
        }
        if (name.startsWith("oom")) {
            List<long[]> hog = new ArrayList<>();
            while (true) hog.add(new long[1 << 20]);
        }
        if (name.startsWith("crash")) Runtime.getRuntime().halt(7);
        return real.parse(file);
    }

    /** Fails every file but those named "new*": what a --skip-known run may read. */
    public static final class OnlyNew implements FileParser {
        private final PlanFileParser real = new PlanFileParser();

        @Override
        public Parsed parse(Path file) throws UnreadableFileException {
            if (!file.getFileName().toString().startsWith("new")) {
                throw new UnreadableFileException("read-again", "--skip-known read a known file: " + file);
            }
            return real.parse(file);
        }
    }
}
