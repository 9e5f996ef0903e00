package io.planex.cli;

import io.planex.batch.RecordFiles;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.PlanRecord;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PlanReader;
import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.PrintWriter;
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
        footer = {"", "Records in an --out folder are named <file name>.json; when two inputs share a name (a/plan.txt,"
                + " b/plan.txt), the second record gets <file name>.<hash of its path>.json and a message: none is"
                + " overwritten.",
            "", "Examples:", "  planex extract samples/ke-hoach-ubnd-xa-an-thinh.txt",
            "  planex extract --out out/ --pretty samples/*",
            "  pdftotext plan.pdf - | planex extract -",
            "  planex extract --ocr never scans/*.pdf",
            "", "OCR needs Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<input file name>.json for each input instead of printing to stdout (never "
                    + "overwriting the record of another file with the same name).")
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read (txt, pdf, docx, ...); - reads stdin.")
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
        RecordFiles recordFiles = out == null ? null : new RecordFiles(out, m -> {
            stderr.println(m);
            stderr.flush();
        });
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new Errors.UserException("--threads must be at least 1");
        int failed = 0;
        // Files are read, extracted and turned into JSON on n threads; outcomes are taken (printed, written, their
        // record files named) in input order, so the output is what one thread gives. At most 2n files are in
        // flight, so memory stays bounded. Standard input is copied here, in order, before its file is read.
        ExecutorService pool = Executors.newFixedThreadPool(n, runnable -> {
            Thread t = new Thread(runnable, "planex-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            for (Path file : files) {
                Path stdinCopy = ExtractInputs.isStdin(file) ? ExtractInputs.stdinToFile(System.in) : null;
                inFlight.add(pool.submit(() -> process(reader, file, stdinCopy)));
                if (inFlight.size() >= 2 * n) failed += report(inFlight.poll(), stdout, stderr, recordFiles);
            }
            while (!inFlight.isEmpty()) failed += report(inFlight.poll(), stdout, stderr, recordFiles);
        } finally {
            pool.shutdownNow();
        }
        stderr.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** What one file gave: its record and JSON, or the message of its failure. */
    private record Outcome(PlanRecord record, String json, String error, List<String> warnings) {
        Outcome(PlanRecord record, String json, String error) {
            this(record, json, error, List.of());
        }
    }

    private Outcome process(PlanReader reader, Path file, Path stdinCopy) throws IOException {
        if (stdinCopy == null && Files.isDirectory(file)) {
            return new Outcome(null, null, "planex: " + file + ": is a folder (use planex ingest for folders)");
        }
        try {
            PlanReader.Result result = reader.read(stdinCopy != null ? stdinCopy : file);
            PlanRecord record = ExtractInputs.named(result.record(), file);
            String json = pretty ? RecordJson.toPrettyJson(record) : RecordJson.toLine(record);
            List<String> warnings = result.warnings().stream()
                    .map(w -> "planex: warning: " + ExtractInputs.display(file) + ": " + w).toList();
            return new Outcome(record, json, null, warnings);
        } catch (UnreadableFileException e) {
            return new Outcome(null, null,
                    "planex: " + ExtractInputs.display(file) + ": " + e.reason() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug met on one file fails that file, not the run: the others are still read (exit code 1)
            return new Outcome(null, null, "planex: " + ExtractInputs.display(file) + ": internal-error: " + e
                    + " (please report it with the file)");
        } finally {
            if (stdinCopy != null) Files.deleteIfExists(stdinCopy);
        }
    }

    /** Waits for one file's outcome and prints or writes it; 1 when the file failed. */
    private static int report(Future<Outcome> next, PrintWriter stdout, PrintWriter stderr, RecordFiles recordFiles)
            throws IOException {
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
        for (String w : o.warnings()) stderr.println(w);
        if (recordFiles == null) {
            stdout.println(o.json());
            stdout.flush();
        } else {
            recordFiles.write(o.record().source().path(), o.record().source().file(), o.json());
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
