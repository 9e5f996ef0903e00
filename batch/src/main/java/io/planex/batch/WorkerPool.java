package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A pool of child JVMs ({@link Worker}), one per parsing thread, each with its own heap ceiling. A worker that
 * exceeds a file's time limit, dies or runs out of memory is killed and replaced by a fresh one on the next
 * file; a worker is also recycled after {@code maxFilesPerWorker} files so that slow leaks in parsers cannot
 * accumulate.
 */
final class WorkerPool implements ParseService {
    private final BlockingQueue<WorkerProcess> idle;
    private final List<WorkerProcess> all = new ArrayList<>();
    private final int maxFilesPerWorker;
    private final Path linkDir;
    private final AtomicLong links = new AtomicLong();

    WorkerPool(int size, int heapMb, String ocrMode, String parserClass, int maxFilesPerWorker) throws IOException {
        this(size, heapMb, ocrMode, parserClass, maxFilesPerWorker, System.getProperty("java.class.path"));
    }

    /** As above, with the class path the workers start with (a Spark executor's own is not the job's). */
    WorkerPool(int size, int heapMb, String ocrMode, String parserClass, int maxFilesPerWorker, String classPath)
            throws IOException {
        this.maxFilesPerWorker = maxFilesPerWorker;
        this.idle = new ArrayBlockingQueue<>(size);
        this.linkDir = Files.createTempDirectory("planex-links");
        List<String> jvm = new ArrayList<>(List.of(javaExecutable(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                // C1 only: a worker lives for maxFilesPerWorker files, too short for C2's compilations to pay
                // back; on 2,000 text PDFs they were 40 % of each worker's CPU (docs/bench/ingest.md).
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-D" + PlanFileParser.OCR_PROPERTY + "=" + ocrMode));
        List<String> main = new ArrayList<>(List.of("-cp", classPath, Worker.class.getName()));
        if (parserClass != null) main.add(parserClass);
        Optional<WorkerClassArchive> archive = WorkerClassArchive.forClassPath(classPath,
                WorkerClassArchive.defaultCacheDir());
        Supplier<List<String>> command = () -> {
            List<String> c = new ArrayList<>(jvm);
            archive.ifPresent(a -> c.addAll(a.nextWorkerOptions()));
            c.addAll(extraJvmOptions()); // last, so that they win
            c.addAll(main);
            return c;
        };
        Consumer<Boolean> archiveWritten = archive.<Consumer<Boolean>>map(a -> a::finish).orElse(null);
        for (int i = 0; i < size; i++) {
            // Started on their first file, not here: a run with less work than threads starts fewer JVMs.
            WorkerProcess w = new WorkerProcess(command, linkDir.resolve("worker-" + i + ".log").toFile(),
                    archiveWritten);
            all.add(w);
            idle.add(w);
        }
    }

    /**
     * More options for the worker JVMs, after ours (so they win): the system property {@value #JVM_OPTIONS_PROPERTY},
     * split at spaces. For benchmarks and profiling (a flight recording of the workers only), not for users.
     */
    static final String JVM_OPTIONS_PROPERTY = "planex.worker.jvmOptions";

    private static List<String> extraJvmOptions() {
        String v = System.getProperty(JVM_OPTIONS_PROPERTY, "").strip();
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    @Override
    public Parsed parse(Path file, long timeoutMillis) throws UnreadableFileException, InterruptedException {
        Path link = null;
        String name;
        if (PathKeys.isLossless(file)) {
            name = file.toAbsolutePath().toString();
        } else {
            // The child would decode the name differently: give it a link with a plain name to the same file.
            try {
                link = linkDir.resolve(links.incrementAndGet() + extension(file));
                Files.createSymbolicLink(link, file.toAbsolutePath());
                name = link.toString();
            } catch (IOException e) {
                throw new UnreadableFileException("io-error", "cannot link an undecodable name: " + e.getMessage());
            }
        }
        WorkerProcess worker = idle.take();
        try {
            if (worker.served() >= maxFilesPerWorker) worker.stop();
            return worker.call(name, timeoutMillis);
        } finally {
            idle.add(worker);
            if (link != null) {
                try {
                    Files.deleteIfExists(link);
                } catch (IOException ignored) {
                    // a temp link; the folder goes at close
                }
            }
        }
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }

    @Override
    public void close() {
        all.forEach(WorkerProcess::stop);
        try {
            if (System.getenv("PLANEX_KEEP_WORKER_LOGS") != null) return;
            for (int i = 0; i < all.size(); i++) Files.deleteIfExists(linkDir.resolve("worker-" + i + ".log"));
            Files.deleteIfExists(linkDir);
        } catch (IOException ignored) {
            // left in the temp folder
        }
    }
}
