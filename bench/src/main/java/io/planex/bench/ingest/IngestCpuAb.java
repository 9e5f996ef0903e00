package io.planex.bench.ingest;

import io.planex.bench.extract.ExtractCpuAb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link IngestCpuStages} of two builds in one JVM, pass for pass, as {@link ExtractCpuAb} does for extraction: on
 * this shared host two builds timed in separate runs of {@code planex ingest} differ by the minute as much as by
 * the code (the same jar's CPU seconds for 1,000 PDFs range over ±20 % within an hour).
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp bench/target/planex-bench.jar
 * io.planex.bench.ingest.IngestCpuAb JAR_A JAR_B DOCS [COUNT [PASSES [STAGE_REGEX [BENCH_CLASSES]]]]}: the jars are
 * bench jars of the two builds, DOCS a folder (e.g. {@code BenchMain generate}'s {@code docs}), COUNT its first
 * files read per pass (100), BENCH_CLASSES this module's compiled classes ({@code bench/target/classes}). C1 and
 * the serial collector are what the worker JVMs run with.
 */
public final class IngestCpuAb {
    private IngestCpuAb() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IngestCpuAb JAR_A JAR_B DOCS [COUNT [PASSES [STAGE_REGEX [BENCH_CLASSES]]]]");
            System.exit(2);
        }
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        Pattern only = Pattern.compile(args.length > 5 ? args[5] : "read|parse|index");
        Path benchClasses = Path.of(args.length > 6 ? args[6] : "bench/target/classes");
        if (!Files.isDirectory(benchClasses.resolve("io/planex/bench/ingest"))) {
            System.err.println("not the bench module's classes: " + benchClasses);
            System.exit(2);
        }
        List<Object> stageArgs = List.of(Path.of(args[2]).toAbsolutePath().toString(), count);
        Map<String, Runnable> a = ExtractCpuAb.stagesOf(benchClasses, Path.of(args[0]),
                IngestCpuStages.class.getName(), stageArgs);
        Map<String, Runnable> b = ExtractCpuAb.stagesOf(benchClasses, Path.of(args[1]),
                IngestCpuStages.class.getName(), stageArgs);
        System.out.println("A: " + args[0] + "\nB: " + args[1] + "\nfiles per pass: " + count + " of " + args[2]);
        ExtractCpuAb.compare(a, b, passes, only);
    }
}
