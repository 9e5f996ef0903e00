package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One worker JVM reads several files at once: a file that hangs, halts the JVM or exhausts its heap while another
 * file is in flight in the same JVM is reported alone, with the reason a JVM of its own would give; the other file
 * is read again in the restarted JVM and comes out parsed.
 */
class SharedWorkerTest {
    /** The bad file's own time limit: it only has to outlast the companion's start. */
    private static final long BAD_TIMEOUT_MS = 6_000;
    private static final long TIMEOUT_MS = 120_000;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "bad-hang.txt,  timeout",
        "bad-crash.txt, worker-crashed",
        "bad-oom.txt,   out-of-memory",
    })
    void aBadFileFailsAloneAndTheFileBesideItIsReadAgain(String badName, String reason, @TempDir Path tmp)
            throws Exception {
        Path in = tmp.resolve("in");
        Path companion = Fixtures.writePlans(in, 1).get(0);
        companion = Files.move(companion, in.resolve("companion-" + companion.getFileName()));
        Path bad = in.resolve(badName);
        Files.writeString(bad, "Kế hoạch " + badName);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (WorkerPool pool = pool(2, Integer.MAX_VALUE)) {
            Path c = companion;
            Future<Parsed> good = threads.submit(() -> pool.parse(c, TIMEOUT_MS));
            Future<Parsed> failed = threads.submit(() -> pool.parse(bad, BAD_TIMEOUT_MS));

            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, failed::get);
            UnreadableFileException u = (UnreadableFileException) e.getCause();
            assertEquals(reason, u.reason(), u::getMessage);
            assertEquals(companion.getFileName().toString(), good.get().record().source().file());
            // The companion was in the JVM the bad file took down: it said so before its second, real, read.
            assertTrue(Files.exists(tmp.resolve("markers").resolve(companion.getFileName())));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void recyclingWaitsForTheFilesInFlight(@TempDir Path tmp) throws Exception {
        List<Path> plans = Fixtures.writePlans(tmp.resolve("in"), 9);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (WorkerPool pool = pool(2, 3)) {
            List<Future<Parsed>> parsed = new ArrayList<>();
            for (Path p : plans) parsed.add(threads.submit(() -> pool.parse(p, TIMEOUT_MS)));
            for (int i = 0; i < plans.size(); i++) {
                assertEquals(plans.get(i).getFileName().toString(), parsed.get(i).get().record().source().file());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static WorkerPool pool(int threads, int maxFilesPerWorker) throws Exception {
        return new WorkerPool(threads, 96, "never", InFlightParser.class.getName(), maxFilesPerWorker);
    }
}
