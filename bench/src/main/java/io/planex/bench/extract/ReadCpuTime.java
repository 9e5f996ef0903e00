package io.planex.bench.extract;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code planex extract} spends per file before the extractors: {@link DocumentReader#read} (stat, SHA-256,
 * type detection, decoding, legacy-font check, repair) over the {@code .txt} files of a folder, timed by this
 * thread's CPU time (on a shared machine wall time measures the other users). One warm-up pass, then
 * {@code passes} timed ones; prints the minimum and every pass, in ms and MB/s of input, and the bytes allocated
 * per input byte. Run it with the launcher's JIT ({@code -XX:TieredStopAtLevel=1}) to see what the command line
 * sees. Usage: {@code java -XX:TieredStopAtLevel=1 -cp bench/target/planex-bench.jar
 * io.planex.bench.extract.ReadCpuTime DIR [PASSES]} (DIR: e.g. the {@code files} folder {@link WriteExtractInputs}
 * writes).
 */
public final class ReadCpuTime {
    private ReadCpuTime() {}

    public static void main(String[] args) throws IOException, UnreadableFileException {
        if (args.length < 1) {
            System.err.println("usage: ReadCpuTime DIR [PASSES]");
            System.exit(2);
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long bytes = 0;
        for (Path p : files) bytes += Files.size(p);
        DocumentReader reader = new DocumentReader();
        com.sun.management.ThreadMXBean cpu = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (Path p : files) reader.read(p); // warm-up
        long best = Long.MAX_VALUE;
        StringBuilder all = new StringBuilder();
        long allocated = 0;
        for (int i = 0; i < passes; i++) {
            long a0 = cpu.getThreadAllocatedBytes(tid);
            long t0 = cpu.getCurrentThreadCpuTime();
            for (Path p : files) reader.read(p);
            long t = cpu.getCurrentThreadCpuTime() - t0;
            allocated = cpu.getThreadAllocatedBytes(tid) - a0;
            best = Math.min(best, t);
            all.append(all.length() == 0 ? "" : " ").append(t / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "{\"files\":%d,\"bytes\":%d,\"minCpuMs\":%d,\"mbPerSecCpu\":%.1f,"
                + "\"allocPerByte\":%.1f,\"passesMs\":\"%s\"}%n", files.size(), bytes, best / 1_000_000,
                bytes / 1e6 / (best / 1e9), (double) allocated / bytes, all);
    }
}
