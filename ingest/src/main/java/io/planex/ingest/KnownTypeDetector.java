package io.planex.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * A detector that answers with the media type already detected for this file (metadata key {@link #DETECTED})
 * and asks the wrapped detector only when there is none, e.g. for embedded documents. Tika's magic-byte
 * detection is not cheap next to the text extraction of a short PDF; running it once per file is enough.
 */
final class KnownTypeDetector implements Detector {
    /** Metadata key holding the type detected before parsing. */
    static final String DETECTED = "planex:detected-type";

    private final Detector delegate;

    KnownTypeDetector(Detector delegate) {
        this.delegate = delegate;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String known = metadata.get(DETECTED);
        if (known != null) {
            MediaType type = MediaType.parse(known);
            if (type != null) return type;
        }
        return delegate.detect(input, metadata);
    }
}
