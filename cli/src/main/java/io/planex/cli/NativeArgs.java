package io.planex.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line's arguments as the bytes the user typed, decoded as UTF-8 whatever the locale.
 *
 * <p>The JVM decodes {@code argv} with {@code sun.jnu.encoding}, which follows the locale and cannot be changed
 * from the command line: under {@code LC_ALL=C}, {@code env -i}, cron or a bare container it is ASCII and every
 * Vietnamese letter arrives as '?'. On Linux the original bytes are still in {@code /proc/self/cmdline}; this
 * reads them back. An argument whose bytes are not valid UTF-8 but name an existing file (a name written under
 * another encoding) becomes that file's {@code file:} URI, which {@link PathConverter} turns back into the very
 * same bytes. Anything that does not line up with what the JVM decoded is left as the JVM decoded it.
 */
final class NativeArgs {
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private NativeArgs() {}

    static String[] recover(String[] args) {
        if (args.length == 0 || !Files.isReadable(CMDLINE)) return args;
        try {
            return recover(args, Files.readAllBytes(CMDLINE), jnuCharset());
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** {@code cmdline}: NUL-terminated arguments, the program's own last. */
    static String[] recover(String[] args, byte[] cmdline, Charset jvmDecoding) {
        List<byte[]> all = split(cmdline);
        if (all.size() < args.length) return args;
        List<byte[]> mine = all.subList(all.size() - args.length, all.size());
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            byte[] raw = mine.get(i);
            // The JVM decoded these same bytes into args[i]: if they do not, the lists do not line up.
            if (!new String(raw, jvmDecoding).equals(args[i]) && !sameAscii(raw, args[i])) return args;
            String utf8 = strictUtf8(raw);
            out[i] = utf8 != null ? utf8 : undecodable(raw, args[i]);
        }
        return out;
    }

    /** An argument that is not UTF-8: the file: URI of the file it names, if one exists; else as decoded. */
    private static String undecodable(byte[] raw, String decoded) {
        try {
            String cwd = Path.of("").toAbsolutePath().toUri().getRawPath();
            StringBuilder uri = new StringBuilder("file://");
            if (raw.length == 0 || raw[0] != '/') uri.append(cwd.endsWith("/") ? cwd : cwd + "/");
            for (byte b : raw) {
                int c = b & 0xff;
                if (c == '/' || (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0))) {
                    uri.append((char) c);
                } else {
                    uri.append(String.format("%%%02X", c));
                }
            }
            Path p = Path.of(URI.create(uri.toString()));
            return Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? uri.toString() : decoded;
        } catch (RuntimeException e) {
            return decoded;
        }
    }

    /** Same characters where the bytes are ASCII; the JVM may have turned each other byte into '?' or U+FFFD. */
    private static boolean sameAscii(byte[] raw, String decoded) {
        StringBuilder ascii = new StringBuilder();
        for (byte b : raw) if (b >= 0) ascii.append((char) b);
        StringBuilder kept = new StringBuilder();
        for (char c : decoded.toCharArray()) if (c < 0x80 && c != '?') kept.append(c);
        return ascii.toString().replace("?", "").equals(kept.toString());
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                out.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) out.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        return out;
    }

    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
