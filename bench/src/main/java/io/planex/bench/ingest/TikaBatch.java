package io.planex.bench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * What {@code java -jar tika-app.jar -t -i IN -o OUT} (tika-app's legacy batch mode) does, built from the project's
 * own Tika (the registry this project uses does not serve the tika-app jar): a driver JVM that forks one child JVM
 * and waits for it; the child walks IN, and {@code max(1, cores - 1)} consumer threads (tika-batch's default) each
 * parse a file with an {@link AutoDetectParser} and write its text to {@code OUT/<relative path>.txt}. The child
 * runs with the JVM's defaults, as tika-app's does. {@code --consumers N} overrides the thread count.
 *
 * <pre>
 *   java -cp planex-bench.jar io.planex.bench.ingest.TikaBatch -i IN -o OUT [--consumers N]
 * </pre>
 * Prints one JSON line (files, failed, chars, seconds) from the child on stdout; exit 0, or 1 if a file failed.
 */
public final class TikaBatch {
    private TikaBatch() {}

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean child = rest.remove("--child");
        Path in = Path.of(option(rest, "-i"));
        Path out = Path.of(option(rest, "-o"));
        int consumers = Integer.parseInt(option(rest, "--consumers",
                "" + Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
        if (child) {
            System.exit(runChild(in, out, consumers));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), TikaBatch.class.getName(),
                "--child", "-i", in.toString(), "-o", out.toString(), "--consumers", "" + consumers);
        Process p = new ProcessBuilder(command).inheritIO().start();
        System.exit(p.waitFor());
    }

    private static String option(List<String> args, String name) {
        String v = option(args, name, null);
        if (v == null) {
            System.err.println("usage: TikaBatch -i IN -o OUT [--consumers N]");
            System.exit(2);
        }
        return v;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) return fallback;
        return args.get(i + 1);
    }

    private static int runChild(Path in, Path out, int consumers) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(in)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(consumers);
        for (Path f : files) {
            pool.execute(() -> {
                BodyContentHandler handler = new BodyContentHandler(-1);
                try (InputStream stream = Files.newInputStream(f)) {
                    parser.parse(stream, handler, new Metadata(), new ParseContext());
                    String text = handler.toString();
                    Path target = out.resolve(in.relativize(f).toString() + ".txt");
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                    chars.addAndGet(text.length());
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println("TikaBatch: " + f + ": " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        System.out.printf("{\"command\":\"tika-batch\",\"consumers\":%d,\"files\":%d,\"failed\":%d,\"chars\":%d,"
                        + "\"seconds\":%.2f}%n", consumers, files.size(), failed.get(), chars.get(),
                (System.nanoTime() - start) / 1e9);
        return failed.get() == 0 ? 0 : 1;
    }
}
