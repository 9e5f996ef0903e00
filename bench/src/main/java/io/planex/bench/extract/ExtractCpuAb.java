package io.planex.bench.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link ExtractCpuTime}'s stages of two builds in one JVM, pass for pass: on this shared host one JVM may run the
 * same jar 2-4x slower than the next (and pinned runs move together by 1.3-1.6x from one minute to the next), so two
 * builds timed in separate JVMs, even back to back, compare the JVMs as much as the code. Here each build's classes
 * are loaded by their own class loader (this jar's benchmark classes first, then the build's fat jar for the
 * extract, ingest and testkit classes), and the passes alternate A, B, A, B over the same seconds; the minimum CPU
 * time per pass of each is printed, with B's time as a ratio of A's.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -cp bench/target/planex-bench.jar
 * io.planex.bench.extract.ExtractCpuAb JAR_A JAR_B [PASSES [STAGE_REGEX [BENCH_CLASSES]]]}, where the jars are
 * bench jars (or any jar holding the extract, ingest and testkit classes) and BENCH_CLASSES is the directory of
 * this module's compiled classes ({@code bench/target/classes} by default).
 */
public final class ExtractCpuAb {
    private ExtractCpuAb() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractCpuAb JAR_A JAR_B [PASSES [STAGE_REGEX [BENCH_CLASSES]]]");
            System.exit(2);
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Pattern only = Pattern.compile(args.length > 3 ? args[3] : "header|citations|units|deadlines|json|repair|record");
        Path benchClasses = Path.of(args.length > 4 ? args[4] : "bench/target/classes");
        if (!Files.isDirectory(benchClasses.resolve("io/planex/bench/extract"))) {
            System.err.println("not the bench module's classes: " + benchClasses);
            System.exit(2);
        }
        Map<String, Runnable> a = stagesOf(benchClasses, Path.of(args[0]), ExtractCpuTime.class.getName(), List.of());
        Map<String, Runnable> b = stagesOf(benchClasses, Path.of(args[1]), ExtractCpuTime.class.getName(), List.of());
        System.out.println("A: " + args[0] + "\nB: " + args[1]);
        compare(a, b, passes, only);
    }

    /**
     * Times each stage of {@code a} matching {@code only} against the same stage of {@code b}: both warmed for four
     * seconds of wall time, alternately, then {@code passes} timed passes each, alternating which goes first;
     * prints a Markdown table of the minimum and mean CPU time per pass.
     */
    public static void compare(Map<String, Runnable> a, Map<String, Runnable> b, int passes, Pattern only) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String jit = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1")
                ? "C1 only" : "default tiered (C2)";
        System.out.println("JIT: " + jit + ", " + passes + " passes each, alternating");
        System.out.println("| stage | A: min CPU ms | B: min CPU ms | B / A | A: mean | B: mean |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String stage : a.keySet()) {
            if (!only.matcher(stage).matches() || !b.containsKey(stage)) continue;
            Runnable ra = a.get(stage);
            Runnable rb = b.get(stage);
            // both warmed for two seconds of wall time, alternately (see ExtractCpuTime on warm-up under load)
            long warm = System.nanoTime() + 4_000_000_000L;
            for (int i = 0; i < 2 || System.nanoTime() < warm; i++) {
                ra.run();
                rb.run();
            }
            long minA = Long.MAX_VALUE;
            long minB = Long.MAX_VALUE;
            long totalA = 0;
            long totalB = 0;
            for (int i = 0; i < passes; i++) {
                // which goes first alternates too, so neither always follows the other's garbage
                boolean aFirst = i % 2 == 0;
                long t1 = time(cpu, aFirst ? ra : rb);
                long t2 = time(cpu, aFirst ? rb : ra);
                long ta = aFirst ? t1 : t2;
                long tb = aFirst ? t2 : t1;
                minA = Math.min(minA, ta);
                minB = Math.min(minB, tb);
                totalA += ta;
                totalB += tb;
            }
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.1f | %.1f |%n", stage, minA / 1e6, minB / 1e6,
                    (double) minB / minA, totalA / 1e6 / passes, totalB / 1e6 / passes);
        }
    }

    private static long time(ThreadMXBean cpu, Runnable r) {
        long start = cpu.getCurrentThreadCpuTime();
        r.run();
        return cpu.getCurrentThreadCpuTime() - start;
    }

    /**
     * The stages that {@code stagesClass}'s static {@code stages} method (with {@code args} as its arguments, their
     * types those of the arguments) gives, with that class loaded from {@code benchClasses} and the build's classes
     * from {@code jar}, in a class loader of their own.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Runnable> stagesOf(Path benchClasses, Path jar, String stagesClass, List<Object> args)
            throws Exception {
        if (!Files.isRegularFile(jar)) throw new IllegalArgumentException("no such jar: " + jar);
        List<URL> urls = new ArrayList<>();
        urls.add(benchClasses.toUri().toURL());
        urls.add(jar.toUri().toURL());
        // the platform loader as parent: nothing of this JVM's own class path is shared between the two builds
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> timed = Class.forName(stagesClass, true, loader);
        Class<?>[] types = args.stream().map(o -> o instanceof List ? List.class : o.getClass()).toArray(Class[]::new);
        return (Map<String, Runnable>) timed.getMethod("stages", types).invoke(null, args.toArray());
    }
}
