package io.planex.cli;

import io.planex.extract.json.RecordJson;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** planex extract: one JSON record per input file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts one JSON record per input file: header, cited directives, units, deadlines.",
            "Without --out, prints one JSON object per line (NDJSON) on stdout."},
        footer = {"", "Examples:", "  planex extract samples/plan-hoa-binh.txt",
            "  planex extract --out out/ --pretty samples/*",
            "  planex extract --ocr never scans/*.pdf",
            "", "OCR needs Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<input file name>.json for each input instead of printing to stdout.")
    Path out;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto", converter = OcrModeConverter.class,
            description = {"When to OCR (Tesseract, Vietnamese): auto = pages without a usable text layer and "
                    + "images; always = every page, even with a text layer; never = no OCR (files without text fail "
                    + "with needs-ocr). Default: ${DEFAULT-VALUE}."})
    OcrMode ocr;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read at once (default: the core count). Output keeps the order of the inputs.")
    Integer threads;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read (txt, pdf, docx, ...).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new Errors.UserException("cannot create output folder " + out + ": " + e.getMessage());
            }
        }
        PlanReader reader = PlanReader.withOcr(ocr);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new Errors.UserException("--threads must be at least 1");
        int failed = 0;
        // Files are read and their JSON written on n threads; results are taken in input order, so stdout and
        // the messages read as with one thread. At most 2n files are in flight, so memory stays bounded.
        ExecutorService pool = Executors.newFixedThreadPool(n, runnable -> {
            Thread t = new Thread(runnable, "planex-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            for (Path file : files) {
                inFlight.add(pool.submit(() -> process(reader, file)));
                if (inFlight.size() >= 2 * n) failed += report(inFlight.poll(), stdout, stderr);
            }
            while (!inFlight.isEmpty()) failed += report(inFlight.poll(), stdout, stderr);
        } finally {
            pool.shutdownNow();
        }
        stderr.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** What one file gave: its JSON line for stdout (null with --out or on failure), or the message of its failure. */
    private record Outcome(String json, String error) {}

    private Outcome process(PlanReader reader, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            return new Outcome(null, "planex: " + file + ": is a folder (use planex ingest for folders)");
        }
        try {
            PlanReader.Result result = reader.read(file);
            String json = pretty ? RecordJson.toPrettyJson(result.record()) : RecordJson.toLine(result.record());
            if (out == null) return new Outcome(json, null);
            Path target = out.resolve(file.getFileName().toString() + ".json");
            Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
            return new Outcome(null, null);
        } catch (UnreadableFileException e) {
            return new Outcome(null, "planex: " + file + ": " + e.reason() + ": " + e.getMessage());
        }
    }

    /** Waits for one file's outcome and prints it; 1 when the file failed. */
    private static int report(Future<Outcome> next, PrintWriter stdout, PrintWriter stderr) throws IOException {
        Outcome o;
        try {
            o = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause);
        }
        if (o.error() != null) {
            stderr.println(o.error());
            return 1;
        }
        if (o.json() != null) {
            stdout.println(o.json());
            stdout.flush();
        }
        return 0;
    }

    /** "auto", "always" or "never", any case. */
    static final class OcrModeConverter implements ITypeConverter<OcrMode> {
        @Override
        public OcrMode convert(String value) {
            try {
                return OcrMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
