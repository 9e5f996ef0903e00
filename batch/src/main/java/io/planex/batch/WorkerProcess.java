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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** One child JVM running {@link Worker}; used by one thread at a time. Killed on timeout, restarted on demand. */
final class WorkerProcess {
    /** Exit code of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    private static final String EOF = "\u0000eof";
    private static final long STARTUP_TIMEOUT_SECONDS = 120;

    /** Long enough for a worker to write its class archive at exit (a few seconds on a busy 2-core machine). */
    private static final long ARCHIVE_EXIT_SECONDS = 60;

    /** The command of the next start: the options may change from one start to the next (a class archive). */
    private final Supplier<List<String>> command;
    private final java.io.File log;
    /** Told, once the worker writing the class archive has ended, whether it ended normally; or null. */
    private final Consumer<Boolean> archiveWritten;
    private boolean writesArchive;
    private Process process;
    private BufferedWriter toWorker;
    private BlockingQueue<String> fromWorker;
    private int served;
    private int lastExit;

    /** {@code log} receives the worker's stderr (library warnings, crash messages), rewritten at each start. */
    WorkerProcess(List<String> command, java.io.File log) {
        this(() -> command, log, null);
    }

    /** As above, with the command taken at each start and the end of a class-archive writer reported. */
    WorkerProcess(Supplier<List<String>> command, java.io.File log, Consumer<Boolean> archiveWritten) {
        this.command = command;
        this.log = log;
        this.archiveWritten = archiveWritten;
    }

    int served() {
        return served;
    }

    Parsed call(String path, long timeoutMillis) throws UnreadableFileException, InterruptedException {
        ObjectMapper mapper = ProtocolJson.mapper();
        try {
            ensureStarted();
            toWorker.write("{\"path\":" + mapper.writeValueAsString(path) + "}\n");
            toWorker.flush();
        } catch (IOException e) {
            String reason = deathReason();
            throw new UnreadableFileException(reason, "worker failed before reading the file: " + e.getMessage());
        }
        served++;
        String line = nextAnswer(timeoutMillis);
        if (line == null) {
            kill();
            throw new UnreadableFileException("timeout", "parsing took longer than " + timeoutMillis + " ms");
        }
        if (EOF.equals(line)) {
            String reason = deathReason();
            kill();
            throw new UnreadableFileException(reason, reason.equals("out-of-memory")
                    ? "parser ran out of memory (worker heap limit)"
                    : "worker process died while parsing (exit " + lastExit + ")");
        }
        try {
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
        } catch (IOException e) {
            kill();
            throw new UnreadableFileException("worker-crashed", "unreadable answer from worker: " + e.getMessage());
        }
    }

    /**
     * The next protocol line, skipping what the JVM itself prints on stdout (e.g. "Terminating due to
     * java.lang.OutOfMemoryError"); null on timeout.
     */
    private String nextAnswer(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : fromWorker.poll(left, TimeUnit.NANOSECONDS);
            if (line == null || EOF.equals(line) || line.startsWith("{")) return line;
        }
    }

    private String deathReason() throws InterruptedException {
        lastExit = -1;
        if (process == null || !process.waitFor(5, TimeUnit.SECONDS)) return "worker-crashed";
        lastExit = process.exitValue();
        return lastExit == OOM_EXIT ? "out-of-memory" : "worker-crashed";
    }

    private void ensureStarted() throws IOException {
        if (process != null && process.isAlive()) return;
        List<String> cmd = List.copyOf(command.get());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.to(log));
        process = pb.start();
        writesArchive = archiveWritten != null
                && cmd.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        served = 0;
        toWorker = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        fromWorker = lines;
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        Thread pump = new Thread(() -> {
            try (reader) {
                String l;
                while ((l = reader.readLine()) != null) lines.add(l);
            } catch (IOException ignored) {
                // the process went away: same as end of stream
            }
            lines.add(EOF);
        }, "planex-worker-out");
        pump.setDaemon(true);
        pump.start();
        boolean ready;
        try {
            ready = awaitReady(lines);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready = false;
        }
        if (!ready) {
            kill();
            throw new IOException("worker did not start (see its log " + log + ")");
        }
    }

    /**
     * Waits for the worker's ready line, skipping what its JVM prints before our main runs (JAVA_TOOL_OPTIONS, a
     * flight recording, an agent). False when the worker ends or the start-up timeout passes first.
     */
    private static boolean awaitReady(BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null || EOF.equals(line)) return false;
            if (Worker.READY.equals(line)) return true;
        }
    }

    /** Stops the child and its descendants now. */
    void kill() {
        if (process == null) return;
        Process p = process;
        process = null;
        archiveEnded(false);
        Optional.of(p.toHandle()).ifPresent(h -> h.descendants().forEach(ProcessHandle::destroyForcibly));
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void archiveEnded(boolean normally) {
        if (!writesArchive) return;
        writesArchive = false;
        archiveWritten.accept(normally);
    }

    /** Closes stdin so the worker ends by itself, then makes sure it has. */
    void stop() {
        if (process == null) return;
        try {
            toWorker.close();
            boolean ended = process.waitFor(writesArchive ? ARCHIVE_EXIT_SECONDS : 2, TimeUnit.SECONDS);
            if (ended) archiveEnded(process.exitValue() == 0);
        } catch (IOException ignored) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }
}
