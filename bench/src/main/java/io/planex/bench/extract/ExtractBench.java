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
import io.planex.extract.model.SourceInfo;
import io.planex.extract.model.Unit;
import io.planex.extract.unit.UnitExtractor;
import io.planex.ingest.TextRepair;
import io.planex.ingest.legacy.LegacyTextDetector;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One JMH benchmark per extraction stage and one for the whole record, each a pass over the same corpus of
 * real-size plans ({@link ExtractCorpus#realSize}, 15–25 kB each, archive layout mix). A figure is the time of one
 * pass; {@link ExtractBenchMain} turns it into MB/s of raw input text and allocation into bytes per input byte.
 *
 * <ul>
 *   <li>{@code legacyCheck}: the document-level legacy-font test on Unicode text (what Unicode pays);</li>
 *   <li>{@code legacyDecode}: repair of the same plans typed in TCVN3 (detection, decoding, repair);</li>
 *   <li>{@code repair}: {@link TextRepair} of the Unicode pages (legacy check included);</li>
 *   <li>{@code header}, {@code citations}, {@code units}, {@code deadlines}: each extractor on repaired text;</li>
 *   <li>{@code json}: writing the records as NDJSON lines;</li>
 *   <li>{@code record}: repair, all extractors and the JSON line, as {@code planex extract} does per file.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExtractBench {
    /** Number of plans in the corpus. */
    @Param("40")
    public int docs;

    ExtractCorpus corpus;
    ExtractCorpus legacy;
    List<String> rawTexts;
    List<DocumentHeader> headers;
    List<List<Citation>> citations;
    List<List<Unit>> units;
    List<PlanRecord> records;

    final HeaderExtractor headerExtractor = new HeaderExtractor();
    final CitationExtractor citationExtractor = new CitationExtractor();
    final UnitExtractor unitExtractor = new UnitExtractor();
    final DeadlineExtractor deadlineExtractor = new DeadlineExtractor();
    final PlanExtractor planExtractor = new PlanExtractor();

    static final SourceInfo SOURCE = new SourceInfo("plan.pdf", "/archive/plan.pdf",
            "0000000000000000000000000000000000000000000000000000000000000000", "application/pdf", 100_000, 6, false);

    @Setup(Level.Trial)
    public void setUp() {
        corpus = ExtractCorpus.realSize(docs, 1);
        legacy = ExtractCorpus.legacy(docs, 1);
        rawTexts = new ArrayList<>();
        headers = new ArrayList<>();
        citations = new ArrayList<>();
        units = new ArrayList<>();
        records = new ArrayList<>();
        for (ExtractCorpus.Doc d : corpus.docs) {
            rawTexts.add(String.join("", d.pages()));
            headers.add(headerExtractor.extract(d.text(), d.pageMap()));
            citations.add(citationExtractor.extract(d.text(), d.pageMap()));
            units.add(unitExtractor.extract(d.text(), d.pageMap()));
            records.add(PlanRecord.of(SOURCE, planExtractor.extract(d.text(), d.pageMap())));
        }
    }

    @Benchmark
    public void legacyCheck(Blackhole bh) {
        for (String t : rawTexts) bh.consume(LegacyTextDetector.detect(t));
    }

    @Benchmark
    public void legacyDecode(Blackhole bh) {
        for (ExtractCorpus.Doc d : legacy.docs) bh.consume(TextRepair.repair(d.pages()));
    }

    @Benchmark
    public void repair(Blackhole bh) {
        for (ExtractCorpus.Doc d : corpus.docs) bh.consume(TextRepair.repair(d.pages()));
    }

    @Benchmark
    public void header(Blackhole bh) {
        for (ExtractCorpus.Doc d : corpus.docs) bh.consume(headerExtractor.extract(d.text(), d.pageMap()));
    }

    @Benchmark
    public void citations(Blackhole bh) {
        for (ExtractCorpus.Doc d : corpus.docs) bh.consume(citationExtractor.extract(d.text(), d.pageMap()));
    }

    @Benchmark
    public void units(Blackhole bh) {
        for (ExtractCorpus.Doc d : corpus.docs) bh.consume(unitExtractor.extract(d.text(), d.pageMap()));
    }

    @Benchmark
    public void deadlines(Blackhole bh) {
        List<ExtractCorpus.Doc> ds = corpus.docs;
        for (int i = 0; i < ds.size(); i++) {
            ExtractCorpus.Doc d = ds.get(i);
            bh.consume(deadlineExtractor.extract(d.text(), d.pageMap(), headers.get(i), citations.get(i),
                    units.get(i)));
        }
    }

    @Benchmark
    public void json(Blackhole bh) {
        for (PlanRecord r : records) bh.consume(RecordJson.toLine(r));
    }

    @Benchmark
    public void record(Blackhole bh) {
        for (ExtractCorpus.Doc d : corpus.docs) {
            TextRepair.Repaired r = TextRepair.repair(d.pages());
            Extraction e = planExtractor.extract(r.text(), r.pageMap());
            bh.consume(RecordJson.toLine(PlanRecord.of(SOURCE, e)));
        }
    }
}
