package io.planex.batch;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs an in-process bulk ingest in a JVM of its own, for tests that need the whole ingest to run with fewer
 * privileges than the test JVM (see {@link BadInputTest#unreadableFileIsReported}). Arguments: index folder,
 * report file, then the paths to ingest. Exits with the ingest's failure count, capped at 100.
 */
public final class IngestMain {
    private IngestMain() {}

    public static void main(String[] args) throws Exception {
        BulkOptions options = BulkOptions.builder(Path.of(args[0])).inProcess(true).threads(1)
                .report(Path.of(args[1])).progress(Progress.Mode.NONE)
                .stderr(new PrintStream(OutputStream.nullOutputStream())).build();
        List<Path> paths = List.of(args).subList(2, args.length).stream().map(Path::of).toList();
        Summary summary = new BulkIngest(options).run(paths);
        System.exit((int) Math.min(100, summary.failures()));
    }
}
