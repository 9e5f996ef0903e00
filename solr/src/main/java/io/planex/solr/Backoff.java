package io.planex.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import org.apache.solr.common.SolrException;

/**
 * Retries a Solr call with exponential back-off while the failure can pass: a node down, a shard without a leader
 * during an election, a timeout. A request Solr rejects for its content (HTTP 400) fails at once.
 *
 * @param attempts  how many tries in all
 * @param firstWaitMillis wait after the first failure, doubled after each further one
 * @param maxWaitMillis   longest single wait
 */
record Backoff(int attempts, long firstWaitMillis, long maxWaitMillis, PrintStream log) {
    /** About four minutes of retrying: long enough for a node to restart or a leader to be elected. */
    static Backoff standard(PrintStream log) {
        return new Backoff(12, 250, 30_000, log);
    }

    @FunctionalInterface
    interface Action<T> {
        T run() throws IOException;
    }

    <T> T run(String what, Action<T> action) throws IOException {
        long wait = firstWaitMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.run();
            } catch (IOException | SolrException e) {
                if (!transientFailure(e) || attempt >= attempts) {
                    if (e instanceof IOException io) throw io;
                    throw new IOException(what + " failed: " + SolrConnection.rootMessage(e), e);
                }
                if (log != null) {
                    log.println("planex: " + what + " failed (" + SolrConnection.rootMessage(e) + "); retrying in "
                            + wait + " ms (" + attempt + "/" + (attempts - 1) + ")");
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException(what + " interrupted");
                }
                wait = Math.min(maxWaitMillis, wait * 2);
            }
        }
    }

    static boolean transientFailure(Exception e) {
        if (e instanceof SolrException se) {
            int code = se.code();
            return code >= 500 || code == 404 || code == 409 || code == -1;
        }
        return true;
    }
}
