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
        int failed = 0;
        for (Path file : files) {
            if (!ExtractInputs.isStdin(file) && Files.isDirectory(file)) {
                stderr.println("planex: " + file + ": is a folder (use planex ingest for folders)");
                failed++;
                continue;
            }
            Path stdinCopy = ExtractInputs.isStdin(file) ? ExtractInputs.stdinToFile(System.in) : null;
            try {
                PlanReader.Result result = reader.read(stdinCopy != null ? stdinCopy : file);
                PlanRecord record = ExtractInputs.named(result.record(), file);
                String json = pretty ? RecordJson.toPrettyJson(record) : RecordJson.toLine(record);
                if (out == null) {
                    stdout.println(json);
                    stdout.flush();
                } else {
                    recordFiles.write(record.source().path(), record.source().file(), json);
                }
            } catch (UnreadableFileException e) {
                stderr.println("planex: " + ExtractInputs.display(file) + ": " + e.reason() + ": " + e.getMessage());
                failed++;
            } finally {
                if (stdinCopy != null) Files.deleteIfExists(stdinCopy);
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
