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
 * The child JVMs ({@link Worker}) that read files for the parsing threads: by default ONE JVM with one parse thread
 * ("lane") per parsing thread, so that a run pays one JVM start, one set of class loading and one set of JIT
 * compilations instead of one per thread (docs/bench/ingest.md). Its heap ceiling is the per-thread heap times its
 * lanes, so each file in flight has the room a JVM of its own had. A file that exceeds its time limit, kills the JVM
 * or runs it out of memory is reported alone; the other files in it are read again ({@link WorkerProcess}). A JVM is
 * recycled after {@code maxFilesPerWorker} files, once the files in it are answered, so that slow leaks in parsers
 * cannot accumulate.
 *
 * <p>The system property {@value #JVMS_PROPERTY} splits the threads over more JVMs (one per thread at most, the
 * layout before; for benchmarks, not for users).
 */
final class WorkerPool implements ParseService {
    static final String JVMS_PROPERTY = "planex.worker.jvms";

    /** One token per lane: a parsing thread takes one, reads its file in the token's JVM, gives it back. */
    private final BlockingQueue<WorkerProcess> idle;
    private final List<WorkerProcess> all = new ArrayList<>();
    private final Path linkDir;
    private final AtomicLong links = new AtomicLong();

    WorkerPool(int size, int heapMb, String ocrMode, String parserClass, int maxFilesPerWorker) throws IOException {
        this(size, heapMb, ocrMode, parserClass, maxFilesPerWorker, System.getProperty("java.class.path"));
    }

    /** As above, with the class path the workers start with (a Spark executor's own is not the job's). */
    WorkerPool(int size, int heapMb, String ocrMode, String parserClass, int maxFilesPerWorker, String classPath)
            throws IOException {
        this.idle = new ArrayBlockingQueue<>(size);
        this.linkDir = Files.createTempDirectory("planex-links");
        int jvms = Math.max(1, Math.min(size, Integer.getInteger(JVMS_PROPERTY, 1)));
        List<String> main = new ArrayList<>(List.of("-cp", classPath, Worker.class.getName()));
        if (parserClass != null) main.add(parserClass);
        Optional<WorkerClassArchive> archive = WorkerClassArchive.forClassPath(classPath,
                WorkerClassArchive.defaultCacheDir());
        Consumer<Boolean> archiveWritten = archive.<Consumer<Boolean>>map(a -> a::finish).orElse(null);
        for (int i = 0; i < jvms; i++) {
            int lanes = size / jvms + (i < size % jvms ? 1 : 0);
            List<String> jvm = new ArrayList<>(List.of(javaExecutable(),
                    // The heap is per file in flight: the room each thread's JVM had when every thread had its own.
                    "-Xmx" + (long) heapMb * lanes + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                    // C1 only: C2's compilations cost more than they save in a few thousand files
                    // (docs/bench/ingest.md).
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                    "-D" + Worker.LANES_PROPERTY + "=" + lanes,
                    "-D" + PlanFileParser.OCR_PROPERTY + "=" + ocrMode));
            Supplier<List<String>> command = () -> {
                List<String> c = new ArrayList<>(jvm);
                archive.ifPresent(a -> c.addAll(a.nextWorkerOptions()));
                c.addAll(extraJvmOptions()); // last, so that they win
                c.addAll(main);
                return c;
            };
            // Started on its first file, not here: a run with nothing to read starts no JVM.
            WorkerProcess w = new WorkerProcess(command, linkDir.resolve("worker-" + i + ".log").toFile(),
                    archiveWritten, maxFilesPerWorker);
            all.add(w);
            for (int l = 0; l < lanes; l++) idle.add(w);
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
