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
 * [--quick] [REGEX]}. {@code --quick} runs one short iteration each (for a smoke test, not for figures).
 */
public final class ExtractBenchMain {
    private ExtractBenchMain() {}

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean gc = rest.remove("--gc");
        boolean merged = rest.remove("--merged");
        boolean quick = rest.remove("--quick");
        String pattern = rest.isEmpty() ? ExtractBench.class.getSimpleName() + "\\." : rest.get(0);
        int docs = 40;
        ExtractCorpus corpus = ExtractCorpus.realSize(docs, 1);
        ExtractCorpus legacy = ExtractCorpus.legacy(docs, 1);
        System.out.printf(Locale.ROOT, "corpus: %d real-size plans, %.2f MB (legacy copy %.2f MB)%n", docs,
                corpus.bytes / 1e6, legacy.bytes / 1e6);
        ChainedOptionsBuilder o = new OptionsBuilder().include(pattern).param("docs", String.valueOf(docs));
        if (quick) o.warmupIterations(1).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .measurementIterations(1).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1));
        if (gc) o.addProfiler(GCProfiler.class);
        print(new Runner(o.build()).run(), corpus.bytes, legacy.bytes, gc);
        if (merged) {
            int mb = 24;
            long mergedBytes = ExtractCorpus.merged(mb, 2).bytes;
            ChainedOptionsBuilder m = new OptionsBuilder().include(MergedBench.class.getSimpleName())
                    .param("megabytes", String.valueOf(mb));
            if (gc) m.addProfiler(GCProfiler.class);
            print(new Runner(m.build()).run(), mergedBytes, mergedBytes, gc);
        }
    }

    private static void print(Collection<RunResult> results, long bytes, long legacyBytes, boolean gc) {
        System.out.println("| stage | ms per pass | MB/s (one thread) | bytes allocated per input byte |");
        System.out.println("|---|---:|---:|---:|");
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
            System.out.printf(Locale.ROOT, "| %s | %.1f ± %.1f | %.2f | %s |%n", label, ms,
                    r.getPrimaryResult().getScoreError(), mbs, alloc);
        }
    }
}
