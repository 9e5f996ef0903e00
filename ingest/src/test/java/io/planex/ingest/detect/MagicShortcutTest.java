package io.planex.ingest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.corpus.RealSizePlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcut against what it replaces: Tika's full detection (the default detector) on the same files, and
 * {@link MagicIndex#anyMatches} against evaluating every one of Tika's magics, on plans in every encoding planex
 * reads, adversarial texts (markup, mail and HTTP headers, scripts, RTF, PDF, PostScript, archives and images
 * inside a .txt), random bytes, and headers built to make each byte-pattern magic leaf true.
 */
class MagicShortcutTest {
    private static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    private static final Detector FULL = CONFIG.getDetector();
    private static final Detector FAST = MagicShortcut.around(CONFIG);
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static MagicIndex index;
    private static List<?> magics;
    private static Method eval;

    /** Openings and fragments that some magic of Tika's looks for, put in plain text here. */
    private static final List<String> SNIPPETS = List.of("<html>", "<HTML><head><title>x</title></head>",
            "<!DOCTYPE html>\n<html>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root/>",
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "<h1>Tiêu đề</h1>", "<div>",
            "From: a@b.vn\nTo: c@d.vn\nSubject: Kế hoạch\nDate: Mon, 1 Jan 2024 00:00:00 +0700\n\n",
            "Message-ID: <1@b.vn>\nContent-Type: text/plain\n", "Return-Path: <a@b.vn>\nReceived: from x\n",
            "X-Mailer: x\nMIME-Version: 1.0\n", "#!/bin/sh\necho x\n", "#!/usr/bin/env python\nprint(1)\n",
            "{\\rtf1\\ansi\\deff0 {\\fonttbl}", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n", "%!PS-Adobe-3.0\n",
            "\r\n%AI5_FileFormat 3\r\n", "BEGIN:VCARD\nVERSION:3.0\n", "BEGIN:VCALENDAR\n", "user-agent: *\nallow: /\n",
            "digraph G { a -> b }", "/* c */ graph x {}", "GIF89a", "\u0089PNG\r\n\u001a\n", "ÿØÿà\u0000\u0010JFIF",
            "ID3\u0003\u0000", "OggS\u0000\u0002", "RIFF\u0000\u0000\u0000\u0000WAVEfmt ", "PK\u0003\u0004\u0014\u0000",
            "\u001f\u008b\b\u0000", "ÐÏ\u0011à¡±\u001aá", "BZh91AY&SY", "7z¼¯'\u001c", "Rar!\u001a\u0007\u0000",
            "\\documentclass{article}", "@echo off\r\n", "<?php echo 1; ?>", "import java.util.List;\n",
            "package main\n", "--boundary\nContent-Disposition: form-data\n", "[Desktop Entry]\n", "BOOKMOBI",
            "SQLite format 3\u0000", "\u0000\u0000\u0001\u0000", "MZ\u0090\u0000", "\u007fELF", "WEBVTT\n", "1\n00:00:01,000 --> 00:00:02,000\n",
            "# Title\n\n## Sub\n", "{\"a\": 1}", "---\nkey: value\n", "<!-- comment -->", "<?xml", "%%!", "Date: x\n",
            "\ufeff", "ustar\u000000", "070701", "!<arch>\n", "CD001", "SAS FILE", "Spreadsheet");

    @BeforeAll
    static void readTika() throws ReflectiveOperationException {
        index = MagicIndex.of(TYPES).orElseThrow();
        Field f = MimeTypes.class.getDeclaredField("magics");
        f.setAccessible(true);
        magics = (List<?>) f.get(TYPES);
        eval = Class.forName("org.apache.tika.mime.Magic").getDeclaredMethod("eval", byte[].class);
        eval.setAccessible(true);
    }

    @Test
    void coversAllOfTikasMagicsAndLeavesFewToTika() {
        assertEquals(magics.size(), index.magicCount());
        assertTrue(magics.size() > 500, "Tika's magics read: " + magics.size());
        assertTrue(index.alwaysEvaluated() < 30, "magics left to Tika every time: " + index.alwaysEvaluated());
    }

    @Test
    void plainPlansTakeTheShortcut() {
        RealSizePlans plans = new RealSizePlans(7);
        for (int i = 0; i < 20; i++) {
            byte[] h = header(plans.text(i).getBytes(StandardCharsets.UTF_8));
            assertFalse(bruteForce(h));
            assertTrue(index.candidates(h).size() <= index.alwaysEvaluated(), "plan " + i + " leaves magics open");
        }
    }

    @Test
    void anyMatchesIsTikasMagicOnEveryLeafExampleAndAdversarialText() {
        RealSizePlans plans = new RealSizePlans(3);
        byte[] plan = plans.text(1).getBytes(StandardCharsets.UTF_8);
        List<byte[]> headers = new ArrayList<>();
        headers.addAll(index.leafExamples(Arrays.copyOf(plan, 2000)));
        headers.addAll(index.leafExamples(new byte[0]));
        headers.addAll(index.leafExamples(new byte[70]));
        for (byte[] text : adversarial(new Random(5), plans, 600)) headers.add(header(text));
        int matched = 0;
        for (byte[] h : headers) {
            boolean expected = bruteForce(h);
            assertEquals(expected, index.anyMatches(h), () -> "header " + preview(h));
            if (expected) matched++;
        }
        assertTrue(matched > headers.size() / 3, "magics matched in " + matched + " of " + headers.size());
    }

    @Test
    void detectsWhatTikaDetectsOnFiles(@TempDir Path dir) throws IOException {
        RealSizePlans plans = new RealSizePlans(9);
        List<byte[]> contents = new ArrayList<>();
        Charset cp1258 = Charset.forName("windows-1258");
        Charset cp1252 = Charset.forName("windows-1252");
        for (int i = 0; i < 12; i++) {
            String t = plans.text(i);
            contents.add(t.getBytes(StandardCharsets.UTF_8));
            contents.add(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, t.getBytes(StandardCharsets.UTF_8)));
            contents.add(t.getBytes(StandardCharsets.UTF_16LE));
            contents.add(t.getBytes(StandardCharsets.UTF_16)); // with a byte-order mark
            contents.add(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).getBytes(cp1258));
            contents.add(LegacyEncoding.TCVN3.encode(t).getBytes(cp1252));
            contents.add(LegacyEncoding.VNI.encode(t).getBytes(cp1252));
        }
        contents.addAll(adversarial(new Random(11), plans, 250));
        String[] names = {"plan.txt", "PLAN.TXT", "plan", "plan.csv", "plan.html", "ke-hoach.txt", "a.b.txt"};
        int shortcut = 0;
        int n = 0;
        for (byte[] content : contents) {
            String name = names[n % names.length];
            Path file = dir.resolve(n++ + "-" + name);
            Files.write(file, content);
            MediaType full = detect(FULL, file, name);
            assertEquals(full, detect(FAST, file, name), () -> file + ": " + preview(content));
            if (full.equals(MediaType.TEXT_PLAIN) && !bruteForce(header(content))) shortcut++;
        }
        assertTrue(shortcut > contents.size() / 4, "files where the shortcut answers: " + shortcut);
    }

    /**
     * Files whose name says a type other than plain text (PDF, Word, Office packages, images, HTML): real files
     * of those types, the same files cut short or with a second format's opening put in front or inside, and the
     * adversarial texts, each under every name; the shortcut must give Tika's answer on all of them and answer by
     * itself on the real PDFs.
     */
    @Test
    void namedTypesGetWhatTikaDetects(@TempDir Path dir) throws IOException {
        RealSizePlans plans = new RealSizePlans(13);
        List<byte[]> contents = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 0; i < 3; i++) pdfs.add(Documents.textPdf(plans.text(i).substring(0, 2500), Layout.standard()));
        contents.addAll(pdfs);
        contents.add(Documents.docx(plans.text(4).substring(0, 2000)));
        contents.add(Documents.png(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB)));
        byte[] pdf = pdfs.get(0);
        contents.add(Arrays.copyOf(pdf, 600));
        contents.add(Arrays.copyOf(pdf, 5));
        for (String snippet : SNIPPETS) {
            byte[] s = snippet.getBytes(StandardCharsets.ISO_8859_1);
            contents.add(concat(s, pdf));
            byte[] inside = pdf.clone();
            System.arraycopy(s, 0, inside, Math.min(200, inside.length - s.length), s.length);
            contents.add(inside);
            contents.add(concat(Arrays.copyOf(pdf, 40), s));
        }
        contents.addAll(adversarial(new Random(17), plans, 150));
        String[] names = {"plan.pdf", "PLAN.PDF", "plan.docx", "plan.doc", "plan.png", "plan.html", "plan.rtf",
            "plan.xml", "plan.zip", "plan.ai"};
        int shortcut = 0;
        int n = 0;
        for (byte[] content : contents) {
            for (String name : names) {
                Path file = dir.resolve(n++ + "-" + name);
                Files.write(file, content);
                MediaType full = detect(FULL, file, name);
                assertEquals(full, detect(FAST, file, name), () -> file + ": " + preview(content));
            }
        }
        MediaType pdfType = MediaType.application("pdf");
        for (byte[] p : pdfs) {
            if (index.onlyTypeMatches(header(p), pdfType)) shortcut++;
        }
        assertEquals(pdfs.size(), shortcut, "real PDFs the shortcut answers");
    }

    /** Plans with snippets at the start, the middle or the end, in several encodings, and random bytes. */
    private static List<byte[]> adversarial(Random random, RealSizePlans plans, int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String plan = plans.text(20 + random.nextInt(30));
            if (random.nextInt(3) == 0) plan = plan.substring(0, random.nextInt(Math.min(plan.length(), 3000)));
            String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
            int where = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> Math.min(plan.length(), random.nextInt(100));
                case 2 -> random.nextInt(plan.length() + 1);
                default -> plan.length();
            };
            String text = plan.substring(0, where) + snippet + plan.substring(where);
            byte[] bytes = switch (random.nextInt(6)) {
                case 0 -> text.getBytes(StandardCharsets.ISO_8859_1);
                case 1 -> text.getBytes(Charset.forName("windows-1258"));
                default -> text.getBytes(StandardCharsets.UTF_8);
            };
            if (random.nextInt(8) == 0) { // raw binary: random bytes, short or long
                bytes = new byte[random.nextBoolean() ? random.nextInt(12) + 1 : random.nextInt(70_000) + 1];
                random.nextBytes(bytes);
            }
            if (random.nextInt(10) == 0) bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length) + 1); // truncated
            out.add(bytes);
        }
        return out;
    }

    private static MediaType detect(Detector detector, Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        }
    }

    private static boolean bruteForce(byte[] header) {
        try {
            for (Object magic : magics) {
                if ((Boolean) eval.invoke(magic, (Object) header)) return true;
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] header(byte[] bytes) {
        return bytes.length <= TYPES.getMinLength() ? bytes : Arrays.copyOf(bytes, TYPES.getMinLength());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String preview(byte[] h) {
        return new String(h, 0, Math.min(h.length, 120), StandardCharsets.ISO_8859_1).replace("\n", "\\n")
                + " (" + h.length + " bytes)";
    }
}
