package io.planex.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.extract.json.RecordJson;
import io.planex.index.IndexFields;
import io.planex.ingest.UnreadableFileException;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A child JVM that parses files for the parent's {@link WorkerPool}, several at once. Protocol: NDJSON, one
 * request per line on stdin ({@code {"id":7,"path":"..."}}), one answer per line on stdout, in the order the
 * files finish, carrying the request's id first: {@code {"id":7,"ok":true,"record":{...},"text":"..."}} (with
 * {@code "warnings":[...]} when an extractor failed on the text) or {@code {"id":7,"ok":false,"reason":"...",
 * "message":"..."}}. A request without an id gets an answer without one. Anything a library prints goes to
 * stderr, never into the protocol. The worker exits when stdin closes (after the files in hand) or the parent
 * dies; on OutOfMemoryError the JVM exits (-XX:+ExitOnOutOfMemoryError, exit code 3) and the parent sorts out
 * which file it was.
 *
 * <p>Argument: optionally the class name of the {@link FileParser} to use (default {@link PlanFileParser}); it
 * must be thread-safe. System property {@value #LANES_PROPERTY}: how many files are parsed at once (default 1);
 * the parent never sends more than that before an answer comes back, so a request is parsed as soon as it
 * arrives and its time limit measures its parse alone.
 */
public final class Worker {
    static final String READY = "{\"ready\":true}";
    static final String LANES_PROPERTY = "planex.worker.lanes";

    private Worker() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // Ctrl-C on a terminal reaches the whole process group: the parent stops cleanly and then stops us, so
        // the signal must not kill us first (the file in hand would look like a crash).
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException e) {
            // not catchable in this JVM: the parent drops what we were doing anyway
        }
        // A parent killed with -9 cannot close our stdin while we are stuck in a parse: watch it instead.
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        FileParser parser = args.length > 0
                ? (FileParser) Class.forName(args[0]).getDeclaredConstructor().newInstance()
                : new PlanFileParser();
        ObjectMapper mapper = ProtocolJson.mapper();
        int lanes = Math.max(1, Integer.getInteger(LANES_PROPERTY, 1));
        ExecutorService parsing = Executors.newFixedThreadPool(lanes, r -> {
            Thread t = new Thread(r, "planex-worker-parse");
            t.setDaemon(true);
            return t;
        });
        // Tell the parent we are ready, so that its per-file time limit does not include our start-up.
        protocol.println(READY);
        protocol.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            String request = line;
            parsing.execute(() -> {
                String answer;
                try {
                    answer = answer(parser, mapper, request);
                } catch (Throwable t) {
                    // An Error the parser cannot recover from (a linkage error, an internal error): the JVM ends
                    // as a single-file worker's did when it left main, and the parent reports "worker-crashed".
                    t.printStackTrace();
                    Runtime.getRuntime().halt(1);
                    return;
                }
                synchronized (protocol) {
                    protocol.println(answer);
                    protocol.flush();
                }
            });
        }
        // stdin closed: the parent is done with us. Finish what is in hand (a recycled worker's parent waits for
        // its answers before closing), then exit now, whatever threads a library left running, so that the parent
        // need not kill us (a worker writing its class archive does so on this exit: WorkerClassArchive).
        parsing.shutdown();
        while (!parsing.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
            // the parent kills us if it stops waiting
        }
        System.exit(0);
    }

    private static String answer(FileParser parser, ObjectMapper mapper, String line) {
        String id = "";
        try {
            JsonNode request = mapper.readTree(line);
            if (request.hasNonNull("id")) id = "\"id\":" + request.get("id").asLong() + ",";
            Parsed parsed = parser.parse(Path.of(request.get("path").asText()));
            return "{" + id + "\"ok\":true,\"record\":" + RecordJson.toLine(parsed.record())
                    + ",\"text\":" + mapper.writeValueAsString(parsed.text())
                    + (parsed.pages() == null ? "" : ",\"pageStarts\":\"" + IndexFields.pageStarts(parsed.pages()) + "\"")
                    + (parsed.warnings().isEmpty() ? "" : ",\"warnings\":" + mapper.writeValueAsString(parsed.warnings()))
                    + "}";
        } catch (UnreadableFileException e) {
            return failure(mapper, id, e.reason(), e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return failure(mapper, id, "parser-error", e.toString());
        }
    }

    private static String failure(ObjectMapper mapper, String id, String reason, String message) {
        try {
            return "{" + id + "\"ok\":false,\"reason\":" + mapper.writeValueAsString(reason)
                    + ",\"message\":" + mapper.writeValueAsString(message == null ? reason : message) + "}";
        } catch (IOException e) {
            return "{" + id + "\"ok\":false,\"reason\":\"parser-error\",\"message\":\"unprintable error\"}";
        }
    }
}
