package io.planex.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) and SIGTERM stop a long command cleanly instead of killing it: the first asks it to stop
 * (commit what is done, finish the report); a second one quits at once (what was committed before stays,
 * as after kill -9). Uses sun.misc.Signal, the only JDK way to catch a signal without starting the JVM's
 * shutdown, after which nothing can be committed reliably.
 */
final class StopSignals implements AutoCloseable {
    static final int EXIT_CODE = 130;

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {}

    static StopSignals install(Runnable stop, PrintWriter err) {
        StopSignals s = new StopSignals();
        AtomicInteger received = new AtomicInteger();
        SignalHandler handler = sig -> {
            if (received.incrementAndGet() == 1) {
                err.println("planex: " + sig.getName() + " received: stopping, committing what is done (again to quit"
                        + " at once)");
                err.flush();
                stop.run();
            } else {
                System.out.flush();
                Runtime.getRuntime().halt(EXIT_CODE);
            }
        };
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                s.previous.add(Signal.handle(signal, handler));
                s.signals.add(signal);
            } catch (IllegalArgumentException e) {
                // not catchable here (e.g. the JVM runs with -Xrs): the default applies
            }
        }
        return s;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) Signal.handle(signals.get(i), previous.get(i));
    }
}
