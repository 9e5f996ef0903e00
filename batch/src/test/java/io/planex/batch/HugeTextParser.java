package io.planex.batch;

import io.planex.ingest.UnreadableFileException;
import java.nio.file.Path;

/** Reads a file for real, then appends text up to 30 million characters: more than Jackson's default limit. */
public final class HugeTextParser implements FileParser {
    static final int LENGTH = 30_000_000;

    @Override
    public Parsed parse(Path file) throws UnreadableFileException {
        Parsed real = new PlanFileParser().parse(file);
        StringBuilder text = new StringBuilder(LENGTH).append(real.text()).append('\n');
        while (text.length() < LENGTH) text.append("Tổ chức thực hiện kế hoạch. ");
        text.setLength(LENGTH);
        return new Parsed(real.record(), text.toString());
    }
}
