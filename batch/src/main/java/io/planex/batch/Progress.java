package io.planex.batch;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on stderr: a bar redrawn in place (\r) on a terminal, a plain line every few seconds otherwise
 * (logs, CI). The lazy walk runs only a queue's length ahead of parsing, so a separate counting walk
 * ({@link #counted}) gives an early total ("~N") and ETA; the exact total replaces it when the walk is over.
 */
public final class Progress implements AutoCloseable {
    /** AUTO: bar when System.console() is present, lines otherwise. */
    public enum Mode { AUTO, BAR, LINES, NONE }

    private final AtomicLong found = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean walkDone;
    /** Files the counting walk found, or -1 while it runs (or when it did not run). */
    private volatile long counted = -1;
    private final long start = System.nanoTime();
    private final PrintStream out;
    private final boolean bar;
    private final Thread ticker;
    private volatile boolean closed;

    Progress(Mode mode, PrintStream out) {
        this.out = out;
        Mode m = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LINES) : mode;
        this.bar = m == Mode.BAR;
        if (m == Mode.NONE) {
            ticker = null;
        } else {
            long period = bar ? 250 : 5000;
            ticker = new Thread(() -> {
                while (!closed) {
                    try {
                        Thread.sleep(period);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (!closed) print();
                }
            }, "planex-progress");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    void found() {
        found.incrementAndGet();
    }

    void walkFinished() {
        walkDone = true;
    }

    void counted(long files) {
        counted = files;
    }

    /** Whether anyone will see progress: the counting walk is not worth running otherwise. */
    boolean shown() {
        return ticker != null;
    }

    boolean closed() {
        return closed;
    }

    void done(FileReport r) {
        if (r.status() == Status.REMOVED) return;
        done.incrementAndGet();
        pages.addAndGet(r.pages());
        if (r.status() == Status.FAILED || r.status() == Status.NEEDS_OCR) failed.incrementAndGet();
    }

    String line() {
        double secs = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        long d = done.get();
        long f = found.get();
        double rate = d / secs;
        String total;
        long expected;
        if (walkDone) {
            total = String.valueOf(f);
            expected = f;
        } else if (counted >= 0) {
            // The tree may have changed between the two walks: never show fewer than the walk has found.
            expected = Math.max(counted, f);
            total = "~" + expected;
        } else {
            total = f + "+";
            expected = -1;
        }
        String eta = expected >= 0 && rate > 0 ? clock((long) ((expected - d) / rate)) : "?";
        return String.format("files %d/%s  failed %d  pages %d  %.1f files/s  %.1f pages/s  ETA %s",
                d, total, failed.get(), pages.get(), rate, pages.get() / secs, eta);
    }

    private static String clock(long s) {
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private synchronized void print() {
        if (bar) {
            out.print("\r" + line() + "   ");
        } else {
            out.println("planex: " + line());
        }
        out.flush();
    }

    @Override
    public void close() {
        if (ticker == null || closed) return;
        closed = true;
        ticker.interrupt();
        if (bar) {
            synchronized (this) {
                out.print("\r" + line() + "   \n");
                out.flush();
            }
        }
    }
}
