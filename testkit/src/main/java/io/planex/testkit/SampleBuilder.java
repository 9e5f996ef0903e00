package io.planex.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the binary documents of {@code samples/} from their text sources, so that they can be regenerated and
 * reviewed as text. Usage: {@code SampleBuilder SAMPLES_DIR}.
 *
 * <ul>
 *   <li>a Party committee plan as DOCX,
 *   <li>a district decision as a PDF with a text layer,
 *   <li>the commune plan of {@code samples/ke-hoach-ubnd-xa-an-thinh.txt} as a scanned PDF (200 dpi JPEG pages,
 *       slightly skewed and speckled), so the demo exercises OCR.
 * </ul>
 */
public final class SampleBuilder {
    private SampleBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleBuilder SAMPLES_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.write(dir.resolve("ke-hoach-dang-uy-phuong-hoa-loc.docx"),
                Documents.docx(source("ke-hoach-dang-uy-phuong-hoa-loc.txt")));
        Files.write(dir.resolve("quyet-dinh-ubnd-huyen-long-dien.pdf"),
                Documents.textPdf(source("quyet-dinh-ubnd-huyen-long-dien.txt"), Layout.standard()));
        String commune = Files.readString(dir.resolve("ke-hoach-ubnd-xa-an-thinh.txt"), StandardCharsets.UTF_8);
        PageImages.Degradation scan = new PageImages.Degradation(0, 0.0008, 0.4, 2023);
        Files.write(dir.resolve("ke-hoach-ubnd-xa-an-thinh.scan.pdf"),
                Documents.imagePdf(PageImages.render(commune, Layout.standard(), 200, scan), 200, 0.8f));
    }

    /** A text source shipped with the testkit ({@code io/planex/testkit/samples/NAME}). */
    public static String source(String name) {
        try (InputStream in = SampleBuilder.class.getResourceAsStream("/io/planex/testkit/samples/" + name)) {
            if (in == null) throw new IllegalArgumentException("no sample source " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
