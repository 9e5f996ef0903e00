package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats and failures that need no OCR. */
class DocumentReaderTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final String PARAGRAPHS = String.join("\n",
            "KẾ HOẠCH",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
            "Ủy ban nhân dân xã giao Mặt trận Tổ quốc xã chủ trì, phối hợp các đoàn thể thực hiện.",
            "Thời gian hoàn thành trước ngày 18 tháng 11 năm 2024.");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void textPdfIsReadPageByPageWithPageNumbers() throws Exception {
        String text = SamplePlans.PLAN + "\n\fPhụ lục: danh sách tổ dân phòng các ấp.";
        IngestedDocument doc = READER.read(write("plan.pdf", Documents.textPdf(text, Layout.standard())));
        assertEquals(2, doc.source().pages());
        assertEquals("application/pdf", doc.source().mediaType());
        assertFalse(doc.source().ocr());
        assertTrue(doc.rawPages().stream().noneMatch(PageText::ocr));
        assertTrue(doc.text().contains("KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 12-CT/HU"), doc.text());
        assertTrue(doc.text().contains("\nNơi nhận:\n- Ban Thường vụ Huyện ủy;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n"
                + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Mỹ Duyên"), doc.text());
        // The wrapped paragraph is one line again.
        assertTrue(doc.text().contains("phối hợp chặt chẽ với Công an xã; báo cáo kết quả thực hiện về Ủy ban nhân"
                + " dân xã trước ngày 15/11/2024."), doc.text());
        int appendix = doc.text().indexOf("Phụ lục");
        assertEquals(2, doc.pageMap().pageOf(appendix));
        assertEquals(1, doc.pageMap().pageOf(doc.text().indexOf("Trần Thị Mỹ Duyên")));
        assertEquals(2, doc.origin().rawPosition(appendix).page());
    }

    @Test
    void blankPageStaysEmptyWithoutOcr() throws Exception {
        // A text page, a blank page (the empty back of a sheet), a text page: the blank one has no text layer,
        // but there is nothing to OCR on it either.
        byte[] pdf = Documents.textPdf(SamplePlans.SHORT_PAGE_1 + "\n\f\n\f" + SamplePlans.SHORT_PAGE_2,
                Layout.standard());
        IngestedDocument doc = READER.read(write("with-blank.pdf", pdf));
        assertEquals(3, doc.source().pages());
        assertFalse(doc.source().ocr(), "no page was OCRed");
        assertTrue(doc.rawPages().get(1).text().isBlank(), doc.rawPages().get(1).text());
        assertFalse(doc.rawPages().get(2).text().isBlank());
    }

    @Test
    void shortTextPageWithoutImagesKeepsItsTextLayer() throws Exception {
        // The last page holds only the signer's name: fewer letters than a usable page needs, but it is print,
        // not a scan, and OCR would only read the same name again.
        byte[] pdf = Documents.textPdf(SamplePlans.SHORT_PAGE_1 + "\n\fLê Văn An", Layout.standard());
        IngestedDocument doc = READER.read(write("signature-page.pdf", pdf));
        assertEquals(2, doc.source().pages());
        assertFalse(doc.source().ocr(), "no page was OCRed");
        assertEquals("Lê Văn An", doc.rawPages().get(1).text().strip());
    }

    @Test
    void imagesAreSeenOnScansOnly() throws Exception {
        byte[] scan = Documents.scannedPdf("Số: 12/KH-UBND", Layout.standard(), 100,
                io.planex.testkit.PageImages.Degradation.none());
        byte[] print = Documents.textPdf("Số: 12/KH-UBND", Layout.standard());
        try (PDDocument image = Loader.loadPDF(scan); PDDocument text = Loader.loadPDF(print)) {
            assertTrue(DocumentReader.drawsImage(image.getPage(0)));
            assertFalse(DocumentReader.drawsImage(text.getPage(0)));
        }
        assertTrue(DocumentReader.hasCleanText(" Lê Văn An "));
        assertFalse(DocumentReader.hasCleanText(" 3 "));
        assertFalse(DocumentReader.hasCleanText("\uFFFD\uFFFD a \uFFFD"));
    }

    /**
     * The letter and junk counts behind both checks, decided for ASCII without Character's tables, against
     * Character's own classes on every char of the Basic Multilingual Plane: one char after ten letters (one junk
     * char among ten letters is too much), and the char alone (a letter or not).
     */
    @Test
    void letterAndJunkCountsFollowCharactersClassesOnEveryChar() {
        for (char c = 0; c < 0xFFFF; c++) {
            boolean junk = c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                    || Character.isISOControl(c) && !Character.isWhitespace(c);
            boolean letter = !junk && Character.isLetter(c);
            String one = "abcdefghij" + c;
            char shown = c;
            assertEquals(!junk, DocumentReader.hasUsableText(one), () -> "U+" + Integer.toHexString(shown));
            assertEquals(letter, DocumentReader.hasCleanText(String.valueOf(c)), () -> "U+" + Integer.toHexString(shown));
        }
    }

    @Test
    void blankCheckSeesOneShortLineAndAScanButNotAnEmptyPage() throws Exception {
        byte[] oneLine = Documents.textPdf(SamplePlans.SHORT_PAGE_1 + "\n\f\n\fSố: 12/KH-UBND", Layout.standard());
        byte[] scan = Documents.scannedPdf("Số: 12/KH-UBND", Layout.standard(), 100,
                io.planex.testkit.PageImages.Degradation.none());
        try (PDDocument text = Loader.loadPDF(oneLine); PDDocument image = Loader.loadPDF(scan)) {
            PDFRenderer textPages = new PDFRenderer(text);
            assertEquals(3, text.getNumberOfPages());
            assertTrue(DocumentReader.isBlank(textPages, 1), "the empty page");
            assertFalse(DocumentReader.isBlank(textPages, 2), "one line of print");
            assertFalse(DocumentReader.isBlank(new PDFRenderer(image), 0), "an image of print");
            assertFalse(DocumentReader.isBlank(textPages, 7), "a page that cannot render is not called blank");
        }
    }

    @Test
    void docxComesBackCharacterExact() throws Exception {
        IngestedDocument doc = READER.read(write("plan.docx", Documents.docx(SamplePlans.PLAN)));
        assertEquals(SamplePlans.PLAN, doc.text());
        assertTrue(doc.source().mediaType().contains("wordprocessingml"), doc.source().mediaType());
    }

    /**
     * Footnotes citing directives: a DOCX's references (POI writes "[footnoteRef:2]") go, its notes' text stays; a
     * text PDF's markers glued to the body go, and its notes stand aside for the paragraph that runs over the page.
     */
    @Test
    void footnotesLeaveNoMarksInTheText() throws Exception {
        IngestedDocument docx = READER.read(write("notes.docx", Documents.docxWithFootnotes(
                "Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị[[Kết luận số 150-KL/TW ngày 10/8/2026.]] và Kế"
                        + " hoạch số 88-KH/TU[[Kế hoạch số 88-KH/TU ngày 25/9/2026 của Tỉnh ủy.]], Huyện ủy ban hành.")));
        assertTrue(docx.text().contains("của Bộ Chính trị và Kế hoạch số 88-KH/TU, Huyện ủy ban hành."), docx.text());
        assertTrue(docx.text().contains("Kế hoạch số 88-KH/TU ngày 25/9/2026 của Tỉnh ủy."), docx.text());
        assertFalse(docx.text().contains("noteRef"), docx.text());

        // an ODT's note is given inside its sentence: its text follows the paragraph instead
        String note = "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>Kết luận số 150-KL/TW ngày 10/8/2026.</text:p></text:note-body></text:note>";
        IngestedDocument odt = READER.read(write("notes.odt",
                odt("Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị" + note + " và Kế hoạch số 88-KH/TU.\nI. MỤC ĐÍCH")));
        assertEquals("Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Kế hoạch số 88-KH/TU.\n1 Kết luận số 150-KL/TW"
                + " ngày 10/8/2026.\nI. MỤC ĐÍCH", odt.text().replace("\n\n", "\n"));

        String page1 = String.join("\n",
                "Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị1, Huyện ủy ban hành kế hoạch.",
                "1. Ban Dân vận Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ trước ngày 30/112",
                "và gửi về Văn phòng Huyện ủy để", "", "1Kết luận số 150-KL/TW ngày 10/8/2026.",
                "2Báo cáo gửi qua Ban Dân vận Tỉnh ủy.");
        byte[] pdf = Documents.textPdf(page1 + "\n\f\ntheo dõi.\n2. Ban Tuyên giáo Huyện ủy chỉ đạo.", Layout.standard());
        IngestedDocument doc = READER.read(write("notes.pdf", pdf));
        assertTrue(doc.text().contains("Bộ Chính trị, Huyện ủy"), doc.text());
        assertTrue(doc.text().contains("trước ngày 30/11 và gửi về Văn phòng Huyện ủy để theo dõi."), doc.text());
        assertTrue(doc.text().contains("2Báo cáo gửi qua Ban Dân vận Tỉnh ủy."), doc.text());
    }

    @Test
    void tcvn3AndVniWordFilesAreDecoded() throws Exception {
        String tcvn3Era = SamplePlans.PLAN.replace("Ủy ban nhân dân xã trước", "Uỷ ban nhân dân xã trước")
                .replace("Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện uỷ");
        IngestedDocument tcvn3 = READER.read(write("tcvn3.docx", Documents.docx(LegacyEncoding.TCVN3.encode(tcvn3Era))));
        assertEquals(tcvn3Era, tcvn3.text());
        IngestedDocument vni = READER.read(write("vni.docx", Documents.docx(LegacyEncoding.VNI.encode(SamplePlans.PLAN))));
        assertEquals(SamplePlans.PLAN, vni.text());
    }

    @Test
    void plainTextInUtf8Utf16AndWindows1258() throws Exception {
        assertEquals(PARAGRAPHS, READER.read(write("a.txt", PARAGRAPHS.getBytes(StandardCharsets.UTF_8))).text());
        assertEquals(PARAGRAPHS, READER.read(write("b.txt", PARAGRAPHS.getBytes(StandardCharsets.UTF_16))).text());
        assertEquals(PARAGRAPHS, READER.read(write("c.txt", PARAGRAPHS.getBytes(StandardCharsets.UTF_16LE))).text());
        // Windows-1258 writes tone marks as combining characters; the reader gives NFC.
        byte[] cp1258 = cp1258Bytes(PARAGRAPHS);
        IngestedDocument doc = READER.read(write("d.txt", cp1258));
        assertEquals(PARAGRAPHS, doc.text());
        assertTrue(doc.source().mediaType().contains("windows-1258"), doc.source().mediaType());
    }

    /** A text file with form feeds, as pdftotext writes one: its pages, each page's number at its edge dropped. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "page number at the top of the next page, between a window's two days ¦ 1. Các khu dân cư tổ chức trong thời gian từ ngày 01/11/2026 đến\\f                2\\n\\n    ngày 18/11/2026, tại nhà văn hóa.\\f ¦ 2 ¦ 1. Các khu dân cư tổ chức trong thời gian từ ngày 01/11/2026 đến ngày 18/11/2026, tại nhà văn hóa.",
        "page number at the foot of its page ¦ Kế hoạch này thực hiện trong năm 2026 và\\n\\n  1\\fcác năm tiếp theo.\\n ¦ 2 ¦ Kế hoạch này thực hiện trong năm 2026 và các năm tiếp theo.",
        "no form feed: one page ¦ Một trang.\\nHai dòng.\\n ¦ 1 ¦ Một trang.\\nHai dòng.",
    })
    void formFeedsSplitATextFileIntoPages(String layout, String file, int pages, String text) throws Exception {
        String content = file.replace("\\f", "\f").replace("\\n", "\n");
        IngestedDocument doc = READER.read(write("ff.txt", content.getBytes(StandardCharsets.UTF_8)));
        assertEquals(pages, doc.source().pages(), layout);
        assertEquals(text.replace("\\n", "\n"), doc.text(), layout);
        // the pages put together are the file's text: raw offsets are the file's
        assertEquals(content, doc.rawPages().stream().map(PageText::text).collect(java.util.stream.Collectors.joining()));
    }

    @Test
    void tcvn3AndVniTextFilesAreDecoded() throws Exception {
        String text = PARAGRAPHS.replace("Ủy ban", "Uỷ ban");
        byte[] tcvn3 = LegacyEncoding.TCVN3.encode(text).getBytes(Charset.forName("windows-1252"));
        assertEquals(text, READER.read(write("tcvn3.txt", tcvn3)).text());
        byte[] vni = LegacyEncoding.VNI.encode(PARAGRAPHS).getBytes(Charset.forName("windows-1252"));
        assertEquals(PARAGRAPHS, READER.read(write("vni.txt", vni)).text());
    }

    @Test
    void usableTextLayerNeedsRealLetters() {
        assertFalse(DocumentReader.hasUsableText(" \n 3 \n"));
        assertFalse(DocumentReader.hasUsableText("\uFFFD\uFFFD\uFFFD\uFFFD abc def ghi jk \uFFFD\uFFFD"));
        assertTrue(DocumentReader.hasUsableText("KT. CHỦ TỊCH\nNguyễn Văn Bình"));
    }

    /** Windows-1258 has precomposed â, ê, ô, ă, ơ, ư, đ and combining tone marks: encode letter by letter. */
    private static byte[] cp1258Bytes(String nfd) {
        String mixed = java.text.Normalizer.normalize(nfd, java.text.Normalizer.Form.NFC);
        Charset cs = Charset.forName("windows-1258");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < mixed.length(); i++) {
            String ch = String.valueOf(mixed.charAt(i));
            if (cs.newEncoder().canEncode(ch)) {
                out.writeBytes(ch.getBytes(cs));
                continue;
            }
            String d = java.text.Normalizer.normalize(ch, java.text.Normalizer.Form.NFD);
            // the letter with its vowel mark (â, ơ...), then the tone mark as a combining character
            String tone = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base = java.text.Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    java.text.Normalizer.Form.NFC);
            out.writeBytes(base.getBytes(cs));
            out.writeBytes(tone.getBytes(cs));
        }
        byte[] b = out.toByteArray();
        assertEquals(mixed, java.text.Normalizer.normalize(new String(b, cs), java.text.Normalizer.Form.NFC));
        return b;
    }

    @Test
    void htmlRtfAndOdt() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>Tiêu đề trang</title></head><body>"
                + "<p>KẾ HOẠCH</p><p>Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024</p>"
                + "<ul><li>Mặt trận Tổ quốc xã chủ trì;</li><li>Các đoàn thể phối hợp.</li></ul></body></html>";
        IngestedDocument h = READER.read(write("a.html", html.getBytes(StandardCharsets.UTF_8)));
        // Tika separates HTML blocks with a blank line, which repair keeps as a paragraph break; a list's items get
        // the bullet a browser shows
        assertEquals("KẾ HOẠCH\n\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024\n\n- Mặt trận Tổ quốc xã chủ trì;"
                + "\n\n- Các đoàn thể phối hợp.", h.text());

        IngestedDocument r = READER.read(write("a.rtf", rtf(PARAGRAPHS).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(PARAGRAPHS, r.text().replace("\n\n", "\n"));

        IngestedDocument o = READER.read(write("a.odt", odt(PARAGRAPHS)));
        assertEquals(PARAGRAPHS, o.text().replace("\n\n", "\n"));
        assertTrue(o.source().mediaType().contains("opendocument.text"), o.source().mediaType());
    }

    @Test
    void htmlSourceLineBreaksAreSpacesAsABrowserShowsThem() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>\n<p>Thực hiện Nghị quyết số 35-NQ/TW\n"
                + "ngày 22/10/2018 của Bộ Chính trị về công tác\nQuy hoạch cán bộ</p>\n<p>Đoạn hai<br>Dòng mới</p>\n"
                + "<pre>Bảng\nHai dòng</pre></body></html>";
        IngestedDocument h = READER.read(write("wrapped.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về công tác Quy hoạch cán bộ"
                + "\n\nĐoạn hai\nDòng mới\n\nBảng\nHai dòng", h.text());
    }

    /** RTF with each non-ASCII character as \\uN? and one paragraph per line. */
    private static String rtf(String text) {
        StringBuilder s = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 ");
        for (String line : text.split("\n")) {
            for (char c : line.toCharArray()) {
                if (c < 128) s.append(c);
                else s.append("\\u").append((int) c).append('?');
            }
            s.append("\\par\n");
        }
        return s.append('}').toString();
    }

    private static byte[] odt(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\""
                    + "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
                    + "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            StringBuilder body = new StringBuilder();
            for (String line : text.split("\n")) body.append("<text:p>").append(line).append("</text:p>");
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\""
                    + "urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\""
                    + "urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body>"
                    + "<office:text>" + body + "</office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void failuresHaveClearReasons() throws Exception {
        assertReason("empty", write("empty.pdf", new byte[0]));
        assertReason("missing", dir.resolve("nothing-here.pdf"));
        assertReason("not-a-file", dir);

        byte[] pdf = Documents.textPdf(SamplePlans.PLAN, Layout.standard());
        assertReason("corrupt", write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3)));
        byte[] docx = Documents.docx(SamplePlans.PLAN);
        assertReason("corrupt", write("truncated.docx", Arrays.copyOf(docx, docx.length / 2)));

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        UnreadableFileException e = assertReason("unsupported", write("blob.bin", noise));
        assertTrue(e.getMessage().contains("unsupported"), e.getMessage());

        assertReason("encrypted", write("locked.pdf", encrypted(pdf)));

        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("photos/list.csv"));
            zip.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertReason("unsupported", write("archive.zip", zipBytes.toByteArray()));
    }

    @Test
    void imageClaimingHugeDimensionsIsRefusedFromItsHeader() throws Exception {
        Path huge = write("huge.png", Documents.pngClaiming(30_000, 30_000));
        UnreadableFileException e = assertReason("image-too-large", huge);
        assertTrue(e.getMessage().contains("30000 x 30000"), e.getMessage());
        assertReason("image-too-large", write("wide.png", Documents.pngClaiming(64_001, 1_000)));
        // a normal size passes the check and is then read (here: found truncated, or no OCR on this machine)
        UnreadableFileException small = assertThrows(UnreadableFileException.class,
                () -> READER.read(write("small.png", Documents.pngClaiming(2_000, 2_000))));
        assertNotEquals("image-too-large", small.reason(), small.getMessage());
    }

    /** A large file is hashed on a second thread while it is read: same hash, same text as a small one's way. */
    @Test
    void largeFileHashedAlongsideItsReadingHasItsOwnHashAndText() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < DocumentReader.SIDE_HASH_BYTES; i++) {
            text.append(PARAGRAPHS.replace("Kế hoạch", "Kế hoạch " + i)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        IngestedDocument large = READER.read(write("merged.txt", bytes));
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, large.source().sha256());
        assertEquals(TextRepair.repair(java.util.List.of(text.toString())).text(), large.text());
    }

    @Test
    void unreadableLargeFileIsPermissionDeniedToo() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        byte[] bytes = new byte[(int) DocumentReader.SIDE_HASH_BYTES + 10];
        Arrays.fill(bytes, (byte) 'a');
        Path p = write("secret-large.txt", bytes);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assertReason("permission-denied", p);
    }

    @Test
    void unreadableFileIsPermissionDenied() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path p = write("secret.txt", PARAGRAPHS.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assertReason("permission-denied", p);
    }

    @Test
    void scannedPdfWithOcrOffNeedsOcr() throws Exception {
        byte[] scan = Documents.scannedPdf(SamplePlans.SHORT_PAGE_1, Layout.standard(), 100,
                io.planex.testkit.PageImages.Degradation.none());
        DocumentReader never = DocumentReader.withOcr(OcrMode.NEVER);
        UnreadableFileException e = assertReason("needs-ocr", write("scan.pdf", scan), never);
        assertTrue(e.getMessage().contains("needs-ocr"), e.getMessage());
        assertReason("needs-ocr", write("scan.png", Documents.png(io.planex.testkit.PageImages.render(
                SamplePlans.SHORT_PAGE_1, Layout.standard(), 100, io.planex.testkit.PageImages.Degradation.none())
                .get(0))), never);
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static UnreadableFileException assertReason(String reason, Path path) {
        return assertReason(reason, path, READER);
    }

    private static UnreadableFileException assertReason(String reason, Path path, DocumentReader reader) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(path));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
