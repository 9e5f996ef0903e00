package io.planex.bench.extract;

import io.planex.extract.PlanExtractor;
import io.planex.extract.citation.CitationExtractor;
import io.planex.extract.deadline.DeadlineExtractor;
import io.planex.extract.header.HeaderExtractor;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import io.planex.extract.unit.UnitExtractor;
import io.planex.ingest.TextRepair;
import io.planex.ingest.legacy.LegacyTextDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stages of {@link ExtractBench} timed by this thread's CPU time instead of wall time: on a shared, loaded
 * machine wall time measures the other users, CPU time much less so. Same corpus (40 real-size plans), two seconds of
 * warm-up passes, then {@code passes} timed passes per stage; the mean and the minimum pass are printed (the minimum is the
 * steadier figure on a shared machine). Usage: {@code java [-XX:TieredStopAtLevel=1] -cp bench/target/planex-bench.jar
 * io.planex.bench.extract.ExtractCpuTime [PASSES [STAGE_REGEX]]}; with {@code -XX:TieredStopAtLevel=1} the figures are
 * C1's, the JIT {@code bin/planex} runs {@code extract} with.
 */
public final class ExtractCpuTime {
    private ExtractCpuTime() {}

    /** The corpus the stages read: 40 real-size plans. */
    static ExtractCorpus corpus() {
        return ExtractCorpus.realSize(40, 1);
    }

    /** The legacy-font copy {@code legacyDecode} reads. */
    static ExtractCorpus legacyCorpus() {
        return ExtractCorpus.legacy(40, 1);
    }

    /**
     * The stages by name, each one pass over the corpus, in the order they are printed. Public and built from
     * the corpora alone so that {@link ExtractCpuAb} can build them inside another jar's class loader.
     */
    public static Map<String, Runnable> stages() {
        return stages(corpus(), legacyCorpus());
    }

    static Map<String, Runnable> stages(ExtractCorpus corpus, ExtractCorpus legacy) {
        HeaderExtractor header = new HeaderExtractor();
        CitationExtractor citations = new CitationExtractor();
        UnitExtractor units = new UnitExtractor();
        DeadlineExtractor deadlines = new DeadlineExtractor();
        PlanExtractor plans = new PlanExtractor();
        List<DocumentHeader> headers = new ArrayList<>();
        List<List<Citation>> cited = new ArrayList<>();
        List<List<Unit>> found = new ArrayList<>();
        List<PlanRecord> records = new ArrayList<>();
        for (ExtractCorpus.Doc d : corpus.docs) {
            headers.add(header.extract(d.text(), d.pageMap()));
            cited.add(citations.extract(d.text(), d.pageMap()));
            found.add(units.extract(d.text(), d.pageMap()));
            records.add(PlanRecord.of(ExtractBench.SOURCE, plans.extract(d.text(), d.pageMap())));
        }
        Map<String, Runnable> stages = new LinkedHashMap<>();
        stages.put("legacyCheck", () -> corpus.docs.forEach(d -> LegacyTextDetector.detect(String.join("", d.pages()))));
        stages.put("legacyDecode", () -> legacy.docs.forEach(d -> TextRepair.repair(d.pages())));
        stages.put("repair", () -> corpus.docs.forEach(d -> TextRepair.repair(d.pages())));
        stages.put("header", () -> corpus.docs.forEach(d -> header.extract(d.text(), d.pageMap())));
        stages.put("citations", () -> corpus.docs.forEach(d -> citations.extract(d.text(), d.pageMap())));
        stages.put("units", () -> corpus.docs.forEach(d -> units.extract(d.text(), d.pageMap())));
        stages.put("deadlines", () -> {
            for (int i = 0; i < corpus.docs.size(); i++) {
                ExtractCorpus.Doc d = corpus.docs.get(i);
                deadlines.extract(d.text(), d.pageMap(), headers.get(i), cited.get(i), found.get(i));
            }
        });
        stages.put("json", () -> records.forEach(RecordJson::toLine));
        stages.put("record", () -> corpus.docs.forEach(d -> {
            TextRepair.Repaired r = TextRepair.repair(d.pages());
            RecordJson.toLine(PlanRecord.of(ExtractBench.SOURCE, plans.extract(r.text(), r.pageMap())));
        }));
        return stages;
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(args.length > 1 ? args[1] : ".*");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExtractCorpus corpus = corpus();
        ExtractCorpus legacy = legacyCorpus();
        Map<String, Runnable> stages = stages(corpus, legacy);
        System.out.printf(Locale.ROOT, "corpus: 40 real-size plans, %.2f MB (legacy copy %.2f MB)%n", corpus.bytes / 1e6,
                legacy.bytes / 1e6);
        String jit = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1") ? "C1 only"
                : "default tiered (C2)";
        System.out.println("JIT: " + jit);
        System.out.println("| stage | CPU ms per pass, mean | min | MB/s of CPU at the min (one thread) |");
        System.out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, Runnable> s : stages.entrySet()) {
            if (!only.matcher(s.getKey()).matches()) continue;
            // warm up for two seconds of wall time (two passes at least): on a loaded machine the JIT threads lag,
            // and a stage timed while its code is still interpreted measured 3x its compiled cost
            long warm = System.nanoTime() + 2_000_000_000L;
            for (int i = 0; i < 2 || System.nanoTime() < warm; i++) s.getValue().run();
            long total = 0;
            long min = Long.MAX_VALUE;
            for (int i = 0; i < passes; i++) {
                long start = cpu.getCurrentThreadCpuTime();
                s.getValue().run();
                long t = cpu.getCurrentThreadCpuTime() - start;
                total += t;
                min = Math.min(min, t);
            }
            double seconds = total / 1e9 / passes;
            long bytes = s.getKey().equals("legacyDecode") ? legacy.bytes : corpus.bytes;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", s.getKey(), seconds * 1000, min / 1e6,
                    bytes / 1e6 / (min / 1e9));
        }
    }
}
