package io.planex.ingest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's {@link MimeTypes} detector with a shortcut for files that its name says are plain text: when no magic
 * clause matches the header ({@link MagicIndex}), the answer is {@code text/plain}, as Tika's own gives.
 *
 * <p>Why that is Tika's answer: {@code MimeTypes.detect} lists the types of the magics that match the first
 * {@link MimeTypes#getMinLength()} bytes; when none does, it lists what its {@code TextDetector} says
 * ({@code text/plain} or {@code application/octet-stream}), then applies the type of the file name as a hint, which
 * replaces a listed type it equals or specialises. {@code text/plain} equals the one and specialises the other, so a
 * name whose type is {@code text/plain} (asked of Tika itself: {@code detect(null, metadata)}, the name alone) gives
 * {@code text/plain} whatever the bytes are, as long as no magic matches and no Content-Type is given. Everything
 * else (a magic may match, another name, a declared type, an empty file) goes to Tika's {@code MimeTypes}
 * unchanged. {@code PlainTextShortcutTest} compares both on thousands of files, adversarial ones included.
 */
public final class PlainTextShortcut implements Detector {
    private final MimeTypes types;
    private final MagicIndex index;

    PlainTextShortcut(MimeTypes types, MagicIndex index) {
        this.types = types;
        this.index = index;
    }

    /**
     * Tika's default detector with its {@link MimeTypes} member replaced by this shortcut, the other detectors
     * (containers: zip, OLE, gzip, Ogg, ...) kept in their order and combined by Tika's own {@link CompositeDetector};
     * the default detector itself when Tika's magic clauses cannot be read.
     */
    public static Detector around(TikaConfig config) {
        Detector detector = config.getDetector();
        if (!(detector instanceof CompositeDetector composite)) return detector;
        MediaTypeRegistry registry = config.getMediaTypeRegistry();
        List<Detector> members = new ArrayList<>();
        boolean replaced = false;
        for (Detector d : composite.getDetectors()) {
            if (d instanceof MimeTypes types && !replaced) {
                var index = MagicIndex.of(types);
                if (index.isEmpty()) return detector;
                members.add(new PlainTextShortcut(types, index.get()));
                replaced = true;
            } else {
                members.add(d);
            }
        }
        return replaced ? new CompositeDetector(registry, members) : detector;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (input != null && metadata.get(Metadata.CONTENT_TYPE) == null
                && MediaType.TEXT_PLAIN.equals(types.detect(null, metadata))) {
            byte[] header = header(input, types.getMinLength());
            if (header.length > 0 && !index.anyMatches(header)) return MediaType.TEXT_PLAIN;
        }
        return types.detect(input, metadata);
    }

    /** The first {@code max} bytes, or fewer when the stream is shorter; the stream is reset to where it was. */
    private static byte[] header(InputStream input, int max) throws IOException {
        input.mark(max);
        try {
            return input.readNBytes(max);
        } finally {
            input.reset();
        }
    }
}
