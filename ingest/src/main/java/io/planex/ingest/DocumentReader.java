package io.planex.ingest;

import io.planex.extract.SideTask;
import io.planex.extract.model.SourceInfo;
import io.planex.ingest.detect.MagicShortcut;
import io.planex.ingest.layer.TextLayerJudge;
import io.planex.ingest.legacy.LegacyCapitals;
import io.planex.ingest.legacy.OfficeCapitalRuns;
import io.planex.ingest.pdf.JustifiedSpacing;
import io.planex.ingest.pdf.PdfPageReader;
import io.planex.ingest.pdf.PrintRenderer;
import io.planex.ingest.pdf.ScanRenderer;
import io.planex.ingest.pdf.table.TableText;
import io.planex.ingest.pdf.table.TableTrigger;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * Reads one file into page texts, OCRing pages that have no usable text, then repairs them into the text
 * extraction reads ({@link TextRepair}).
 *
 * <ul>
 *   <li>PDF: the text layer page by page (PDFBox through Tika, Tika's own OCR off); pages with no usable text
 *       layer (or all pages with {@link OcrMode#ALWAYS}) are rendered at {@link ReadOptions#dpi()} and read by
 *       Tesseract ({@link TesseractOcr}). Pages whose text names a task table's headers are read again for their
 *       ruled tables, written one row a line with the cells apart ({@link TableTrigger}, {@link PdfPageReader}).</li>
 *   <li>Images (PNG, JPEG, TIFF with its pages, BMP, GIF): each frame a page, OCRed.</li>
 *   <li>Plain text: UTF-8, UTF-16 or Windows-1258, detected ({@link TextFileDecoder}).</li>
 *   <li>Everything else Tika reads (DOCX, DOC, ODT, RTF, HTML...): one page.</li>
 * </ul>
 * Without Tesseract, a file with no page of text fails with reason "needs-ocr". Thread-safe: one instance
 * serves many threads.
 */
public final class DocumentReader {
    /** A page's text layer is usable with this many letters (a signature page has a dozen). */
    private static final int MIN_LETTERS = 10;
    /** Coarse enough to render a page in milliseconds, fine enough that one line of small print shows. */
    private static final float BLANK_CHECK_DPI = 36f;
    /** A grey level (0 black, 255 white) below which a pixel of the coarse rendering counts as ink. */
    private static final int INK_LEVEL = 224;
    /**
     * Largest image frame read, in pixels: an A4 page at 600 dpi is 35 megapixels, A3 at 400 dpi 31. A frame at
     * the limit decodes to 192 MB as RGB (256 MB with alpha), so a frame or two in OCR fit a worker's default 1 GB
     * heap; extract, in-process, reads through the same check. Only the image header is read to apply it.
     */
    public static final long MAX_IMAGE_PIXELS = 64_000_000L;
    private static final Set<String> OCR_IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff",
            "image/bmp", "image/gif", "image/x-ms-bmp");

    /** Media types read as documents; archives, executables, media and the like are "unsupported". */
    private static final List<String> DOCUMENT_TYPE_PREFIXES = List.of("text/", "application/pdf",
            "application/msword", "application/rtf", "application/vnd.ms-", "application/vnd.openxmlformats-",
            "application/vnd.oasis.opendocument.", "application/xhtml+xml", "application/xml",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/vnd.wordperfect",
            "application/epub+zip", "message/rfc822");
    private static final java.util.regex.Pattern OFFICE_EXTENSION = java.util.regex.Pattern.compile(
            "(?i)\\.(docx|docm|xlsx|pptx|odt|ods|odp|epub)$");

    private final ReadOptions options;
    /**
     * Tika's default configuration less the parsers that probe for programs when it loads (ffmpeg, exiftool, sox;
     * Tika's own Tesseract OCR, which planex never lets run): {@code tika-config.xml}. Loaded once per JVM.
     */
    static final TikaConfig TIKA = loadTikaConfig();

    static {
        // PDFBox decodes a Type 0 font's glyph codes without a stream per code (EncodingCMaps: same codes)
        io.planex.ingest.pdf.EncodingCMaps.install();
    }

    private static TikaConfig loadTikaConfig() {
        try (InputStream in = DocumentReader.class.getResourceAsStream("tika-config.xml")) {
            if (in == null) throw new IllegalStateException("missing resource tika-config.xml");
            return new TikaConfig(in);
        } catch (TikaException | IOException | SAXException e) {
            throw new IllegalStateException("cannot read planex's Tika configuration", e);
        }
    }

    /**
     * Tika's own detection, run once per file, before we decide how to read it; plain-text files that no magic
     * clause matches skip the evaluation of all of them ({@link MagicShortcut}, same answers).
     */
    private final Detector detector = MagicShortcut.around(TIKA);
    /**
     * Tika's AutoDetectParser (kept for its zip-bomb guard and embedded-document handling) with a detector that
     * reuses the type {@link #read} has already detected (detecting twice was 6 % of a text PDF's ingest), and its
     * map of parsers worked out once ({@link ResolvedAutoDetectParser}).
     */
    private final AutoDetectParser parser = new ResolvedAutoDetectParser(TIKA, new KnownTypeDetector(detector));
    private volatile TesseractOcr ocr;

    public DocumentReader() {
        this(ReadOptions.defaults());
    }

    public DocumentReader(ReadOptions options) {
        this.options = options;
    }

    /** A reader with default options and the given OCR mode (what --ocr auto|always|never asks for). */
    public static DocumentReader withOcr(OcrMode mode) {
        return new DocumentReader(ReadOptions.withOcr(mode));
    }

    public ReadOptions options() {
        return options;
    }

    public IngestedDocument read(Path path) throws UnreadableFileException {
        long bytes;
        try {
            bytes = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("missing", "file not found: " + path, e);
        } catch (IOException e) {
            throw new UnreadableFileException("io-error", "cannot stat " + path + ": " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableFileException("not-a-file", "not a regular file: " + path);
        }
        if (bytes == 0) {
            throw new UnreadableFileException("empty", "file is empty: " + path);
        }
        if (bytes < SIDE_HASH_BYTES || Runtime.getRuntime().availableProcessors() < 2) {
            String sha256 = sha256(path);
            return read(path, bytes, () -> sha256);
        }
        // A large file (an archive export of many plans in one text) is hashed on a second thread while it is
        // read and repaired: SHA-256 of 24 MB is half a second of plain Java under C1, on the only busy core.
        // Hashing came first when it ran here, so its failure is the one reported whatever the read did.
        SideTask<String> hash = SideTask.start("planex-hash", () -> sha256(path));
        try {
            return read(path, bytes, () -> hash.join(UnreadableFileException.class));
        } catch (UnreadableFileException | RuntimeException | Error e) {
            hash.join(UnreadableFileException.class);
            throw e;
        }
    }

    /** Files at least this large are hashed on a second thread while they are read (see {@link #read(Path)}). */
    static final long SIDE_HASH_BYTES = 4L << 20;

    /** The file's SHA-256, given when the record is put together. */
    private interface Hash {
        String get() throws UnreadableFileException;
    }

    private IngestedDocument read(Path path, long bytes, Hash sha) throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(path)) {
            type = detector.detect(in, metadata);
        } catch (IOException e) {
            throw ioFailure(path, e);
        }
        metadata.set(KnownTypeDetector.DETECTED, type.toString());
        String base = type.getBaseType().toString();
        Read read;
        if (OCR_IMAGE_TYPES.contains(base)) {
            read = readImage(path);
        } else if (base.equals("text/plain")) {
            read = readText(path);
            type = MediaType.parse("text/plain; charset=" + read.charset.replaceAll("[ ()]+.*", ""));
        } else if (!isDocumentType(base)) {
            if (base.equals("application/zip") && OFFICE_EXTENSION.matcher(path.getFileName().toString()).find()) {
                throw new UnreadableFileException("corrupt", "corrupt or truncated file " + path
                        + ": not a valid Office/OpenDocument package");
            }
            throw new UnreadableFileException("unsupported", "unsupported file type " + base
                    + " (not a document format): " + path);
        } else {
            read = readWithTika(path, metadata, base.equals("application/pdf"), MARKUP_TYPES.contains(base));
        }
        List<PageText> raw = read.pages;
        boolean anyOcr = raw.stream().anyMatch(PageText::ocr);
        List<String> texts = raw.stream().map(PageText::text).toList();
        TextRepair.Repaired repaired = TextRepair.repair(texts, PARAGRAPH_TYPES.contains(base));
        List<Integer> ocrPages = new ArrayList<>();
        Map<Integer, String> ocrReasons = new TreeMap<>();
        for (PageText page : raw) {
            if (!page.ocr()) continue;
            ocrPages.add(page.number());
            ocrReasons.put(page.number(), read.ocrReasons.getOrDefault(page.number() - 1, OcrReason.NO_TEXT_LAYER));
        }
        SourceInfo source = new SourceInfo(path.getFileName().toString(), path.toString(), sha.get(),
                type.toString(), bytes, raw.size(), anyOcr, ocrPages, ocrReasons);
        return new IngestedDocument(source, repaired.text(), repaired.pageMap(), raw, repaired.origin());
    }

    /** Pages as read, the charset of a text file, and why each OCRed page (0-based) was OCRed. */
    private record Read(List<PageText> pages, String charset, Map<Integer, String> ocrReasons) {
        Read(List<PageText> pages, String charset) {
            this(pages, charset, Map.of());
        }
    }

    private Read readText(Path path) throws UnreadableFileException {
        try {
            TextFileDecoder.Decoded d = TextFileDecoder.decode(Files.readAllBytes(path));
            return new Read(formFeedPages(d.text()), d.charset());
        } catch (IOException e) {
            throw ioFailure(path, e);
        }
    }

    /**
     * A text file's pages: split after each form feed, as pdftotext and printers' text exports end a page, so that a
     * page's number or running title at its edge is known as such and each item gets its page. Each page keeps its
     * form feed (the pages put together are the file's text, offsets and all); a text without one is one page.
     */
    static List<PageText> formFeedPages(String text) {
        List<PageText> pages = new ArrayList<>();
        int start = 0;
        for (int ff = text.indexOf('\f'); ff >= 0; ff = text.indexOf('\f', start)) {
            pages.add(new PageText(pages.size() + 1, text.substring(start, ff + 1), false));
            start = ff + 1;
        }
        // the text after the last form feed is a page when it holds more than the file's last line break
        if (start < text.length() && !text.substring(start).isBlank() || pages.isEmpty()) {
            pages.add(new PageText(pages.size() + 1, text.substring(start), false));
        } else if (start < text.length()) {
            PageText last = pages.remove(pages.size() - 1);
            pages.add(new PageText(last.number(), last.text() + text.substring(start), false));
        }
        return pages;
    }

    private Read readWithTika(Path path, Metadata metadata, boolean pdf, boolean markup) throws UnreadableFileException {
        PageSplittingHandler handler = new PageSplittingHandler(markup);
        ParseContext context = new ParseContext();
        PDFParserConfig pdfConfig = new PDFParserConfig();
        pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR); // pages are OCRed here, in Vietnamese
        pdfConfig.setExtractInlineImages(false);
        // Not the AcroForm dump at the end of the text: signature fields come out as the signer's name, e-mail,
        // certificate authority and time, which are no part of the document's body. What widgets show on the
        // page (a number or day stamped into a blank) is read in place instead (PdfPageReader).
        pdfConfig.setExtractAcroFormContent(false);
        context.set(PDFParserConfig.class, pdfConfig);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true); // no OCR of embedded images through Tika's defaults (English, slow)
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(HtmlMapper.class, TableSpanHtmlMapper.INSTANCE);
        // a Word file whose lists restart (Tika would number them wrong) or that holds tracked changes, comments or
        // hidden text (Tika would read them as the text): a copy that it reads right (DocxPackage)
        Optional<Path> restarted = isDocx(metadata) ? DocxPackage.readableCopy(path) : Optional.empty();
        try (TikaInputStream in = TikaInputStream.get(restarted.orElse(path))) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("encrypted", "encrypted document (password needed): " + path, e);
        } catch (ZeroByteFileException e) {
            throw new UnreadableFileException("empty", "file is empty: " + path, e);
        } catch (TikaException | SAXException e) {
            if (hasCause(e, EncryptedDocumentException.class)
                    || hasCause(e, org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class)) {
                throw new UnreadableFileException("encrypted", "encrypted document (password needed): " + path, e);
            }
            throw new UnreadableFileException("corrupt", "corrupt or truncated file " + path + ": "
                    + rootMessage(e), e);
        } catch (IOException e) {
            throw ioFailure(path, e);
        } catch (RuntimeException e) {
            // Parsers throw runtime exceptions on some malformed input; a bad file must not stop a batch.
            throw new UnreadableFileException("corrupt", "corrupt file " + path + ": " + rootMessage(e), e);
        } finally {
            restarted.ifPresent(DocumentReader::deleteQuietly);
        }
        List<String> texts = handler.pages();
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            // a saved web page: the document without the portal's menu, field box and lists around it
            String text = markup ? WebPageFrame.singleSpaces(WebPageFrame.documentOf(texts.get(i))) : texts.get(i);
            pages.add(new PageText(i + 1, text, false));
        }
        if (!pdf) return new Read(wordCapitals(path, metadata, pages), "");
        return withSingleSpaces(readPdf(path, pages, metadata));
    }

    /** A PDF's pages with the spaces its justified lines doubled made single ({@link JustifiedSpacing}); OCR's kept. */
    private static Read withSingleSpaces(Read read) {
        List<PageText> pages = new ArrayList<>(read.pages().size());
        for (PageText p : read.pages()) {
            pages.add(p.ocr() ? p : new PageText(p.number(), JustifiedSpacing.collapse(p.text()), false));
        }
        return new Read(pages, read.charset(), read.ocrReasons());
    }

    private static boolean isDocx(Metadata metadata) {
        return String.valueOf(metadata.get(KnownTypeDetector.DETECTED))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary copy left behind is no reason to fail the read
        }
    }

    /**
     * A Word file's text with the runs set in a TCVN3 capitals font rewritten to decode as capitals; only files
     * whose text holds TCVN3 codes are read for their run fonts.
     */
    private static List<PageText> wordCapitals(Path path, Metadata metadata, List<PageText> pages) {
        boolean docx = isDocx(metadata);
        boolean doc = String.valueOf(metadata.get(KnownTypeDetector.DETECTED)).startsWith("application/msword");
        if (!(docx || doc) || pages.stream().noneMatch(p -> LegacyCapitals.looksLikeTcvn3(p.text()))) return pages;
        List<String> runs = OfficeCapitalRuns.of(path, docx);
        if (runs.isEmpty()) return pages;
        List<PageText> out = new ArrayList<>();
        for (PageText p : pages) out.add(new PageText(p.number(), LegacyCapitals.rewriteRuns(p.text(), runs), p.ocr()));
        return out;
    }

    /**
     * Completes a PDF's pages as Tika read them: the text of form and signature widgets put in place on the pages
     * that have them, and the pages the OCR mode asks for OCRed: under AUTO those with no usable text layer and
     * those whose text layer is garbled ({@link TextLayerJudge}). Fails "needs-ocr" when no page has text and OCR
     * is off or missing, "garbled-text-layer" when a page's text layer is garbled and OCR is missing.
     */
    private Read readPdf(Path path, List<PageText> pages, Metadata metadata) throws UnreadableFileException {
        int n = pages.size();
        int[] glyphs = perPage(metadata, "pdf:charsPerPage", n);
        int[] unmapped = perPage(metadata, "pdf:unmappedUnicodeCharsPerPage", n);
        Map<Integer, String> reasons = new TreeMap<>();
        boolean anyText = false;
        boolean anyGarbled = false;
        // how many words of marked vowels torn from their words each page has: when a page has enough to tell, the
        // document's pages are read again in the order of the page
        int[] displaced = new int[n];
        boolean anyDisplaced = false;
        for (int i = 0; i < n; i++) {
            String text = pages.get(i).text();
            boolean usable = hasUsableText(text);
            anyText |= usable;
            if (options.ocr() == OcrMode.ALWAYS) {
                reasons.put(i, OcrReason.ALWAYS);
                continue;
            }
            TextLayerJudge.Judgement judgement = TextLayerJudge.judge(text,
                    new TextLayerJudge.GlyphCounts(glyphs[i], unmapped[i]));
            displaced[i] = judgement.displacedWords();
            anyDisplaced |= judgement.displacedMarks();
            if (options.ocr() == OcrMode.AUTO) {
                TextLayerJudge.Verdict verdict = judgement.verdict();
                if (verdict == TextLayerJudge.Verdict.GARBLED) {
                    reasons.put(i, OcrReason.GARBLED_TEXT_LAYER);
                    // a page that only lost its marks still reads, without them, when there is no OCR to read it
                    anyGarbled |= !judgement.marksStripped();
                } else if (verdict == TextLayerJudge.Verdict.NO_TEXT || !usable) {
                    reasons.put(i, OcrReason.NO_TEXT_LAYER);
                }
            }
        }
        if (!anyText && options.ocr() == OcrMode.NEVER) throw needsOcr(path, "OCR is off (--ocr never)");
        boolean widgets = "true".equals(metadata.get("pdf:hasAcroFormFields"))
                || List.of(metadata.getValues("pdf:annotationSubtypes")).contains("Widget");
        boolean tcvn3 = pages.stream().anyMatch(p -> LegacyCapitals.looksLikeTcvn3(p.text()));
        // pages that may hold a ruled task table, decided from their text as read (no second parse of the others)
        boolean[] tablePages = new boolean[n];
        boolean tables = false;
        for (int i = 0; i < n; i++) tables |= tablePages[i] = TableTrigger.mayHoldTable(pages.get(i).text());
        // pages where a stamp turned along the margin came out as a column of scraps, to be read without it
        boolean[] turnedPages = new boolean[n];
        boolean turned = false;
        for (int i = 0; i < n; i++) turned |= turnedPages[i] = PdfPageReader.mayHoldTurnedRun(pages.get(i).text());
        // a signed document's number or day left blank in the header and its digits drawn last ("Số:      /QĐ-UBND"
        // ... "2417 18" after the footer): the first page is read again with the digits put in their blanks
        boolean lateFills = n > 0 && mayHaveLateFills(pages.get(0).text());
        if (reasons.isEmpty() && !widgets && !tcvn3 && !tables && !anyDisplaced && !lateFills && !turned) {
            return new Read(pages, "");
        }
        TesseractOcr.Availability availability = reasons.isEmpty() ? null : TesseractOcr.probe(options.language());
        if (availability != null && !availability.available()) {
            if (anyGarbled) {
                throw new UnreadableFileException(OcrReason.GARBLED_TEXT_LAYER, "garbled text layer: "
                        + path + " has pages whose text does not match what they show (pages "
                        + pagesWith(reasons, OcrReason.GARBLED_TEXT_LAYER) + "), and " + availability.problem());
            }
            if (!anyText) throw needsOcr(path, availability.problem());
            reasons.clear(); // pages with text are kept (marks stripped or not); the others stay empty
            if (!widgets && !tcvn3 && !tables && !anyDisplaced && !lateFills && !turned) return new Read(pages, "");
        }
        List<PageText> out = new ArrayList<>(pages);
        try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
            if (options.ocr() == OcrMode.AUTO) {
                // a short page of clean text that draws no image (a signature page) is read as it is, and so is
                // read again below like any other page
                reasons.entrySet().removeIf(e -> OcrReason.NO_TEXT_LAYER.equals(e.getValue())
                        && hasCleanText(pages.get(e.getKey()).text()) && !drawsImage(pdf.getPage(e.getKey())));
            }
            if (widgets || tcvn3 || tables || anyDisplaced || lateFills || turned) {
                reread(pdf, out, reasons, widgets, tables ? tablePages : null, anyDisplaced ? displaced : null,
                        lateFills, turnedPages);
            }
            if (reasons.isEmpty()) return new Read(out, "");
            PDFRenderer renderer = new ScanRenderer(pdf);
            PDFRenderer print = new PrintRenderer(pdf);
            PageImage page = (i, dpi) -> OcrReason.GARBLED_TEXT_LAYER.equals(reasons.get(i))
                    ? print.renderImageWithDPI(i, dpi, ImageType.GRAY)
                    : SealFilter.grey(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            reasons.keySet().removeIf(i -> isBlank(renderer, i));
            List<Integer> wanted = new ArrayList<>(reasons.keySet());
            PageText[] ocred = new PageText[pages.size()];
            ocrAll(path, wanted, i -> page.image(i, options.dpi()),
                    (i, text) -> ocred[i] = new PageText(i + 1, OcrPostCorrection.clean(text), true));
            for (int i : wanted) out.set(i, ocred[i]);
            if (reasons.containsKey(0)) {
                out.set(0, withHeaderDateReread(path, out.get(0), rest(out), page));
            }
        } catch (IOException e) {
            throw new UnreadableFileException("corrupt", "cannot render " + path + " for OCR: " + rootMessage(e), e);
        }
        return new Read(out, "", reasons);
    }

    /**
     * Re-reads with {@link PdfPageReader} the pages (not to be OCRed) that have widgets, to put the widgets' text
     * in place, the TCVN3 pages that use a capitals font, to keep their capitals, and the pages that may hold a
     * ruled table ({@code tablePages}, null for none) with the page after a table that runs to the foot of its page
     * (a table going on without its header), to write their tables as rows, the pages that may hold a stamp turned
     * along the margin ({@code turnedPages}), to drop it; with {@code displaced} (how many torn
     * words each page has; null when no page has enough to tell), every page in the order of the page. A page keeps
     * the text Tika gave it unless the re-reading found something of these.
     */
    private static void reread(PDDocument pdf, List<PageText> pages, Map<Integer, String> ocrReasons,
                               boolean widgets, boolean[] tablePages, int[] displaced, boolean lateFills,
                               boolean[] turnedPages) {
        PdfPageReader reader = null;
        PdfPageReader inPageOrder = null;
        // every page of a document that drew some page so: a short page (the signature's) has too few such words to
        // tell, and may have its letters glued to a word ("Tâmồ")
        boolean outOfOrder = displaced != null;
        boolean continued = false;
        for (int i = 0; i < pages.size() && i < pdf.getNumberOfPages(); i++) {
            boolean tableGoesOn = continued;
            continued = false;
            if (ocrReasons.containsKey(i)) continue;
            PDPage page = pdf.getPage(i);
            boolean capitals = LegacyCapitals.looksLikeTcvn3(pages.get(i).text())
                    && PdfPageReader.hasCapitalsFont(page);
            boolean tables = tablePages != null && tablePages[i] || tableGoesOn;
            if (!capitals && !tables && !outOfOrder && !turnedPages[i] && !(widgets && PdfPageReader.hasWidgets(page))
                    && !(lateFills && i == 0)) {
                continue;
            }
            try {
                PdfPageReader.PageRead read;
                if (outOfOrder) {
                    if (inPageOrder == null) inPageOrder = PdfPageReader.inPageOrder(true);
                    read = inPageOrder.read(pdf, i, tables);
                    // the torn words of the first reading ("Cơ quan ch  trì", "S n ph m") hid a task table's
                    // header from the trigger; the page's text in order shows it
                    if (!tables && TableTrigger.mayHoldTable(read.text())) read = inPageOrder.read(pdf, i, true);
                    // kept only when most letters are back in their words (a page drawn so for another reason, or
                    // a title set with letter spacing, keeps what Tika read)
                    TextLayerJudge.Judgement again = TextLayerJudge.judge(read.text(), TextLayerJudge.GlyphCounts.UNKNOWN);
                    if (2 * again.displacedWords() <= displaced[i] && again.verdict() != TextLayerJudge.Verdict.GARBLED) {
                        pages.set(i, new PageText(i + 1, read.text(), false));
                    }
                } else {
                    if (reader == null) reader = new PdfPageReader(tablePages != null);
                    read = reader.read(pdf, i, tables);
                    if (read.widgetRuns() > 0 || read.capitalWords() > 0 || read.tables() > 0 || read.crossGlyphs() > 0) {
                        pages.set(i, new PageText(i + 1, read.text(), false));
                    }
                }
                if (tableGoesOn && read.tables() > 0 && pages.get(i).text().equals(read.text())) {
                    // the table's row broken at the foot of the page before goes on here: one row again
                    String[] joined = TableText.joinRowSplitByPage(pages.get(i - 1).text(), read.text());
                    if (joined != null) {
                        pages.set(i - 1, new PageText(i, joined[0], pages.get(i - 1).ocr()));
                        pages.set(i, new PageText(i + 1, joined[1], false));
                    }
                }
                continued = read.tables() > 0 && read.endsInTable();
            } catch (IOException | RuntimeException e) {
                // the page as Tika read it stands
            }
        }
    }

    /** A header's number or day left blank ("Số:      /QĐ-UBND", "ngày      tháng 11"). */
    private static final Pattern BLANK_HEADER_FIELD = Pattern.compile(
            "(?m)^[ \\t]*Số[ \\t]*:[ \\t]{3,}/|(?iu)\\bngày[ \\t]{3,}tháng\\b");
    /** A line of digits alone, as a fill drawn after the page's text comes out at its end ("2417 18"). */
    private static final Pattern DIGITS_LINE = Pattern.compile("(?m)^[ \\t]*\\d{1,8}(?:[ \\t]+\\d{1,8}){0,3}[ \\t]*$");

    /** Whether the first page's text may have its blanks filled by digits drawn last ({@code LateFills}). */
    static boolean mayHaveLateFills(String firstPage) {
        return BLANK_HEADER_FIELD.matcher(firstPage).find() && DIGITS_LINE.matcher(firstPage).find();
    }

    private static String pagesWith(Map<Integer, String> reasons, String reason) {
        StringBuilder s = new StringBuilder();
        reasons.forEach((i, r) -> {
            if (r.equals(reason)) s.append(s.length() == 0 ? "" : ",").append(i + 1);
        });
        return s.toString();
    }

    /** A per-page integer sequence of Tika's PDF metadata; -1 where it is missing. */
    private static int[] perPage(Metadata metadata, String name, int pages) {
        int[] out = new int[pages];
        java.util.Arrays.fill(out, -1);
        String[] values = metadata.getValues(name);
        for (int i = 0; i < pages && i < values.length; i++) {
            try {
                out[i] = Integer.parseInt(values[i].trim());
            } catch (NumberFormatException e) {
                out[i] = -1;
            }
        }
        return out;
    }

    private Read readImage(Path path) throws UnreadableFileException {
        if (options.ocr() == OcrMode.NEVER) throw needsOcr(path, "OCR is off (--ocr never)");
        // One reader for all frames, read in order on this thread while the OCR runs on the pool.
        try (ImageInputStream iis = ImageIO.createImageInputStream(path.toFile())) {
            ImageReader reader = iis == null ? null : firstReader(iis);
            if (reader == null) throw new UnreadableFileException("unsupported", "no image reader for " + path);
            try {
                reader.setInput(iis, false, false);
                int count = reader.getNumImages(true);
                for (int i = 0; i < count; i++) refuseHugeFrame(path, i, reader.getWidth(i), reader.getHeight(i));
                TesseractOcr.Availability availability = TesseractOcr.probe(options.language());
                if (!availability.available()) throw needsOcr(path, availability.problem());
                List<Integer> frames = new ArrayList<>();
                for (int i = 0; i < count; i++) frames.add(i);
                PageText[] pages = new PageText[count];
                ocrAll(path, frames, i -> SealFilter.grey(reader.read(i)), (i, text) -> pages[i] = new PageText(i + 1, OcrPostCorrection.clean(text), true));
                if (count > 0) {
                    pages[0] = withHeaderDateReread(path, pages[0], rest(List.of(pages)),
                            (i, dpi) -> scaled(SealFilter.grey(reader.read(0)), (double) dpi / options.dpi()));
                }
                Map<Integer, String> reasons = new TreeMap<>();
                for (int i = 0; i < count; i++) reasons.put(i, OcrReason.IMAGE);
                return new Read(List.of(pages), "", reasons);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("corrupt", "corrupt image " + path + ": " + rootMessage(e), e);
        }
    }

    /**
     * Refuses a frame larger than {@link #MAX_IMAGE_PIXELS} from its header's dimensions, before any pixel is
     * decoded: a small file can claim 30000 x 30000 pixels and take gigabytes to decode.
     */
    private static void refuseHugeFrame(Path path, int frame, int width, int height) throws UnreadableFileException {
        long pixels = (long) width * height;
        if (pixels > MAX_IMAGE_PIXELS) {
            throw new UnreadableFileException("image-too-large", String.format(java.util.Locale.ROOT,
                    "image %s frame %d is %d x %d pixels (%.0f megapixels); the limit is %d megapixels", path,
                    frame + 1, width, height, pixels / 1e6, MAX_IMAGE_PIXELS / 1_000_000));
        }
    }

    /** The JDK's own reader when there is one (plugins on the classpath differ in what they accept). */
    private static ImageReader firstReader(ImageInputStream iis) {
        ImageReader first = null;
        for (var readers = ImageIO.getImageReaders(iis); readers.hasNext(); ) {
            ImageReader r = readers.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.")) return r;
            if (first == null) first = r;
        }
        return first;
    }

    /** A page's image at a given resolution, made on demand. */
    interface PageImage {
        BufferedImage image(int index, int dpi) throws IOException;
    }

    /**
     * Page 1 with its header date mended from two more readings, at a sixth coarser and a sixth finer resolution,
     * when the first reading gives a date that cannot be one, or one that differs from the document's own date
     * restated later in it (an attachment's caption, {@code rest}); when the readings do not all agree, the
     * restatement decides ({@link HeaderDateCheck}). A reading that fails is left out; the first reading stands
     * when none agree and nothing restates the date.
     */
    private PageText withHeaderDateReread(Path path, PageText page, String rest, PageImage image) {
        Optional<HeaderDateCheck.Date> restated = HeaderDateCheck.restatedDate(page.text(), rest);
        boolean impossible = HeaderDateCheck.needsMoreReadings(page.text());
        if (!impossible && !HeaderDateCheck.disagrees(page.text(), restated)) return page;
        List<String> others = new ArrayList<>();
        for (int dpi : new int[] {options.dpi() * 5 / 6, Math.min(1200, options.dpi() * 7 / 6)}) {
            try {
                others.add(OcrPostCorrection.clean(engine(path).read(image.image(0, dpi))));
            } catch (IOException | TikaException | SAXException | UnreadableFileException | RuntimeException e) {
                // this reading is left out
            }
        }
        String mended = impossible ? HeaderDateCheck.mend(page.text(), others) : page.text();
        return new PageText(page.number(), HeaderDateCheck.settle(mended, others, restated), page.ocr());
    }

    /** The text of the pages after the first, where an attachment may restate the document's number and date. */
    private static String rest(List<PageText> pages) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i) != null) out.append(pages.get(i).text()).append('\n');
        }
        return out.toString();
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) Math.round(image.getWidth() * factor);
        int h = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    interface PageSource {
        BufferedImage image(int index) throws IOException;
    }

    interface PageSink {
        void accept(int index, String text);
    }

    /**
     * Renders pages one at a time (renderers are not thread-safe) and OCRs them on {@link ReadOptions#ocrThreads}
     * threads, holding at most twice that many page images in memory.
     */
    private void ocrAll(Path path, List<Integer> indexes, PageSource source, PageSink sink)
            throws UnreadableFileException {
        TesseractOcr engine = engine(path);
        int threads = Math.min(options.ocrThreads(), indexes.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "planex-ocr");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(Math.max(1, threads) * 2);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int index : indexes) {
                inFlight.acquire();
                BufferedImage image;
                try {
                    image = source.image(index);
                } catch (IOException | RuntimeException e) {
                    inFlight.release();
                    throw new UnreadableFileException("corrupt", "cannot render page " + (index + 1) + " of "
                            + path + ": " + rootMessage(e), e);
                }
                futures.add(pool.submit(() -> {
                    try {
                        sink.accept(index, engine.read(image));
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("interrupted", "interrupted while OCRing " + path, e);
        } catch (ExecutionException e) {
            throw new UnreadableFileException("ocr-failed", "OCR failed on " + path + ": " + rootMessage(e), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private TesseractOcr engine(Path path) throws UnreadableFileException {
        TesseractOcr e = ocr;
        if (e != null) return e;
        synchronized (this) {
            if (ocr == null) {
                try {
                    ocr = new TesseractOcr(options.language(), (int) options.ocrTimeout().toSeconds());
                } catch (TikaException ex) {
                    throw new UnreadableFileException("needs-ocr", path + " needs OCR, but tesseract cannot start: "
                            + rootMessage(ex), ex);
                }
            }
            return ocr;
        }
    }

    /** Markup whose line breaks inside a text are spaces ({@link PageSplittingHandler}). */
    private static final Set<String> MARKUP_TYPES = Set.of("text/html", "application/xhtml+xml");

    /**
     * Formats whose text is paragraphs, one a line (a word processor's, or markup's blocks), never lines broken by
     * a page layout: {@link TextRepair} joins no full line to the next.
     */
    private static final Set<String> PARAGRAPH_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "application/rtf",
            "application/vnd.ms-word.document.macroenabled.12", "text/html", "application/xhtml+xml");

    private static boolean isDocumentType(String base) {
        for (String prefix : DOCUMENT_TYPE_PREFIXES) {
            if (base.startsWith(prefix)) return true;
        }
        return false;
    }

    /** True when the text has enough letters to be a real text layer rather than a scan's stray marks. */
    static boolean hasUsableText(String text) {
        Letters count = Letters.of(text);
        return count.letters() >= MIN_LETTERS && count.clean();
    }

    /**
     * True when the text has at least one letter and no junk to speak of: a short but real text layer (a page that
     * holds only the signer's name). On a page without images, that text is all the page has to say.
     */
    static boolean hasCleanText(String text) {
        Letters count = Letters.of(text);
        return count.letters() > 0 && count.clean();
    }

    /** Letters and junk characters (replacement, private-use, control) of a page's text layer. */
    private record Letters(int letters, int junk) {
        static Letters of(String text) {
            int letters = 0;
            int junk = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) { // most of a page: decided without Character's tables
                    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                        letters++;
                    } else if (c < ' ' && (c < '\t' || c > '\r') && (c < 0x1C || c > 0x1F) || c == 0x7F) {
                        junk++; // a control that is no whitespace (Character.isWhitespace: \t-\r and 0x1C-0x1F)
                    }
                } else if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                        || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                    junk++;
                } else if (Character.isLetter(c)) {
                    letters++;
                }
            }
            return new Letters(letters, junk);
        }

        /** Junk is under a tenth of the letters: a text layer, not the mojibake of a font without a Unicode map. */
        boolean clean() {
            return junk * 10 < letters;
        }
    }

    /**
     * True when the page paints an image XObject, directly or inside a form (scanners put each page in one). A
     * page that paints none has nothing for OCR to read beyond its text layer, apart from text drawn as outlines,
     * which has no text layer at all and so is still OCRed. Broken resources count as an image: OCR decides.
     */
    static boolean drawsImage(PDPage page) {
        try {
            return drawsImage(page.getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean drawsImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) return false;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) return true;
            if (object instanceof PDFormXObject form && drawsImage(form.getResources(), depth + 1)) return true;
        }
        return false;
    }

    /**
     * True when page {@code index} draws nothing: no pixel of a coarse rendering is darker than light grey.
     * A blank page (a separator, the empty back of a sheet) has no text layer either, and rendering it at OCR
     * resolution and running Tesseract on it costs a second or so for nothing. A page that fails to render is
     * not blank: the OCR rendering will report it.
     */
    static boolean isBlank(PDFRenderer renderer, int index) {
        BufferedImage image;
        try {
            image = renderer.renderImageWithDPI(index, BLANK_CHECK_DPI, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (byte p : pixels) {
            if ((p & 0xFF) < INK_LEVEL) return false;
        }
        return true;
    }

    private static UnreadableFileException needsOcr(Path path, String why) {
        return new UnreadableFileException("needs-ocr", "scanned file needs-ocr: " + path
                + " has no page with a text layer, and " + why);
    }

    private static String sha256(Path path) throws UnreadableFileException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
        } catch (IOException e) {
            throw ioFailure(path, e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static UnreadableFileException ioFailure(Path path, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new UnreadableFileException("permission-denied", "no permission to read " + path, e);
        }
        if (e instanceof NoSuchFileException) {
            return new UnreadableFileException("missing", "file vanished before it was read: " + path, e);
        }
        if (e instanceof FileSystemException) {
            return new UnreadableFileException("io-error", "cannot read " + path + ": " + rootMessage(e), e);
        }
        // Not a file-system failure: the parser choked on the bytes (a truncated zip, a broken stream).
        return new UnreadableFileException("corrupt", "corrupt or truncated file " + path + ": " + rootMessage(e), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
