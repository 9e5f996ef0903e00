package io.planex.bench.extract;

import io.planex.extract.PlanExtractor;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import io.planex.ingest.TextRepair;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole record (repair, extractors, JSON) of one merged text of about {@code megabytes} MB: a stage that looks
 * at the whole text once per line, unit or match shows here as a rate that falls with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MergedBench {
    @Param("24")
    public int megabytes;

    ExtractCorpus merged;
    final PlanExtractor extractor = new PlanExtractor();

    @Setup(Level.Trial)
    public void setUp() {
        merged = ExtractCorpus.merged(megabytes, 2);
    }

    @Benchmark
    public String wholeRecord() {
        ExtractCorpus.Doc d = merged.docs.get(0);
        TextRepair.Repaired r = TextRepair.repair(d.pages());
        return RecordJson.toLine(PlanRecord.of(ExtractBench.SOURCE, extractor.extract(r.text(), r.pageMap())));
    }
}
