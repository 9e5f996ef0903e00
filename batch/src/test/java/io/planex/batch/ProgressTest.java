package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path tmp;

    private static Progress silent() {
        return new Progress(Progress.Mode.NONE, new PrintStream(OutputStream.nullOutputStream()));
    }

    private static FileReport ok(int pages) {
        return new FileReport("a.txt", "00", Status.OK, null, pages, 1, null);
    }

    @Test
    void totalIsOpenWhileTheWalkRunsAndExactWhenItEnds() {
        Progress p = silent();
        for (int i = 0; i < 5; i++) p.found();
        p.done(ok(2));
        p.done(new FileReport("b.pdf", null, Status.FAILED, "corrupt", 0, 1, "bad"));
        assertTrue(p.line().startsWith("files 2/5+  failed 1  pages 2 "), p.line());
        assertTrue(p.line().endsWith("ETA ?"), p.line());
        p.walkFinished();
        assertTrue(p.line().startsWith("files 2/5  failed 1"), p.line());
        assertFalse(p.line().endsWith("ETA ?"), p.line());
    }

    @Test
    void countingWalkGivesAnEarlyTotalAndEta() {
        Progress p = silent();
        for (int i = 0; i < 3; i++) p.found();
        p.done(ok(1));
        p.counted(100_000);
        assertTrue(p.line().startsWith("files 1/~100000 "), p.line());
        assertTrue(p.line().matches(".*ETA \\d+:\\d\\d(:\\d\\d)?"), p.line());
        // Files added after the count: the total never drops below what the walk has found.
        p.counted(2);
        assertTrue(p.line().startsWith("files 1/~3 "), p.line());
    }

    @Test
    void countMatchesTheWalkAndStopsWhenCancelled() throws Exception {
        Fixtures.writePlans(tmp.resolve("a"), 3);
        Fixtures.writePlans(tmp.resolve("b/c"), 4);
        Files.createSymbolicLink(tmp.resolve("b/c/up"), tmp.resolve("b"));
        AtomicInteger walked = new AtomicInteger();
        new TreeWalker(c -> walked.incrementAndGet()).walk(List.of(tmp));
        assertEquals(8, walked.get(), "7 plans and one folder loop");
        assertEquals(walked.get(), TreeWalker.count(List.of(tmp), WalkRules.DEFAULTS, () -> false));
        assertEquals(-1, TreeWalker.count(List.of(tmp), WalkRules.DEFAULTS, () -> true));
    }
}
