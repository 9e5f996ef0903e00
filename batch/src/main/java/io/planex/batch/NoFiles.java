package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;

/**
 * The parse service of {@code ingest --from-json}, which reads no document. The committer asks it only to
 * rewrite a document that keeps other paths after one of its paths changed content; refusing makes it delete
 * that document and forget its paths, which the next run over their records indexes again.
 */
final class NoFiles implements ParseService {
    @Override
    public Parsed parse(Path file, long timeoutMillis) throws UnreadableFileException {
        throw new UnreadableFileException("not-read", "--from-json reads no documents: " + file);
    }

    @Override
    public void close() {}
}
