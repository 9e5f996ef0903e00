package io.planex.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Walks files and folders depth first, in name order, and hands each file (or each thing that could not be
 * looked at, or is not to be read, with a reason) to a consumer as it goes: the consumer blocks on a bounded
 * queue, so the walk never runs far ahead of parsing and only one folder's listing is held at a time.
 * Folder cycles through links and link loops are reported as "symlink-loop", not followed.
 *
 * <p>What is skipped ({@link WalkRules}): litter (.DS_Store, Thumbs.db, ~$ files, ...); symbolic links whose
 * target lies outside every root, unless links are to be followed (an archive's link to /etc/passwd must not
 * end up in the index); planex index folders, the ingest's own and any other (an index inside the archive would
 * otherwise be read as documents on every run). The roots themselves are always entered. A {@code .zip} hands
 * over its members ({@link ZipBundles}) unless the rules say zips are not opened.
 */
final class TreeWalker {
    private final Consumer<Candidate> sink;
    private final WalkRules rules;
    private final Consumer<String> zipListed;
    private List<Path> realRoots = List.of();
    private Set<Object> outputKeys = Set.of();

    TreeWalker(Consumer<Candidate> sink) {
        this(sink, WalkRules.DEFAULTS);
    }

    TreeWalker(Consumer<Candidate> sink, WalkRules rules) {
        this(sink, rules, key -> { });
    }

    /** {@code zipListed} hears the key of every zip whose members were listed (what --prune may judge). */
    TreeWalker(Consumer<Candidate> sink, WalkRules rules, Consumer<String> zipListed) {
        this.sink = sink;
        this.rules = rules;
        this.zipListed = zipListed;
    }

    void walk(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                // a missing root: reported when visited
            }
        }
        realRoots = real;
        Set<Object> keys = new HashSet<>();
        for (Path out : rules.outputs()) {
            try {
                Object k = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
                if (k != null) keys.add(k);
            } catch (IOException e) {
                // not written yet: nothing to skip
            }
        }
        outputKeys = keys;
        for (Path root : roots) visit(root, new HashSet<>(), true);
    }

    /**
     * Counts what a walk of {@code roots} would hand over (files and things reported), without holding any of it;
     * -1 when {@code cancelled} turns true first. Progress runs it ahead of the lazy walk to show a total.
     */
    static long count(List<Path> roots, WalkRules rules, BooleanSupplier cancelled) {
        long[] n = {0};
        try {
            new TreeWalker(c -> {
                if (cancelled.getAsBoolean()) throw new Cancelled();
                n[0]++;
            }, rules).walk(roots);
        } catch (Cancelled e) {
            return -1;
        }
        return n[0];
    }

    /** Unwinds a counting walk; no stack trace, it is not an error. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private void visit(Path path, Set<Object> ancestors, boolean root) {
        if (!root && path.getFileName() != null && rules.litter().matches(fileName(path))) {
            sink.accept(Candidate.skipped(path, "litter", "not a document: " + PathKeys.key(path)));
            return;
        }
        BasicFileAttributes attrs;
        try {
            // One lstat for what is not a link (nearly everything): its attributes are the file's own.
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                if (!root && !rules.followLinks()) {
                    Path target = path.toRealPath();
                    if (realRoots.stream().noneMatch(target::startsWith)) {
                        sink.accept(Candidate.skipped(path, "link-outside-roots", "link to " + PathKeys.key(target)
                                + ", outside the folders given (--follow-links follows it)"));
                        return;
                    }
                }
                attrs = Files.readAttributes(path, BasicFileAttributes.class);
            }
        } catch (IOException e) {
            sink.accept(Candidate.failed(path, reasonOf(e), describe(path, e)));
            return;
        }
        if (attrs.fileKey() != null && outputKeys.contains(attrs.fileKey())) {
            sink.accept(Candidate.skipped(path, "planex-output", "written by this ingest (index, --json or --report): "
                    + PathKeys.key(path)));
            return;
        }
        if (attrs.isRegularFile()) {
            if (ZipBundles.isZip(fileName(path))) {
                if (rules.skipZips()) {
                    sink.accept(Candidate.skipped(path, "zip-not-opened", "zip archives are not opened: "
                            + PathKeys.key(path) + " (unpack it to ingest its members)"));
                } else if (ZipBundles.list(path, rules.litter(), sink)) {
                    zipListed.accept(PathKeys.key(path));
                }
                return;
            }
            sink.accept(Candidate.found(path, attrs.size(), attrs.lastModifiedTime().toMillis()));
        } else if (attrs.isDirectory()) {
            if (WalkRules.isPlanexIndex(path)) {
                sink.accept(Candidate.skipped(path, "planex-index", "a planex index folder is not read: "
                        + PathKeys.key(path)));
                return;
            }
            Object id = attrs.fileKey() != null ? attrs.fileKey() : path.toAbsolutePath().normalize();
            if (!ancestors.add(id)) {
                sink.accept(Candidate.failed(path, "symlink-loop", "folder loop through a link: " + path));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
                for (Path child : dir) children.add(child);
            } catch (IOException e) {
                sink.accept(Candidate.failed(path, reasonOf(e), describe(path, e)));
                ancestors.remove(id);
                return;
            }
            children.sort(null);
            // Keys are composed (NFC): two names here that differ only in Unicode form would be one key, so the
            // second is reported rather than silently taking the first one's place.
            Set<String> names = new HashSet<>();
            for (Path child : children) {
                if (names.add(fileName(child))) {
                    visit(child, ancestors, false);
                } else {
                    sink.accept(Candidate.failed(child, "name-clash", "two names in " + PathKeys.key(path)
                            + " differ only in Unicode form (composed/decomposed) from " + fileName(child)
                            + ": rename one; this one is not read"));
                }
            }
            ancestors.remove(id);
        } else {
            sink.accept(Candidate.failed(path, "not-a-file", "not a regular file or folder: " + path));
        }
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        if (name == null) return "";
        String key = PathKeys.key(path); // the name as UTF-8, whatever the locale
        return key.substring(key.lastIndexOf('/') + 1);
    }

    static String reasonOf(IOException e) {
        if (e instanceof NoSuchFileException) return "missing";
        if (e instanceof AccessDeniedException) return "permission-denied";
        if (e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().contains("symbolic links")) {
            return "symlink-loop";
        }
        return "io-error";
    }

    private static String describe(Path path, IOException e) {
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
        return path + ": " + why;
    }
}
