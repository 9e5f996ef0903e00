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
import java.util.List;
import java.util.concurrent.Callable;
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
        int failed = 0;
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                stderr.println("planex: " + file + ": is a folder (use planex ingest for folders)");
                failed++;
                continue;
            }
            try {
                PlanReader.Result result = reader.read(file);
                String json = pretty ? RecordJson.toPrettyJson(result.record()) : RecordJson.toLine(result.record());
                if (out == null) {
                    stdout.println(json);
                    stdout.flush();
                } else {
                    Path target = out.resolve(file.getFileName().toString() + ".json");
                    Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
                }
            } catch (UnreadableFileException e) {
                stderr.println("planex: " + file + ": " + e.reason() + ": " + e.getMessage());
                failed++;
            }
        }
        stderr.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
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
