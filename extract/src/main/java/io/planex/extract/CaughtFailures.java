package io.planex.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an extractor reports a failure it caught. Extraction is best effort: a bug met on one odd text must not
 * cost the record its other parts, so each extractor catches what it throws and answers with an empty part. That
 * net hides the bug too: a citation list silently empty because one OCR-mangled line threw looks like a document
 * that cites nothing. So every catch reports here, and tests (and tools) that want to know collect what was
 * caught with {@link #during}; outside of it a report costs nothing.
 */
public final class CaughtFailures {
    private static final ThreadLocal<List<Throwable>> SINK = new ThreadLocal<>();

    private CaughtFailures() {}

    /** Called by an extractor's safety net with what it caught. */
    public static void report(Throwable caught) {
        List<Throwable> sink = SINK.get();
        if (sink != null) sink.add(caught);
    }

    /**
     * {@code work}'s result, with what the extractors caught meanwhile on this thread added to {@code into} instead
     * of reported: a step run on another thread, or ahead of its turn, is reported in its turn by its caller
     * (PlanExtractor's second thread on a large text).
     */
    static <T> T held(List<Throwable> into, java.util.function.Supplier<T> work) {
        List<Throwable> outer = SINK.get();
        SINK.set(into);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                SINK.remove();
            } else {
                SINK.set(outer);
            }
        }
    }

    /** Runs {@code work} on this thread and returns what the extractors caught and recovered from meanwhile. */
    public static List<Throwable> during(Runnable work) {
        List<Throwable> caught = new ArrayList<>();
        try {
            held(caught, () -> {
                work.run();
                return null;
            });
        } finally {
            // an enclosing collector hears of it too
            List<Throwable> outer = SINK.get();
            if (outer != null) outer.addAll(caught);
        }
        return List.copyOf(caught);
    }
}
