package io.planex.bench.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.profile.GCProfiler;

/**
 * Runs {@link ExtractBench} (and with {@code --merged}, {@link MergedBench}) and prints one table row per stage:
 * milliseconds per pass, MB/s of raw input text (UTF-8) and, with {@code --gc}, bytes allocated per input byte.
 * Usage: {@code java -cp bench/target/planex-bench.jar io.planex.bench.extract.ExtractBenchMain [--gc] [--merged]
 * [--quick] [--jit c2|c1|both] [REGEX]}. {@code --quick} runs one short iteration each (for a smoke test, not for
 * figures). {@code --jit c1} forks the benchmark JVM with {@code -XX:TieredStopAtLevel=1}, the C1-only JIT that
 * {@code bin/planex} runs {@code extract} and {@code ingest} with (C2's compile cost does not pay back within a
 * command-line run, docs/bench/extract.md "The JIT"); {@code both} runs every stage under C2 (the default tiered
 * JIT) and then under C1 and prints both tables.
 */
public final class ExtractBenchMain {
    private ExtractBenchMain() {}

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean gc = rest.remove("--gc");
        boolean merged = rest.remove("--merged");
        boolean quick = rest.remove("--quick");
        List<String> jits = List.of("c2");
        int jitAt = rest.indexOf("--jit");
        if (jitAt >= 0) {
            String jit = rest.remove(jitAt + 1);
            rest.remove(jitAt);
            jits = switch (jit) {
                case "c1", "c2" -> List.of(jit);
                case "both" -> List.of("c2", "c1");
                default -> throw new IllegalArgumentException("--jit c2|c1|both, not " + jit);
            };
        }
        String pattern = rest.isEmpty() ? ExtractBench.class.getSimpleName() + "\\." : rest.get(0);
        int docs = 40;
        ExtractCorpus corpus = ExtractCorpus.realSize(docs, 1);
        ExtractCorpus legacy = ExtractCorpus.legacy(docs, 1);
        System.out.printf(Locale.ROOT, "corpus: %d real-size plans, %.2f MB (legacy copy %.2f MB)%n", docs,
                corpus.bytes / 1e6, legacy.bytes / 1e6);
        List<String> tables = new ArrayList<>();
        for (String jit : jits) {
            ChainedOptionsBuilder o = new OptionsBuilder().include(pattern).param("docs", String.valueOf(docs));
            jit(o, jit);
            if (quick) o.warmupIterations(1).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                    .measurementIterations(1).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1));
            if (gc) o.addProfiler(GCProfiler.class);
            tables.add(table(jit, new Runner(o.build()).run(), corpus.bytes, legacy.bytes, gc));
            if (merged) {
                int mb = 24;
                long mergedBytes = ExtractCorpus.merged(mb, 2).bytes;
                ChainedOptionsBuilder m = new OptionsBuilder().include(MergedBench.class.getSimpleName())
                        .param("megabytes", String.valueOf(mb));
                jit(m, jit);
                if (gc) m.addProfiler(GCProfiler.class);
                tables.add(table(jit + ", merged", new Runner(m.build()).run(), mergedBytes, mergedBytes, gc));
            }
        }
        // Printed together at the end: JMH's own progress output would otherwise sit between the tables.
        tables.forEach(System.out::print);
    }

    /** C1 only is what bin/planex runs extract with; C2 (the JVM's default tiered JIT) is JMH's steady state. */
    private static void jit(ChainedOptionsBuilder o, String jit) {
        if (jit.equals("c1")) o.jvmArgsAppend("-XX:TieredStopAtLevel=1");
    }

    private static String table(String jit, Collection<RunResult> results, long bytes, long legacyBytes,
            boolean gc) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s:%n", jit.toUpperCase(Locale.ROOT)));
        out.append("| stage | ms per pass | MB/s (one thread) | bytes allocated per input byte |\n");
        out.append("|---|---:|---:|---:|\n");
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            long b = label.equals("legacyDecode") ? legacyBytes : bytes;
            double ms = r.getPrimaryResult().getScore();
            double mbs = b / 1e6 / (ms / 1000.0);
            String alloc = "";
            if (gc) {
                Result<?> norm = r.getSecondaryResults().get("·gc.alloc.rate.norm");
                if (norm == null) norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
                if (norm != null) alloc = String.format(Locale.ROOT, "%.1f", norm.getScore() / b);
            }
            out.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.2f | %s |%n", label, ms,
                    r.getPrimaryResult().getScoreError(), mbs, alloc));
        }
        return out.toString();
    }
}
