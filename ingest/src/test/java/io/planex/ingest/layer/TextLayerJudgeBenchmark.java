package io.planex.ingest.layer;

import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.ingest.legacy.LegacyTextDetector;
import io.planex.testkit.corpus.PlanGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost per page of {@link TextLayerJudge} on generated pages (Unicode and TCVN3), against the cost of the
 * legacy detector every page already pays; not run by {@code mvn test}. Figures go to
 * docs/bench/text-layer-judge.md.
 *
 * <pre>
 * ./mvnw -q -B -o -pl extract,testkit,ingest test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp ingest/target/test-classes:ingest/target/classes:extract/target/classes:testkit/target/classes:$(cat /tmp/cp.txt) \
 *     io.planex.ingest.layer.TextLayerJudgeBenchmark [pages] [rounds]
 * </pre>
 */
public final class TextLayerJudgeBenchmark {
    public static void main(String[] args) {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PlanGenerator generator = new PlanGenerator(5);
        List<String> pages = new ArrayList<>();
        for (int i = 0; pages.size() < wanted; i++) pages.addAll(TextLayerJudgeTest.pagesOf(generator.generate(i).text()));
        List<String> tcvn3 = pages.stream().map(LegacyEncoding.TCVN3::encode).toList();
        long chars = pages.stream().mapToLong(String::length).sum();
        System.out.printf("%d pages, %.0f chars a page on average%n", pages.size(), chars / (double) pages.size());
        for (int r = 0; r < rounds; r++) {
            double unicode = perPageMicros(pages);
            double legacy = perPageMicros(tcvn3);
            double detector = detectorMicros(pages);
            System.out.printf("round %d: judge %.1f us/page (Unicode), %.1f us/page (TCVN3); legacy detector %.1f"
                    + " us/page (Unicode)%n", r + 1, unicode, legacy, detector);
        }
    }

    /** The legacy-font detector TextRepair runs on every document: a yardstick for the judge's cost. */
    private static double detectorMicros(List<String> pages) {
        long start = System.nanoTime();
        int found = 0;
        for (String p : pages) found += LegacyTextDetector.detect(p).isPresent() ? 1 : 0;
        long ns = System.nanoTime() - start;
        if (found != 0) throw new IllegalStateException(found + " Unicode pages taken for legacy text");
        return ns / 1000.0 / pages.size();
    }

    private static double perPageMicros(List<String> pages) {
        int garbled = 0;
        long start = System.nanoTime();
        for (String p : pages) {
            if (TextLayerJudge.judge(p, TextLayerJudge.GlyphCounts.UNKNOWN).verdict() == TextLayerJudge.Verdict.GARBLED) {
                garbled++;
            }
        }
        long ns = System.nanoTime() - start;
        if (garbled != 0) throw new IllegalStateException(garbled + " false alarms");
        return ns / 1000.0 / pages.size();
    }
}
