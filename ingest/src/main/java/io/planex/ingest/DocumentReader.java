package io.planex.ingest;

import io.planex.extract.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * Reads one file with Apache Tika into page texts, then repairs them into the text extraction reads.
 * Thread-safe: one instance serves many threads.
 */
public final class DocumentReader {
    private final Parser parser = new AutoDetectParser();

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
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        PageSplittingHandler handler = new PageSplittingHandler();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
            parser.parse(in, handler, metadata, new ParseContext());
            in.transferTo(OutputStreamSink.INSTANCE); // hash the bytes the parser did not read
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("permission-denied", "no permission to read " + path, e);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("missing", "file vanished before it was read: " + path, e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("encrypted", "encrypted document: " + path, e);
        } catch (TikaException e) {
            throw new UnreadableFileException("corrupt", "cannot parse " + path + ": " + rootMessage(e), e);
        } catch (IOException | SAXException e) {
            throw new UnreadableFileException("io-error", "cannot read " + path + ": " + rootMessage(e), e);
        }
        List<PageText> raw = new ArrayList<>();
        List<String> pages = handler.pages();
        for (int i = 0; i < pages.size(); i++) {
            raw.add(new PageText(i + 1, pages.get(i), false));
        }
        TextRepair.Repaired repaired = TextRepair.repair(pages);
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        SourceInfo source = new SourceInfo(path.getFileName().toString(), path.toString(),
                HexFormat.of().formatHex(sha.digest()), mediaType, bytes, raw.size(), false);
        return new IngestedDocument(source, repaired.text(), repaired.pageMap(), raw);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** Discards bytes; used to finish hashing a stream. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

}
