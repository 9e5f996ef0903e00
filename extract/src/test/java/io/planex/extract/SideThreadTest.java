package io.planex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.model.Extraction;
import io.planex.testkit.corpus.RealSizePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A large text has its header and citations read on a second thread while units are found on the caller's: the
 * record must be the one the steps give one after another on one thread.
 */
class SideThreadTest {
    private static final PlanExtractor ONE_THREAD = new PlanExtractor(Integer.MAX_VALUE);
    private static final PlanExtractor ALWAYS_SIDE = new PlanExtractor(0);

    @Test
    void everyLayoutGivesTheSameRecordOnTwoThreads() {
        RealSizePlans plans = new RealSizePlans(11);
        List<String> texts = new ArrayList<>(List.of("", "\n", "Số: 12/KH-UBND"));
        for (int i = 0; i < 12; i++) {
            texts.add(plans.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]));
        }
        for (String t : texts) assertEquals(ONE_THREAD.extract(t), ALWAYS_SIDE.extract(t), () -> t.substring(0,
                Math.min(200, t.length())));
    }

    @Test
    void aMergedTextAboveTheThresholdGivesTheSameRecord() {
        RealSizePlans plans = new RealSizePlans(5);
        StringBuilder merged = new StringBuilder();
        for (int i = 0; merged.length() < PlanExtractor.SIDE_THREAD_CHARS + 1000; i++) {
            merged.append(plans.text(i)).append('\n');
        }
        String t = merged.toString();
        Extraction oneThread = ONE_THREAD.extract(t);
        assertFalse(oneThread.units().isEmpty());
        assertFalse(oneThread.deadlines().isEmpty());
        assertEquals(oneThread, new PlanExtractor().extract(t));
    }

    @Test
    void deadlinesFromAScanMadeAheadAreTheDeadlines() {
        RealSizePlans plans = new RealSizePlans(13);
        io.planex.extract.deadline.DeadlineExtractor deadlines = new io.planex.extract.deadline.DeadlineExtractor();
        for (int i = 0; i < 8; i++) {
            String t = plans.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]);
            Extraction e = ONE_THREAD.extract(t);
            var expected = deadlines.extract(t, null, e.document(), e.citations(), e.units());
            assertFalse(expected.isEmpty());
            assertEquals(expected, deadlines.extract(t, null, e.document(), e.citations(), e.units(), deadlines.scan(t)));
            // a scan of another text is not used
            assertEquals(expected, deadlines.extract(t, null, e.document(), e.citations(), e.units(),
                    deadlines.scan("Hoàn thành trước ngày 30/6/2025.")));
            assertEquals(expected, deadlines.extract(t, null, e.document(), e.citations(), e.units(), null));
        }
    }

    @Test
    void failuresHeldForTheirTurnGoToTheListNotTheCallersSink() {
        IllegalStateException early = new IllegalStateException("held");
        IllegalStateException late = new IllegalStateException("reported");
        List<Throwable> held = new ArrayList<>();
        List<Throwable> caught = CaughtFailures.during(() -> {
            assertEquals("x", CaughtFailures.held(held, () -> {
                CaughtFailures.report(early);
                return "x";
            }));
            CaughtFailures.report(late);
            held.forEach(CaughtFailures::report);
        });
        assertEquals(List.of(early), held);
        assertEquals(List.of(late, early), caught);
        // outside of during() nothing is collected, and held() leaves no sink behind
        CaughtFailures.held(new ArrayList<>(), () -> null);
        assertEquals(List.of(), CaughtFailures.during(() -> { }));
    }

    @Test
    void mangledTextsReportWhatTheirStepsCaughtAsOneThreadDoes() {
        RealSizePlans plans = new RealSizePlans(7);
        for (int i = 0; i < 6; i++) {
            String t = io.planex.testkit.TextMangler.mangle(plans.text(i), new java.util.Random(i), 60);
            List<String> oneThread = CaughtFailures.during(() -> ONE_THREAD.extract(t)).stream().map(String::valueOf).toList();
            List<String> twoThreads = CaughtFailures.during(() -> ALWAYS_SIDE.extract(t)).stream().map(String::valueOf).toList();
            assertEquals(oneThread, twoThreads);
        }
    }

    @Test
    void whatTheSideStepThrowsIsThrownByJoin() {
        StackOverflowError error = new StackOverflowError("deep");
        SideTask<String> failing = SideTask.start(() -> {
            throw error;
        });
        assertSame(error, assertThrows(StackOverflowError.class, failing::join));
        IllegalStateException bad = new IllegalStateException("odd");
        SideTask<String> throwing = SideTask.start(() -> {
            throw bad;
        });
        assertSame(bad, assertThrows(IllegalStateException.class, throwing::join));
    }

    @Test
    void anInterruptWhileWaitingIsKeptAndTheResultStillComes() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SideTask<String> slow = SideTask.start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "done";
        });
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                // released below anyway
            }
            release.countDown();
        });
        releaser.start();
        try {
            assertEquals("done", slow.join());
            assertTrue(Thread.interrupted());
        } finally {
            releaser.join();
        }
    }
}
