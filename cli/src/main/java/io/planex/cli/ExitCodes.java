package io.planex.cli;

/** What planex's exit codes mean. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Some inputs could not be processed; the others were. */
    public static final int SOME_FAILED = 1;
    /** Bad usage, or a fatal error that stopped the run. */
    public static final int FATAL = 2;
    /** Stopped by SIGINT (Ctrl-C) or SIGTERM after committing what was done (128 + SIGINT, as shells do). */
    public static final int INTERRUPTED = 130;
}
