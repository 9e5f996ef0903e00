package io.planex.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small Word packages for tests: a document part and one part it refers to, written as a DOCX. */
final class TestDocx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private TestDocx() {}

    /**
     * Writes {@code file}: {@code word/document.xml} with {@code body} inside its {@code w:body}, and {@code
     * word/<kind>.xml} holding {@code partXml}, related to the document as {@code kind} ("numbering", "comments").
     */
    static Path write(Path file, String body, String kind, String partXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + WORD_TYPE + "document.main+xml\"/>"
                + "<Override PartName=\"/word/" + kind + ".xml\" ContentType=\"" + WORD_TYPE + kind + "+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PACKAGE_RELS
                + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_RELS + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_RELS + kind + "\" Target=\"" + kind
                + ".xml\"/></Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "</w:body></w:document>");
        parts.put("word/" + kind + ".xml", partXml);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
