package io.planex.batch;

/** Another process is writing to the index (its Lucene write.lock or the ingest state is held). */
public final class IndexBusyException extends RuntimeException {
    public IndexBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
