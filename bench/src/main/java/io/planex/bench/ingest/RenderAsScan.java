package io.planex.bench.ingest;

import io.planex.testkit.Documents;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 *   RenderAsScan [--dpi 200] [--quality 0.75] [--suffix -scan] [--skew DEG] [--noise P] [--gray] OUTDIR FILE.pdf...
 *       writes OUTDIR/NAME-scan.pdf for each FILE.pdf (NAME without ".pdf")
 * </pre>
 * {@code --skew} turns each page by that many degrees (a sheet fed askew), {@code --noise} sets that share of the
 * pixels to a random grey (the speckle of a photocopy, fixed seed so a run is repeatable), {@code --gray} drops
 * colour as a black-and-white copier does (the seal's red then reads as grey over the print).
 * The variants are for a check run by hand: write them outside the repository (/tmp).
 */
public final class RenderAsScan {
    private RenderAsScan() {}

    public static void main(String[] args) throws Exception {
        int dpi = 200;
        float quality = 0.75f;
        String suffix = "-scan";
        double skew = 0;
        double noise = 0;
        boolean gray = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dpi" -> dpi = Integer.parseInt(args[++i]);
                case "--quality" -> quality = Float.parseFloat(args[++i]);
                case "--suffix" -> suffix = args[++i];
                case "--skew" -> skew = Double.parseDouble(args[++i]);
                case "--noise" -> noise = Double.parseDouble(args[++i]);
                case "--gray" -> gray = true;
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 2 || dpi < 72 || dpi > 600 || quality <= 0 || quality > 1 || Math.abs(skew) > 10
                || noise < 0 || noise > 0.5) {
            System.err.println("usage: RenderAsScan [--dpi 200] [--quality 0.75] [--suffix -scan] [--skew DEG]"
                    + " [--noise P] [--gray] OUTDIR FILE.pdf...");
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
                Files.write(target, asScan(in, dpi, quality, new Wear(skew, noise, gray)));
                System.err.println(in + " -> " + target);
            } catch (Exception e) {
                failed++;
                System.err.println(in + ": " + e);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** What a scanner or copier does to a sheet besides sampling it: turn it, speckle it, drop its colour. */
    record Wear(double skewDegrees, double noise, boolean gray) {
        BufferedImage apply(BufferedImage page, long seed) {
            BufferedImage out = page;
            if (skewDegrees != 0) {
                out = turned(out, Math.toRadians(skewDegrees));
            }
            if (gray) {
                BufferedImage g = new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                g.getGraphics().drawImage(out, 0, 0, null);
                BufferedImage rgb = new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.getGraphics().drawImage(g, 0, 0, null);
                out = rgb;
            }
            if (noise > 0) {
                Random random = new Random(seed);
                long n = (long) (noise * out.getWidth() * out.getHeight());
                for (long k = 0; k < n; k++) {
                    int v = random.nextInt(256);
                    out.setRGB(random.nextInt(out.getWidth()), random.nextInt(out.getHeight()), (v << 16) | (v << 8) | v);
                }
            }
            return out;
        }

        private static BufferedImage turned(BufferedImage page, double radians) {
            BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(radians, out.getWidth() / 2.0, out.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
            g.dispose();
            return out;
        }
    }

    /** The PDF's pages as an image-only PDF of JPEGs at the given resolution. */
    static byte[] asScan(Path pdf, int dpi, float quality, Wear wear) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(wear.apply(renderer.renderImageWithDPI(i, dpi, ImageType.RGB), i));
            }
        }
        return Documents.imagePdf(pages, dpi, quality);
    }
}
