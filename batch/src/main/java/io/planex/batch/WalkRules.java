package io.planex.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a walk skips.
 *
 * @param followLinks follow symbolic links that lead outside the roots (default: report them skipped)
 * @param outputs     what the ingest itself writes (its index folder, --json folder, --report file): never read
 *                    as documents, even when they lie inside a root
 * @param litter      names of system and program litter
 * @param skipZips    report .zip files as skipped (not opened) instead of reading them
 */
record WalkRules(boolean followLinks, List<Path> outputs, Litter litter, boolean skipZips) {
    static final WalkRules DEFAULTS = new WalkRules(false, List.of(), Litter.defaults(), false);

    WalkRules {
        outputs = outputs.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A folder holding a planex ingest state: another planex index. */
    static boolean isPlanexIndex(Path dir) {
        return Files.exists(dir.resolve(StateStore.FILE_NAME));
    }
}
