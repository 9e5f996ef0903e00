package io.planex.bench.extract;

import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.testkit.corpus.PlanGenerator;
import io.planex.testkit.corpus.RealSizePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated texts a speed change is checked on: {@code planex extract} over them must give byte-identical
 * records before and after the change. 200 real-size plans (50 in each layout), 100 small plans, 20 TCVN3, 20 VNI
 * and 10 mixed Unicode/TCVN3 texts (a Unicode plan whose second half is typed in TCVN3), plus one merged text of
 * 40 real-size plans (a merged archive export, where anything quadratic in the number of units would show).
 * Usage: {@code java -cp bench/target/planex-bench.jar io.planex.bench.extract.WriteSampleTexts DIR}.
 */
public final class WriteSampleTexts {
    private WriteSampleTexts() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: WriteSampleTexts DIR");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        RealSizePlans real = new RealSizePlans(11);
        PlanGenerator small = new PlanGenerator(12);
        RealSizePlans.Layout[] layouts = RealSizePlans.Layout.values();
        int n = 0;
        for (int i = 0; i < 200; i++) write(dir, "real", n++, real.text(i, layouts[i % layouts.length]));
        for (int i = 0; i < 100; i++) write(dir, "small", n++, small.generate(i).text());
        for (int i = 0; i < 20; i++) write(dir, "tcvn3", n++, LegacyEncoding.TCVN3.encode(real.text(300 + i)));
        for (int i = 0; i < 20; i++) write(dir, "vni", n++, LegacyEncoding.VNI.encode(real.text(400 + i)));
        for (int i = 0; i < 10; i++) {
            String t = real.text(500 + i);
            int half = t.indexOf('\n', t.length() / 2) + 1;
            write(dir, "mixed", n++, t.substring(0, half) + LegacyEncoding.TCVN3.encode(t.substring(half)));
        }
        StringBuilder merged = new StringBuilder();
        for (int i = 0; i < 40; i++) merged.append(real.text(600 + i)).append('\n');
        write(dir, "merged", n++, merged.toString());
        System.err.println(n + " texts in " + dir);
    }

    private static void write(Path dir, String kind, int n, String text) throws IOException {
        Files.writeString(dir.resolve(String.format("%03d-%s.txt", n, kind)), text, StandardCharsets.UTF_8);
    }
}
