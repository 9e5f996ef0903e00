package io.planex.cli;

import io.planex.batch.PathKeys;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns an argument into a Path whatever the JVM's file name encoding: a name Java cannot spell under the
 * locale (Vietnamese under LC_ALL=C) goes through a file: URI, which carries its UTF-8 bytes, and a
 * {@code file:} URI (what {@link NativeArgs} makes of a name that is not UTF-8) names its exact bytes.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return toPath(value);
        } catch (RuntimeException e) {
            throw new TypeConversionException("not a usable path: '" + value + "' (" + e.getMessage() + ")");
        }
    }

    /**
     * The path as spelled; when no file has that spelling, the file whose name is the same after NFC (a name
     * stored decomposed, as macOS writes it, typed composed), if there is one.
     */
    static Path toPath(String value) {
        Path spelled = spelled(value);
        if (value.startsWith("file:") || Files.exists(spelled, LinkOption.NOFOLLOW_LINKS)) return spelled;
        Path found = PathKeys.locate(PathKeys.key(spelled));
        return Files.exists(found, LinkOption.NOFOLLOW_LINKS) ? found : spelled;
    }

    private static Path spelled(String value) {
        if (value.startsWith("file:")) return PathKeys.toPath(value);
        try {
            Path p = Path.of(value);
            if (PathKeys.isLossless(p) && p.toString().equals(value)) return p;
        } catch (InvalidPathException e) {
            // not spellable in this JVM's file name encoding
        }
        String abs = value.startsWith("/") ? value
                : PathKeys.key(Path.of("").toAbsolutePath()) + "/" + value;
        return PathKeys.toPath(abs).normalize();
    }
}
