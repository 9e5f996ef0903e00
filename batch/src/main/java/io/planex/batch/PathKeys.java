package io.planex.batch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * The string under which a file is known in the state store, the index and the report: its absolute, normalised
 * path, as UTF-8 text whatever the JVM's file name encoding ({@code sun.jnu.encoding}, which follows the locale:
 * under LANG=C it is ASCII and Java cannot even spell a Vietnamese file name). A name whose bytes are not valid
 * UTF-8 (e.g. byte 0xFF) is written as its {@code file:} URI, whose percent-escapes keep every byte: two such
 * names never collide, and {@link #toPath} finds every file again. Keys are composed (NFC), so a name stored
 * decomposed (NFD, as macOS writes it) and the same name typed composed are one key; {@link #locate} finds the
 * file on disk whichever form it has.
 */
public final class PathKeys {
    private PathKeys() {}

    public static String key(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (isLossless(abs)) return nfc(abs.toString());
        URI uri = abs.toUri();
        String utf8 = strictUtf8(percentDecode(uri.getRawPath()));
        return utf8 != null ? nfc(utf8) : uri.toString();
    }

    /** Composed (NFC): the one spelling of a name, whichever form the file system stores it in. */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The file a key (or a name typed on the command line) names on disk: its own spelling when that exists, else,
     * folder by folder, the entry whose name is the same after NFC. macOS writes names decomposed (NFD) and a
     * copy keeps them so; keys and people spell them composed. When nothing matches, the key's own spelling.
     */
    public static Path locate(String key) {
        Path direct = toPath(key);
        if (key.startsWith("file:") || Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) return direct;
        Path at = direct.getRoot();
        if (at == null) return direct;
        for (Path part : direct) {
            Path next = at.resolve(part);
            if (Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                at = next;
                continue;
            }
            String want = name(next);
            Path match = null;
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(at)) {
                for (Path child : dir) {
                    if (name(child).equals(want)) {
                        match = child;
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return direct;
            }
            if (match == null) return direct;
            at = match;
        }
        return at;
    }

    /** True when the file a key names exists, in whichever Unicode form its name is stored. */
    public static boolean exists(String key) {
        return Files.exists(locate(key), LinkOption.NOFOLLOW_LINKS);
    }

    private static String name(Path p) {
        String k = key(p);
        return k.substring(k.lastIndexOf('/') + 1);
    }

    /** True when {@code path.toString()} names the same file again. */
    public static boolean isLossless(Path path) {
        try {
            return Path.of(path.toString()).equals(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public static Path toPath(String key) {
        if (key.startsWith("file:")) return Path.of(URI.create(key));
        try {
            Path p = Path.of(key);
            if (p.toString().equals(key)) return p;
        } catch (InvalidPathException e) {
            // not spellable in this JVM's file name encoding: go through the URI, which carries UTF-8 bytes
        }
        try {
            // Only a "file:///" URI in ASCII form reaches the file system as bytes; others go through
            // java.io.File, which encodes with sun.jnu.encoding and fails.
            return Path.of(URI.create("file://" + new URI(null, null, key, null).toASCIIString()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path key: " + key, e);
        }
    }

    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
