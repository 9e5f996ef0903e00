package io.planex.bench.extract;

import io.planex.extract.PlanExtractor;
import io.planex.extract.citation.CitationExtractor;
import io.planex.extract.deadline.DeadlineExtractor;
import io.planex.extract.header.HeaderExtractor;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.PlanRecord;
import io.planex.extract.model.Unit;
import io.planex.extract.text.RunningLines;
import io.planex.extract.unit.UnitExtractor;
import io.planex.ingest.TextRepair;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Linear in size, stage by stage: each stage of the record on one merged text (an archive export, {@link
 * ExtractCorpus#merged}) of each given size, timed by this thread's CPU, as CPU ms per MB of text. A stage whose
 * ms per MB grows with the size looks at more than its share of the text (a pass per section, a list rescanned per
 * line). One pass per size after one warm-up pass over the first size; the wall time of the whole record (which may
 * use more than this thread) is printed too. Usage: {@code java -XX:TieredStopAtLevel=1 -Xmx2g -cp
 * bench/target/planex-bench.jar io.planex.bench.extract.MergedStages [MB...]} (default 2 12 24).
 */
public final class MergedStages {
    private MergedStages() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {2, 12, 24} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        run(cpu, sizes[0], false);
        System.out.println("| MB | repair | blank | header | citations | units | deadlines | record (CPU) | record (wall) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int mb : sizes) run(cpu, mb, true);
    }

    private static void run(ThreadMXBean cpu, int megabytes, boolean print) {
        ExtractCorpus.Doc raw = ExtractCorpus.merged(megabytes, 2).docs.get(0);
        double mb = raw.pages().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        Map<String, Double> msPerMb = new LinkedHashMap<>();
        TextRepair.Repaired r = timed(cpu, msPerMb, "repair", mb, () -> TextRepair.repair(raw.pages()));
        String in = timed(cpu, msPerMb, "blank", mb, () -> RunningLines.blank(r.text()));
        DocumentHeader h = timed(cpu, msPerMb, "header", mb, () -> new HeaderExtractor().extract(in, r.pageMap()));
        List<Citation> c = timed(cpu, msPerMb, "citations", mb, () -> new CitationExtractor().extract(in, r.pageMap()));
        List<Unit> u = timed(cpu, msPerMb, "units", mb, () -> new UnitExtractor().extract(in, r.pageMap()));
        timed(cpu, msPerMb, "deadlines", mb, () -> new DeadlineExtractor().extract(in, r.pageMap(), h, c, u));
        long wall = System.nanoTime();
        timed(cpu, msPerMb, "record", mb, () -> {
            TextRepair.Repaired rr = TextRepair.repair(raw.pages());
            Extraction e = new PlanExtractor().extract(rr.text(), rr.pageMap());
            return RecordJson.toLine(PlanRecord.of(ExtractBench.SOURCE, e));
        });
        double wallMsPerMb = (System.nanoTime() - wall) / 1e6 / mb;
        if (!print) return;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %.1f |", mb));
        msPerMb.values().forEach(v -> line.append(String.format(Locale.ROOT, " %.0f |", v)));
        line.append(String.format(Locale.ROOT, " %.0f |", wallMsPerMb));
        System.out.println(line);
    }

    private static <T> T timed(ThreadMXBean cpu, Map<String, Double> msPerMb, String stage, double mb, Supplier<T> step) {
        long start = cpu.getCurrentThreadCpuTime();
        T result = step.get();
        msPerMb.put(stage, (cpu.getCurrentThreadCpuTime() - start) / 1e6 / mb);
        return result;
    }
}
