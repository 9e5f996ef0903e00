package io.planex.bench.ingest;

import io.planex.testkit.Documents;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the scanned variant of a text PDF: each page rendered as print (PDFBox, RGB, so seals and signatures keep
 * their colour) and written as one JPEG image per page, with no text layer. Reading the variant goes through OCR,
 * so comparing its record with the text PDF's measures what OCR loses (docs/bench/ingest-read.md, "Scanned
 * variants").
 *
 * <pre>
 *   RenderAsScan [--dpi 200] [--quality 0.75] [--suffix -scan] OUTDIR FILE.pdf...
 *       writes OUTDIR/NAME-scan.pdf for each FILE.pdf (NAME without ".pdf")
 * </pre>
 * The variants are for a check run by hand: write them outside the repository (/tmp).
 */
public final class RenderAsScan {
    private RenderAsScan() {}

    public static void main(String[] args) throws Exception {
        int dpi = 200;
        float quality = 0.75f;
        String suffix = "-scan";
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dpi" -> dpi = Integer.parseInt(args[++i]);
                case "--quality" -> quality = Float.parseFloat(args[++i]);
                case "--suffix" -> suffix = args[++i];
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 2 || dpi < 72 || dpi > 600 || quality <= 0 || quality > 1) {
            System.err.println("usage: RenderAsScan [--dpi 200] [--quality 0.75] [--suffix -scan] OUTDIR FILE.pdf...");
            System.exit(2);
        }
        Path out = Path.of(rest.get(0));
        Files.createDirectories(out);
        int failed = 0;
        for (String name : rest.subList(1, rest.size())) {
            Path in = Path.of(name);
            String base = in.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            Path target = out.resolve(base + suffix + ".pdf");
            try {
                Files.write(target, asScan(in, dpi, quality));
                System.err.println(in + " -> " + target);
            } catch (Exception e) {
                failed++;
                System.err.println(in + ": " + e);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** The PDF's pages as an image-only PDF of JPEGs at the given resolution. */
    static byte[] asScan(Path pdf, int dpi, float quality) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
        }
        return Documents.imagePdf(pages, dpi, quality);
    }
}
