package io.planex.batch;

import io.planex.index.IndexFields;
import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.corpus.PlanGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Test inputs and a look inside the index. */
final class Fixtures {
    private Fixtures() {}

    static String planText(int i) {
        return new PlanGenerator(42).generate(i).text();
    }

    /** Writes {@code n} distinct plain-text plans named plan-N.txt. */
    static List<Path> writePlans(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("plan-%03d.txt", i));
            Files.writeString(p, planText(i), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    static byte[] textPdf(int i) {
        return Documents.textPdf(planText(i), Layout.standard());
    }

    /** A PDF encrypted with this user password ("" opens without asking, as many "protected" PDFs do). */
    static byte[] encryptedPdf(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A DOCX whose word/document.xml inflates to {@code inflatedBytes}: the other parts come from a real DOCX so
     * that it is detected as one. Streams through a deflater; nothing large touches the disk.
     */
    static void writeZipBomb(Path target, long inflatedBytes) throws IOException {
        byte[] docx = Documents.docx("Kế hoạch");
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    writeBombXml(out, inflatedBytes);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static void writeBombXml(OutputStream out, long bytes) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (long written = 0; written < bytes; written += chunk.length) out.write(chunk);
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

    /** id -> stored paths of every live document; a duplicate id fails. */
    static Map<String, List<String>> indexed(Path index) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            var liveDocs = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (liveDocs != null && !liveDocs.get(i)) continue;
                Document d = reader.storedFields().document(i);
                List<String> paths = new ArrayList<>();
                for (IndexableField f : d.getFields(IndexFields.PATH)) paths.add(f.stringValue());
                paths.sort(null);
                if (out.put(d.get(IndexFields.ID), paths) != null) {
                    throw new AssertionError("duplicate document " + d.get(IndexFields.ID));
                }
            }
        }
        return out;
    }

    /** The report, one map per line, by path. */
    static Map<String, com.fasterxml.jackson.databind.JsonNode> report(Path file) throws IOException {
        Map<String, com.fasterxml.jackson.databind.JsonNode> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            var node = io.planex.extract.json.RecordJson.mapper().readTree(line);
            out.put(node.get("path").asText(), node);
        }
        return out;
    }
}
