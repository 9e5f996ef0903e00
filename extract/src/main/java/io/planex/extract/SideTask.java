package io.planex.extract;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A step run on a thread of its own while the caller does something else. One thread per task: the tasks this is
 * for take seconds, a thread takes microseconds, and nothing is left behind to shut down. (PlanExtractor's header
 * and citations on a large text; ingest's hash of a large file.)
 */
public final class SideTask<T> {
    private final FutureTask<T> future;

    private SideTask(FutureTask<T> future) {
        this.future = future;
    }

    /** Starts {@code step} on a new daemon thread. */
    static <T> SideTask<T> start(Callable<T> step) {
        return start("planex-extract-side", step);
    }

    /** Starts {@code step} on a new daemon thread of the given name. */
    public static <T> SideTask<T> start(String threadName, Callable<T> step) {
        FutureTask<T> future = new FutureTask<>(step);
        Thread t = new Thread(future, threadName);
        t.setDaemon(true);
        t.start();
        return new SideTask<>(future);
    }

    /** {@link #join(Class)} of a step that throws no checked exception. */
    public T join() {
        return join(RuntimeException.class);
    }

    /**
     * The step's result, waiting for it; whatever the step threw is thrown here, as if it had run on this thread
     * ({@code checked}: the checked exception it may throw). An interrupt while waiting does not abandon the step
     * (its result is what the caller needs); it is kept for the caller.
     */
    public <X extends Exception> T join(Class<X> checked) throws X {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (checked.isInstance(cause)) throw checked.cast(cause);
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
