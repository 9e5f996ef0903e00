package io.planex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A Word file made readable to Tika before it is parsed: its restarted lists resolved ({@link DocxNumbering}), its
 * tracked changes accepted and its comments and hidden text dropped ({@link DocxRevisions}), its cells merged down
 * over several rows written in each ({@link DocxMergedCells}). Most files need none of it and are not copied.
 */
final class DocxPackage {
    private DocxPackage() {}

    /**
     * A copy of the DOCX at {@code docx} with the parts that need it rewritten, in a temporary file the caller
     * deletes; empty when no part needs it (most files) or the file cannot be read as a package.
     */
    static Optional<Path> readableCopy(Path docx) {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            Map<String, byte[]> rewritten = new HashMap<>();
            byte[] numbering = part(zip, DocxNumbering.NUMBERING);
            // cheap first: a file without the word has nothing to resolve
            if (numbering != null && new String(numbering, java.nio.charset.StandardCharsets.UTF_8).contains("startOverride")) {
                DocxNumbering.resolve(numbering).ifPresent(b -> rewritten.put(DocxNumbering.NUMBERING, b));
            }
            byte[] document = part(zip, DocxRevisions.DOCUMENT);
            if (document != null) readableDocument(document).ifPresent(b -> rewritten.put(DocxRevisions.DOCUMENT, b));
            if (rewritten.isEmpty()) return Optional.empty();
            Path copy = Files.createTempFile("planex-docx", ".docx");
            try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream z = new ZipOutputStream(out)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    z.putNextEntry(new ZipEntry(e.getName()));
                    byte[] replaced = rewritten.get(e.getName());
                    if (replaced != null) {
                        z.write(replaced);
                    } else {
                        try (InputStream in = zip.getInputStream(e)) {
                            in.transferTo(z);
                        }
                    }
                    z.closeEntry();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            // not a readable package: Tika reads the file itself and reports what is wrong with it
            return Optional.empty();
        }
    }

    /**
     * {@code document.xml} with its changes accepted and its merged cells written out, parsed and written once; empty
     * when the bytes show neither (most files) or nothing changed.
     */
    private static Optional<byte[]> readableDocument(byte[] documentXml) {
        String xml = new String(documentXml, java.nio.charset.StandardCharsets.UTF_8);
        boolean revisions = DocxRevisions.mayHoldAny(xml);
        boolean merged = DocxMergedCells.mayHoldAny(xml);
        if (!revisions && !merged) return Optional.empty();
        org.w3c.dom.Document doc = DocxNumbering.parsed(documentXml);
        if (doc == null) return Optional.empty();
        boolean changed = revisions && DocxRevisions.accept(doc);
        changed |= merged && DocxMergedCells.mark(doc);
        return changed ? DocxNumbering.serialize(doc) : Optional.empty();
    }

    private static byte[] part(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) return null;
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
