package io.planex.cli;

import io.planex.extract.json.RecordJson;
import io.planex.index.PlanIndex;
import io.planex.ingest.PlanReader;
import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** planex ingest: files and folders into the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads files and folders (recursively), extracts their records and indexes them.",
        footer = {"", "Example:", "  planex ingest --index planex-data/index --json planex-data/json samples/"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "planex-data/index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--json", paramLabel = "DIR", description = "Also write DIR/<input file name>.json.")
    Path json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        int failed = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                stderr.println("planex: " + p + ": missing: no such file or folder");
                failed++;
            }
        }
        if (json != null) Files.createDirectories(json);
        Files.createDirectories(index);
        PlanReader reader = new PlanReader();
        int ok = 0;
        try (PlanIndex writer = PlanIndex.open(index)) {
            for (Path file : files) {
                try {
                    PlanReader.Result result = reader.read(file);
                    writer.put(result.record(), result.document().text());
                    if (json != null) {
                        Files.writeString(json.resolve(file.getFileName() + ".json"),
                                RecordJson.toPrettyJson(result.record()) + "\n", StandardCharsets.UTF_8);
                    }
                    ok++;
                } catch (UnreadableFileException e) {
                    stderr.println("planex: " + file + ": " + e.reason() + ": " + e.getMessage());
                    failed++;
                }
            }
            writer.commit();
        }
        stderr.printf("planex: indexed %d file(s) into %s, %d failed%n", ok, index, failed);
        stderr.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
