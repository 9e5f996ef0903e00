package io.planex.extract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A step run on a thread of its own while the caller does something else. One thread per task: the tasks this is
 * for take seconds, a thread takes microseconds, and nothing is left behind to shut down.
 */
final class SideTask<T> {
    private final FutureTask<T> future;

    private SideTask(FutureTask<T> future) {
        this.future = future;
    }

    /** Starts {@code step} on a new daemon thread. */
    static <T> SideTask<T> start(Supplier<T> step) {
        FutureTask<T> future = new FutureTask<>(step::get);
        Thread t = new Thread(future, "planex-extract-side");
        t.setDaemon(true);
        t.start();
        return new SideTask<>(future);
    }

    /**
     * The step's result, waiting for it; whatever the step threw is thrown here, as if it had run on this thread.
     * An interrupt while waiting does not abandon the step (its result is what the caller needs); it is kept for
     * the caller.
     */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
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
