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

/**
 * A child JVM that parses files for the parent's {@link WorkerPool}. Protocol: NDJSON, one request per line on
 * stdin ({@code {"path": "..."}}), one answer per line on stdout: {@code {"ok":true,"record":{...},"text":"..."}} (with
 * {@code "warnings":[...]} when an extractor failed on the text)
 * or {@code {"ok":false,"reason":"...","message":"..."}}. Anything a library prints goes to stderr, never into
 * the protocol. The worker exits when stdin closes or the parent dies; on OutOfMemoryError the JVM exits
 * (-XX:+ExitOnOutOfMemoryError, exit code 3) and the parent reports the file.
 *
 * <p>Argument: optionally the class name of the {@link FileParser} to use (default {@link PlanFileParser}).
 */
public final class Worker {
    static final String READY = "{\"ready\":true}";

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
        // Tell the parent we are ready, so that its per-file time limit does not include our start-up.
        protocol.println(READY);
        protocol.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            String answer;
            try {
                JsonNode request = mapper.readTree(line);
                Parsed parsed = parser.parse(Path.of(request.get("path").asText()));
                answer = "{\"ok\":true,\"record\":" + RecordJson.toLine(parsed.record())
                        + ",\"text\":" + mapper.writeValueAsString(parsed.text())
                        + (parsed.pages() == null ? "" : ",\"pageStarts\":\"" + IndexFields.pageStarts(parsed.pages()) + "\"")
                        + (parsed.warnings().isEmpty() ? "" : ",\"warnings\":" + mapper.writeValueAsString(parsed.warnings()))
                        + "}";
            } catch (UnreadableFileException e) {
                answer = failure(mapper, e.reason(), e.getMessage());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                answer = failure(mapper, "parser-error", e.toString());
            }
            protocol.println(answer);
            protocol.flush();
        }
        // stdin closed: the parent is done with us. Exit now, whatever threads a library left running, so that the
        // parent need not kill us (a worker writing its class archive does so on this exit: WorkerClassArchive).
        System.exit(0);
    }

    private static String failure(ObjectMapper mapper, String reason, String message) throws IOException {
        return "{\"ok\":false,\"reason\":" + mapper.writeValueAsString(reason)
                + ",\"message\":" + mapper.writeValueAsString(message == null ? reason : message) + "}";
    }
}
