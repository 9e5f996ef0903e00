package io.planex.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the resident memory of this process and all its descendants (Linux /proc), keeping the peak. */
final class RssSampler implements AutoCloseable {
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread thread;
    private volatile boolean stop;

    RssSampler(long periodMillis) {
        thread = new Thread(() -> {
            while (!stop) {
                peakKb.accumulateAndGet(treeRssKb(), Math::max);
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static long treeRssKb() {
        ProcessHandle self = ProcessHandle.current();
        long kb = rssKb(self.pid());
        for (ProcessHandle d : self.descendants().toList()) kb += rssKb(d.pid());
        return kb;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    long peakMb() {
        return peakKb.get() / 1024;
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
    }
}
