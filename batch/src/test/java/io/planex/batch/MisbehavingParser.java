package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parser that misbehaves on request, by file name: "hang*" never returns, "crash*" kills its JVM,
 * "oom*" allocates until the heap is exhausted; anything else is read for real.
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
        if (name.startsWith("crash")) Runtime.getRuntime().halt(7);
        if (name.startsWith("oom")) {
            List<long[]> hog = new ArrayList<>();
            while (true) hog.add(new long[1 << 20]);
        }
        return real.parse(file);
    }
}
