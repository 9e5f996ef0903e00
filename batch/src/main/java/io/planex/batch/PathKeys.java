package io.planex.batch;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The string under which a file is known in the state store, the index and the report: its absolute, normalised
 * path. A path whose bytes do not survive decoding to a Java string (a file name that is not valid in the
 * platform's file name encoding, e.g. byte 0xFF under UTF-8, or any non-ASCII name under the C locale) is
 * written as its {@code file:} URI instead, whose percent-escapes keep every byte: two such names never collide,
 * and {@link #toPath} finds the file again.
 */
public final class PathKeys {
    private PathKeys() {}

    public static String key(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return isLossless(abs) ? abs.toString() : abs.toUri().toString();
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
        return key.startsWith("file:") ? Path.of(URI.create(key)) : Path.of(key);
    }
}
