package io.planex.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.extract.model.PlanRecord;
import io.planex.index.IndexFields;
import io.planex.ingest.UnreadableFileException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One child JVM running {@link Worker}, parsing the files of several caller threads at once (as many as the pool
 * gives it lanes: the worker runs that many parse threads), each request and answer tagged with an id. Started on
 * the first file, restarted on demand, recycled after {@code maxFiles} files once the files in it are answered.
 *
 * <p>Isolation is per file, as with one JVM per file in flight: a file over its time limit is reported
 * "timeout" and the JVM killed; a JVM that dies (a crash, -XX:+ExitOnOutOfMemoryError) with one file in it is
 * that file's failure ("worker-crashed", "out-of-memory"). Every other file that was in a JVM when it was
 * killed or died is read again, alone in a fresh JVM (no other file in flight beside it), so it cannot be lost
 * to another file's fault, and what happens to it then is its own outcome: a file that kills the JVM when alone
 * is reported with that reason.
 */
final class WorkerProcess {
    /** Exit code of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    private static final String EOF = "\u0000eof";
    private static final long STARTUP_TIMEOUT_SECONDS = 120;
    /** Long enough for a worker to write its class archive at exit (a few seconds on a busy 2-core machine). */
    private static final long ARCHIVE_EXIT_SECONDS = 60;
    /** A stopped worker's grace to exit by itself (a recycled one has no file in hand: it is drained first). */
    private static final long STOP_SECONDS = 2;

    /** The command of the next start: the options may change from one start to the next (a class archive). */
    private final Supplier<List<String>> command;
    private final java.io.File log;
    /** Told, once the worker writing the class archive has ended, whether it ended normally; or null. */
    private final Consumer<Boolean> archiveWritten;
    private final int maxFiles;
    /**
     * Calls hold the read side while their file is in the JVM; a file read alone, a recycle and a stop hold the
     * write side. Fair, so that a waiting recycle or lone file is not starved by a stream of new files.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final AtomicLong ids = new AtomicLong();
    /** The JVM now running, or null; guarded by this. */
    private Run run;
    private volatile boolean closed;

    /** {@code log} receives the worker's stderr (library warnings, crash messages), rewritten at each start. */
    WorkerProcess(List<String> command, java.io.File log) {
        this(() -> command, log, null, Integer.MAX_VALUE);
    }

    /**
     * As above, with the command taken at each start, the end of a class-archive writer reported, and a fresh
     * JVM after {@code maxFiles} files (so that slow leaks in parsers cannot accumulate).
     */
    WorkerProcess(Supplier<List<String>> command, java.io.File log, Consumer<Boolean> archiveWritten, int maxFiles) {
        this.command = command;
        this.log = log;
        this.archiveWritten = archiveWritten;
        this.maxFiles = Math.max(1, maxFiles);
    }

    /** Parses one file in the child JVM; the caller's file may share it with other callers' files. */
    Parsed call(String path, long timeoutMillis) throws UnreadableFileException, InterruptedException {
        recycleIfDue();
        Outcome first = inGate(gate.readLock(), path, timeoutMillis);
        if (!first.innocent()) return first.result();
        // Another file's timeout or crash took the JVM down while ours was in it: read it again, alone.
        Outcome alone = inGate(gate.writeLock(), path, timeoutMillis);
        return alone.result();
    }

    private Outcome inGate(Lock side, String path, long timeoutMillis) throws InterruptedException {
        side.lockInterruptibly();
        try {
            return send(path, timeoutMillis);
        } finally {
            side.unlock();
        }
    }

    /** Replaces a JVM that has served its files, after the files in it are answered. */
    private void recycleIfDue() throws InterruptedException {
        if (!due()) return;
        gate.writeLock().lockInterruptibly();
        try {
            if (due()) stop(currentRun());
        } finally {
            gate.writeLock().unlock();
        }
    }

    private synchronized boolean due() {
        return run != null && run.served >= maxFiles;
    }

    private synchronized Run currentRun() {
        return run;
    }

    private Outcome send(String path, long timeoutMillis) throws InterruptedException {
        Run r;
        long id = ids.incrementAndGet();
        CompletableFuture<String> answer;
        try {
            synchronized (this) {
                if (closed) throw new IOException("the worker pool is closed");
                r = ensureStarted();
                r.served++;
            }
            answer = r.register(id);
            r.write("{\"id\":" + id + ",\"path\":" + ProtocolJson.mapper().writeValueAsString(path) + "}\n");
        } catch (IOException e) {
            return Outcome.failed(new UnreadableFileException(startFailureReason(),
                    "worker failed before reading the file: " + e.getMessage()));
        }
        String line;
        try {
            line = answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            r.kill("timeout");
            return Outcome.failed(new UnreadableFileException("timeout",
                    "parsing took longer than " + timeoutMillis + " ms"));
        } catch (ExecutionException e) {
            line = EOF; // not completed exceptionally by anyone: treated as the end of the JVM
        } catch (InterruptedException e) {
            r.forget(id);
            throw e;
        }
        if (EOF.equals(line)) {
            // Ended by us for another file (its timeout, a stop), or died with other files in it: not this file's
            // doing, as far as we know. Died with this file alone in it: this file's.
            if (r.killedFor != null || r.inFlightAtEnd > 1) {
                if (closed) {
                    return Outcome.failed(new UnreadableFileException("worker-crashed", "worker stopped: run ended"));
                }
                return Outcome.INNOCENT;
            }
            String reason = r.deathReason();
            return Outcome.failed(new UnreadableFileException(reason, reason.equals("out-of-memory")
                    ? "parser ran out of memory (worker heap limit)"
                    : "worker process died while parsing (exit " + r.exit + ")"));
        }
        try {
            return Outcome.parsed(toParsed(ProtocolJson.mapper(), line));
        } catch (UnreadableFileException e) {
            return Outcome.failed(e);
        } catch (IOException e) {
            r.kill("unreadable answer");
            return Outcome.failed(new UnreadableFileException("worker-crashed",
                    "unreadable answer from worker: " + e.getMessage()));
        }
    }

    private String startFailureReason() {
        Run r = currentRun();
        return r == null ? "worker-crashed" : r.deathReason();
    }

    private static Parsed toParsed(ObjectMapper mapper, String line) throws IOException, UnreadableFileException {
        JsonNode answer = mapper.readTree(line);
        if (answer.path("ok").asBoolean()) {
            PlanRecord record = mapper.treeToValue(answer.get("record"), PlanRecord.class);
            List<String> warnings = new ArrayList<>();
            answer.path("warnings").forEach(w -> warnings.add(w.asText()));
            return new Parsed(record, answer.path("text").asText(""),
                    IndexFields.pageMap(answer.path("pageStarts").asText(null)), warnings);
        }
        throw new UnreadableFileException(answer.path("reason").asText("parser-error"),
                answer.path("message").asText(""));
    }

    /** What one try of a file came to: its record, its failure, or "not its fault" (read it again). */
    private record Outcome(Parsed parsed, UnreadableFileException failure) {
        static final Outcome INNOCENT = new Outcome(null, null);

        static Outcome parsed(Parsed p) {
            return new Outcome(p, null);
        }

        static Outcome failed(UnreadableFileException e) {
            return new Outcome(null, e);
        }

        boolean innocent() {
            return parsed == null && failure == null;
        }

        Parsed result() throws UnreadableFileException {
            if (failure != null) throw failure;
            if (parsed == null) {
                throw new UnreadableFileException("worker-crashed", "worker process died while parsing");
            }
            return parsed;
        }
    }

    /** The running JVM, or a fresh one; called holding this. */
    private Run ensureStarted() throws IOException {
        if (run != null && run.usable()) return run;
        List<String> cmd = List.copyOf(command.get());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.to(log)).start();
        boolean writes = archiveWritten != null && cmd.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        Run r = new Run(p, writes);
        run = r;
        boolean ready;
        try {
            ready = r.ready.get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready = false;
        } catch (ExecutionException | TimeoutException e) {
            ready = false;
        }
        if (!ready) {
            r.kill("did not start");
            throw new IOException("worker did not start (see its log " + log + ")");
        }
        return r;
    }

    /** One start of the child JVM: its pipes, the answers awaited, and how it ended. */
    private final class Run {
        final Process process;
        final BufferedWriter toWorker;
        /** Completed when the worker says it is ready (true) or ends first (false). */
        final CompletableFuture<Boolean> ready = new CompletableFuture<>();
        /** Guarded by this Run. */
        private final Map<Long, CompletableFuture<String>> pending = new HashMap<>();
        private boolean ended;
        private boolean writesArchive;
        /** Files sent to this JVM; guarded by the enclosing WorkerProcess. */
        int served;
        /** Why we ended it ("timeout" of some file, "stop"), or null when it ended by itself. */
        volatile String killedFor;
        /** Files awaiting an answer when the JVM's output ended (set before they are told). */
        volatile int inFlightAtEnd;
        private String reason;
        int exit = -1;

        Run(Process process, boolean writesArchive) {
            this.process = process;
            this.writesArchive = writesArchive;
            this.toWorker = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            Thread pump = new Thread(() -> {
                try (reader) {
                    String l;
                    while ((l = reader.readLine()) != null) dispatch(l);
                } catch (IOException ignored) {
                    // the process went away: same as end of stream
                }
                endOfOutput();
            }, "planex-worker-out");
            pump.setDaemon(true);
            pump.start();
        }

        /**
         * Hands an answer to the caller waiting for its id. Anything else the JVM prints on stdout (JAVA_TOOL_OPTIONS
         * notes, a flight recording's "Started recording", "Terminating due to java.lang.OutOfMemoryError") is not
         * the protocol and is skipped.
         */
        private void dispatch(String line) {
            if (Worker.READY.equals(line)) {
                ready.complete(true);
                return;
            }
            long id = idOf(line);
            if (id < 0) return;
            CompletableFuture<String> f;
            synchronized (this) {
                f = pending.remove(id);
            }
            if (f != null) f.complete(line);
        }

        private void endOfOutput() {
            List<CompletableFuture<String>> told;
            synchronized (this) {
                ended = true;
                inFlightAtEnd = pending.size();
                told = List.copyOf(pending.values());
                pending.clear();
            }
            ready.complete(false);
            told.forEach(f -> f.complete(EOF));
        }

        /** Not ended, not being killed: new files may go in. */
        synchronized boolean usable() {
            return !ended && killedFor == null && process.isAlive();
        }

        /** Awaits the answer to {@code id}; completed with EOF at once if the JVM's output has already ended. */
        synchronized CompletableFuture<String> register(long id) {
            CompletableFuture<String> f = new CompletableFuture<>();
            if (ended) {
                inFlightAtEnd = Math.max(inFlightAtEnd, 1);
                f.complete(EOF);
            } else {
                pending.put(id, f);
            }
            return f;
        }

        synchronized void forget(long id) {
            pending.remove(id);
        }

        /** Writes a request; a JVM that is gone shows as the end of its output to the caller. */
        void write(String request) {
            try {
                synchronized (toWorker) {
                    toWorker.write(request);
                    toWorker.flush();
                }
            } catch (IOException e) {
                // the JVM is gone: its output ends, and the answer awaited says so
            }
        }

        /** "out-of-memory" or "worker-crashed", from the exit code of the ended JVM. */
        synchronized String deathReason() {
            if (reason != null) return reason;
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) return "worker-crashed";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "worker-crashed";
            }
            exit = process.exitValue();
            reason = exit == OOM_EXIT ? "out-of-memory" : "worker-crashed";
            return reason;
        }

        /** Stops the child and its descendants now; the files in it are told (see killedFor). */
        void kill(String why) {
            if (killedFor == null) killedFor = why;
            archiveEnded(false);
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void archiveEnded(boolean normally) {
            boolean tell;
            synchronized (this) {
                tell = writesArchive;
                writesArchive = false;
            }
            if (tell) archiveWritten.accept(normally);
        }

        /** Closes stdin so the worker ends by itself (writing its class archive), then makes sure it has. */
        void stop() {
            try {
                synchronized (toWorker) {
                    toWorker.close();
                }
                boolean ended = process.waitFor(writesArchiveNow() ? ARCHIVE_EXIT_SECONDS : STOP_SECONDS,
                        TimeUnit.SECONDS);
                if (ended) archiveEnded(process.exitValue() == 0);
            } catch (IOException ignored) {
                // already gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kill("stop");
        }

        private synchronized boolean writesArchiveNow() {
            return writesArchive;
        }
    }

    /** The id at the start of an answer line ({@code {"id":7,...}}), or -1 when the line is not an answer. */
    static long idOf(String line) {
        String prefix = "{\"id\":";
        if (!line.startsWith(prefix)) return -1;
        long id = 0;
        int i = prefix.length();
        int start = i;
        while (i < line.length() && Character.isDigit(line.charAt(i))) id = id * 10 + (line.charAt(i++) - '0');
        return i == start || i - start > 18 ? -1 : id;
    }

    private void stop(Run r) {
        if (r == null) return;
        r.stop();
        synchronized (this) {
            if (run == r) run = null;
        }
    }

    /** Stops the JVM once the files in it are answered (the pool's end; files waiting to go in fail). */
    void stop() {
        synchronized (this) {
            closed = true;
        }
        stop(currentRun());
    }
}
