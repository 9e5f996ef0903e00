package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The members of {@code .zip} bundles, read as documents: a member is known as the zip's key, {@code "!/"} and its
 * name inside the zip ({@code /archive/bundle.zip!/a/plan.pdf}). Only the central directory is read to list a
 * zip, so an unchanged zip costs one directory read; a member is inflated to a temporary file only to be read.
 *
 * <p>Guards, the zip-bomb limits of POI (which Tika applies to DOCX and the like) and more: a zip of more than
 * {@link #MAX_ENTRIES} entries or whose members claim more than {@link #MAX_TOTAL_BYTES} in all is refused whole;
 * a member that inflates more than {@link #MAX_RATIO} times (past 1 MiB) is refused as a bomb, and inflation stops
 * at the size the member declared and at {@code --max-bytes}, whichever is smaller, since the declared size may
 * lie. Names that climb out of the zip ({@code ../}, absolute, drive letters) are refused. Litter inside (a
 * {@code __MACOSX} folder, {@code .DS_Store}) is skipped as on disk; a zip inside a zip is reported, not opened.
 */
final class ZipBundles {
    static final String SEPARATOR = "!/";
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 4L << 30;
    /** POI's ZipSecureFile refuses entries that inflate more than 100 times (its minimum inflate ratio 0.01). */
    static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private static final Pattern MEMBER_KEY = Pattern.compile("(?i)\\.zip!/");

    private ZipBundles() {}

    static boolean isZip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The key of the zip holding the member {@code key}, or null when {@code key} names a file. */
    static String zipKeyOf(String key) {
        Matcher m = MEMBER_KEY.matcher(key);
        return m.find() ? key.substring(0, m.start() + 4) : null;
    }

    /**
     * Lists {@code zip}'s members as candidates to {@code sink}; returns false (after handing over one failure for
     * the zip itself) when the zip cannot be opened or is refused whole.
     */
    static boolean list(Path zip, Litter litter, Consumer<Candidate> sink) {
        String zipKey = PathKeys.key(zip);
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipFile file = open(zip)) {
            long declared = 0;
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entries.size() >= MAX_ENTRIES) {
                    sink.accept(Candidate.failed(zip, "zip-too-many-entries", zipKey + " holds more than "
                            + MAX_ENTRIES + " entries"));
                    return false;
                }
                if (entry.getSize() > 0) declared += entry.getSize();
                entries.add(entry);
            }
            if (declared > MAX_TOTAL_BYTES) {
                sink.accept(Candidate.failed(zip, "zip-too-large", zipKey + " would expand to " + declared
                        + " bytes, over " + MAX_TOTAL_BYTES));
                return false;
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(Candidate.failed(zip, "corrupt", "cannot open zip " + zipKey + ": " + e.getMessage()));
            return false;
        }
        entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
        for (ZipEntry entry : entries) {
            if (entry.isDirectory()) continue;
            String name = entry.getName();
            String key = zipKey + SEPARATOR + name;
            long mtime = entry.getTime();
            if (unsafe(name)) {
                sink.accept(member(zip, key, name, -1, -1, "unsafe-name", "refused: the name " + name
                        + " points outside the zip", false));
            } else if (litter(name, litter)) {
                sink.accept(member(zip, key, name, -1, -1, "litter", "not a document: " + key, true));
            } else if (isZip(name)) {
                sink.accept(member(zip, key, name, -1, -1, "zip-in-zip", "a zip inside a zip is not opened: " + key
                        + " (unpack the outer zip to ingest it)", true));
            } else if (entry.getSize() > RATIO_GRACE_BYTES && entry.getCompressedSize() > 0
                    && entry.getSize() / entry.getCompressedSize() > MAX_RATIO) {
                sink.accept(member(zip, key, name, entry.getSize(), mtime, "zip-bomb", key + " inflates "
                        + entry.getSize() / entry.getCompressedSize() + " times (limit " + MAX_RATIO + ")", false));
            } else {
                sink.accept(member(zip, key, name, entry.getSize(), mtime, null, null, false));
            }
        }
        return true;
    }

    private static Candidate member(Path zip, String key, String name, long size, long mtime, String reason,
                                    String message, boolean skipped) {
        return new Candidate(zip, key, size, mtime, reason, message, skipped, name);
    }

    /**
     * Inflates member {@code name} of {@code zip} into a new temporary file (its extension kept, for type
     * detection) and returns it; the caller deletes it and its folder ({@link #delete}).
     */
    static Path extract(Path zip, String name, long maxBytes) throws UnreadableFileException {
        Path dir = null;
        try (ZipFile file = open(zip)) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) throw new UnreadableFileException("missing", name + " is no longer in " + zip);
            long limit = Math.min(maxBytes, entry.getSize() >= 0 ? entry.getSize() : maxBytes);
            dir = Files.createTempDirectory("planex-zip");
            Path out = dir.resolve("member" + extension(name));
            long written = 0;
            try (InputStream in = file.getInputStream(entry); OutputStream o = Files.newOutputStream(out)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    written += n;
                    if (written > limit) {
                        throw new UnreadableFileException(written > maxBytes ? "too-large" : "zip-bomb",
                                name + " in " + PathKeys.key(zip) + " inflates past "
                                        + (limit == maxBytes ? "--max-bytes " : "its declared size ") + limit);
                    }
                    o.write(buf, 0, n);
                }
            }
            return out;
        } catch (UnreadableFileException e) {
            delete(dir);
            throw e;
        } catch (ZipException e) {
            delete(dir);
            boolean encrypted = e.getMessage() != null && e.getMessage().contains("encrypted");
            throw new UnreadableFileException(encrypted ? "encrypted" : "corrupt", name + " in " + PathKeys.key(zip)
                    + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw new UnreadableFileException("corrupt", name + " in " + PathKeys.key(zip) + ": " + e, e);
        }
    }

    /** Deletes a file {@link #extract} made, with its folder. */
    static void delete(Path fileOrDir) {
        if (fileOrDir == null) return;
        Path dir = Files.isDirectory(fileOrDir) ? fileOrDir : fileOrDir.getParent();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary file left behind is not worth failing a document for
        }
    }

    /** Names are UTF-8 when the zip says so (or is valid UTF-8), else the zip format's default code page 437. */
    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            if (e.getMessage() == null || !e.getMessage().toLowerCase(Locale.ROOT).contains("malformed")
                    && !e.getMessage().contains("bad entry name")) {
                throw e;
            }
            return new ZipFile(zip.toFile(), Charset.forName("IBM437"));
        }
    }

    static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("(?s)^[A-Za-z]:.*") || n.indexOf('\0') >= 0) return true;
        for (String part : n.split("/")) if (part.equals("..")) return true;
        return false;
    }

    private static boolean litter(String name, Litter litter) {
        for (String part : name.split("/")) if (!part.isEmpty() && litter.matches(part)) return true;
        return false;
    }

    private static String extension(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String ext = dot < 0 ? "" : last.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : "";
    }
}
