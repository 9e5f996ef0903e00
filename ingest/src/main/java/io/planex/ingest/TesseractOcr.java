package io.planex.ingest;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.ingest.pdf.table.TableTrigger;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * OCR of page images with Tesseract through Tika's {@link TesseractOCRParser}, set up the way that is fast and
 * right for Vietnamese: the configured language (never Tika's English default), page segmentation 3 (Tika's 1
 * adds orientation detection, +60-80% per page), uncompressed TIFF input (Tika's PNG encoding costs more than the
 * OCR), and one OpenMP thread per tesseract process: Tika passes the JVM's environment on, and tesseract's own
 * threads only burn CPU on small machines, so when OMP_THREAD_LIMIT is not set the tesseract on the PATH is
 * called through a two-line shell wrapper that sets it. Parallelism is the caller's (pages at once).
 */
final class TesseractOcr {
    /** Whether OCR can run, and if not, why. */
    record Availability(boolean available, String problem, String tessdata) {}

    private static final Map<String, Availability> PROBES = new ConcurrentHashMap<>();
    private static volatile String wrapperDir;

    private final TesseractOCRParser parser;
    private final TesseractOCRConfig config;
    /**
     * Page segmentation 4 (one column of lines): a page that holds a task table is read again so,
     * because segmentation 3 finds the table's columns and prints each as a block of its own (all the numbers, then
     * all the tasks, then all the leads ...), which no reader can put back into rows; read line by line across the
     * page, each row is one line ("1 Xây dựng ... Trung tâm Thông tin tỉnh Sở Xây dựng Quý II/2026"), and with each
     * word's box ({@link #words}), a row's wrapped cells can be put back together.
     */
    static final String ROWS_PAGE_SEG_MODE = "4";
    private final String language;
    private final int timeoutSeconds;

    TesseractOcr(String language, int timeoutSeconds) throws TikaException {
        this.language = language;
        this.timeoutSeconds = timeoutSeconds;
        parser = new TesseractOCRParser();
        String dir = tesseractDir();
        if (dir != null) {
            parser.setTesseractPath(dir);
            // Tika would otherwise look for the models next to the wrapper.
            String tessdata = probe(language).tessdata();
            if (!tessdata.isEmpty()) parser.setTessdataPath(tessdata);
        }
        parser.setLanguage(language);
        parser.setPageSegMode("3");
        parser.setTimeout(timeoutSeconds);
        parser.initialize(Map.of());
        config = config(language, "3", timeoutSeconds);
    }

    private static TesseractOCRConfig config(String language, String pageSegMode, int timeoutSeconds) {
        TesseractOCRConfig c = new TesseractOCRConfig();
        c.setLanguage(language);
        c.setPageSegMode(pageSegMode);
        c.setTimeoutSeconds(timeoutSeconds);
        return c;
    }

    /** Checks once per language that tesseract runs and has the language's model. */
    static Availability probe(String language) {
        return PROBES.computeIfAbsent(language, TesseractOcr::runProbe);
    }

    private static Availability runProbe(String language) {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Availability(false, "tesseract did not answer", "");
            }
            Set<String> langs = Set.of(out.split("\\s+"));
            for (String lang : language.split("\\+")) {
                if (!langs.contains(lang)) {
                    return new Availability(false, "tesseract has no '" + lang
                            + "' model (install tesseract-ocr-" + lang + ")", "");
                }
            }
            // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):"
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(out);
            return new Availability(true, "", m.find() ? m.group(1) : "");
        } catch (IOException e) {
            return new Availability(false, "tesseract is not installed (apt-get install tesseract-ocr "
                    + "tesseract-ocr-vie)", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(false, "interrupted", "");
        }
    }

    /**
     * The text Tesseract reads on one page image. A page scanned a quarter turn off ({@link PageOrientation}) is
     * turned first, the way whose reading is more Vietnamese, and a page whose reading looks upside down is read
     * again turned half a turn; see {@link #readUpright} for the rest.
     */
    String read(BufferedImage page) throws IOException, TikaException, SAXException {
        BufferedImage grey = RulingLines.grey(page);
        Deskew.InkSample ink = Deskew.sample(grey);
        if (!PageOrientation.sideways(ink)) {
            String text = readUpright(grey, ink);
            if (!PageOrientation.looksUpsideDown(text)) return text;
            // a sheet fed upside down (reading the page erased its rules in place: it is made again)
            String turned = readUpright(PageOrientation.halfTurn(RulingLines.grey(page)), null);
            return PageOrientation.readableShare(turned) > PageOrientation.readableShare(text) ? turned : text;
        }
        String best = null;
        double bestShare = -1;
        for (boolean clockwise : new boolean[] {false, true}) {
            String text = readUpright(PageOrientation.quarterTurn(grey, clockwise), null);
            double share = PageOrientation.readableShare(text);
            if (share > bestShare) {
                best = text;
                bestShare = share;
            }
            if (share >= PageOrientation.READABLE) break;
        }
        // neither turn reads: the judgement was wrong (a page of drawings, a form of boxes), so the page as it is
        if (bestShare < PageOrientation.READABLE) {
            String asItIs = readUpright(grey, ink);
            if (PageOrientation.readableShare(asItIs) >= bestShare) return asItIs;
        }
        return best;
    }

    /**
     * The text Tesseract reads on one upright page ({@code ink}: its ink as {@link Deskew#sample} takes it, or null),
     * turned straight ({@link Deskew}) and its ruling lines erased first ({@link RulingLines}). Where the rules draw a
     * table, the page is read line by line across it with each word's box ({@link #words}), and each word put in its
     * cell ({@link OcrTableText}). Otherwise a page that may hold a task table ({@link TableTrigger}) or shows a
     * column of row numbers ({@link #hasNumberColumn}) is read a second time, line by line across the page
     * ({@link #ROWS_PAGE_SEG_MODE}) with the words' boxes, and a table it shows without rules
     * ({@link UnruledTable}) is read cell by cell too.
     */
    private String readUpright(BufferedImage grey, Deskew.InkSample ink) throws IOException, TikaException,
            SAXException {
        Path tiff = Files.createTempFile("planex-page-", ".tif");
        try {
            RulingLines.Erased erased = RulingLines.eraseFrom(
                    Deskew.straightened(grey, ink == null ? Deskew.sample(grey) : ink));
            if (!ImageIO.write(erased.image(), "tiff", tiff.toFile())) {
                throw new IOException("no TIFF writer in this JVM");
            }
            // a page whose rules draw a table is read once, word by word into its cells; segmentation 3 would
            // print the table's columns one after another, and the page would be read again
            List<RuledTable> tables = erased.tables();
            if (!tables.isEmpty()) return OcrTableText.text(words(tiff), tables, erased.pixelsPerPoint());
            String text = read(tiff, config);
            if (!TableTrigger.mayHoldTable(text) && !hasNumberColumn(text)) return text;
            // read again line by line, with the words' boxes: where they show a table without rules, each word is
            // put in its cell; else the lines are what segmentation 4's text output gives
            List<OcrWord> words = words(tiff);
            RuledTable unruled = UnruledTable.find(words);
            return OcrTableText.text(words, unruled == null ? List.of() : List.of(unruled), 1f);
        } finally {
            Files.deleteIfExists(tiff);
        }
    }

    /**
     * The words Tesseract reads on an image, line by line across the page ({@link #ROWS_PAGE_SEG_MODE}), with their
     * boxes: its TSV output, which Tika's parser does not offer, from the tesseract on the PATH run directly (one
     * OpenMP thread unless the environment says otherwise, the same time limit).
     */
    List<OcrWord> words(Path image) throws IOException {
        String tesseract = OnPath.TESSERACT;
        if (tesseract == null) throw new IOException("tesseract is not on the PATH");
        Path tsv = Files.createTempFile("planex-words-", ".tsv");
        try {
            ProcessBuilder pb = new ProcessBuilder(tesseract, image.toString(), "stdout", "-l", language, "--psm",
                    ROWS_PAGE_SEG_MODE, "tsv");
            if (System.getenv("OMP_THREAD_LIMIT") == null) pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(tsv.toFile());
            Process p = pb.start();
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("tesseract took longer than " + timeoutSeconds + " s on a page");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while tesseract read a page", e);
            }
            if (p.exitValue() != 0) throw new IOException("tesseract failed on a page (exit " + p.exitValue() + ")");
            return OcrWord.parseTsv(Files.readString(tsv, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(tsv);
        }
    }

    /**
     * Whether segmentation 3 printed a column of row numbers ("3", "4", "5" on lines of their own, each one more than
     * the last): a table's rows going on from the page before, whose header this page does not repeat.
     */
    static boolean hasNumberColumn(String text) {
        int run = 0;
        int last = -1;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            int n = l.length() <= 3 && l.chars().allMatch(Character::isDigit) ? Integer.parseInt(l) : -1;
            run = n >= 0 && n == last + 1 ? run + 1 : n >= 0 ? 1 : 0;
            if (run >= 3) return true;
            last = n;
        }
        return false;
    }

    private String read(Path tiff, TesseractOCRConfig with) throws IOException, TikaException, SAXException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/tiff");
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, with);
        try (TikaInputStream in = TikaInputStream.get(tiff)) {
            parser.parse(in, handler, metadata, context);
        }
        return handler.toString();
    }

    /**
     * The folder holding the "tesseract" Tika should run: a wrapper that sets OMP_THREAD_LIMIT=1 unless the
     * environment already sets it (or no wrapper can be made: then the one on the PATH).
     */
    private static String tesseractDir() {
        if (System.getenv("OMP_THREAD_LIMIT") != null) return null;
        if (wrapperDir != null) return wrapperDir;
        synchronized (TesseractOcr.class) {
            if (wrapperDir != null) return wrapperDir;
            String real = onPath("tesseract");
            if (real == null || File.separatorChar != '/') return null;
            try {
                Path dir = Files.createTempDirectory("planex-tesseract-");
                dir.toFile().deleteOnExit(); // registered first: deleted last, once the script is gone
                Path script = dir.resolve("tesseract");
                Files.writeString(script, "#!/bin/sh\nOMP_THREAD_LIMIT=1 exec '" + real.replace("'", "'\\''")
                        + "' \"$@\"\n", StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("r-xr-xr-x"));
                script.toFile().deleteOnExit();
                wrapperDir = dir.toString() + File.separator;
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
            return wrapperDir;
        }
    }

    /** The tesseract on the PATH, looked for once (on first use), not on every page read. */
    private static final class OnPath {
        static final String TESSERACT = onPath("tesseract");
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) return candidate.toString();
        }
        return null;
    }
}
