package io.planex.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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
 * Walks files and folders depth first, in name order, following symbolic links, and hands each file (or each
 * thing that could not be looked at, with a reason) to a consumer as it goes: the consumer blocks on a bounded
 * queue, so the walk never runs far ahead of parsing and only one folder's listing is held at a time.
 * Folder cycles through links and link loops are reported as "symlink-loop", not followed.
 */
final class TreeWalker {
    private final Consumer<Candidate> sink;

    TreeWalker(Consumer<Candidate> sink) {
        this.sink = sink;
    }

    void walk(List<Path> roots) {
        for (Path root : roots) visit(root, new HashSet<>());
    }

    /**
     * Counts what a walk of {@code roots} would hand over (files and things reported), without holding any of it;
     * -1 when {@code cancelled} turns true first. Progress runs it ahead of the lazy walk to show a total.
     */
    static long count(List<Path> roots, BooleanSupplier cancelled) {
        long[] n = {0};
        try {
            new TreeWalker(c -> {
                if (cancelled.getAsBoolean()) throw new Cancelled();
                n[0]++;
            }).walk(roots);
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

    private void visit(Path path, Set<Object> ancestors) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            sink.accept(Candidate.failed(path, reasonOf(e), describe(path, e)));
            return;
        }
        if (attrs.isRegularFile()) {
            sink.accept(Candidate.found(path, attrs.size(), attrs.lastModifiedTime().toMillis()));
        } else if (attrs.isDirectory()) {
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
            for (Path child : children) visit(child, ancestors);
            ancestors.remove(id);
        } else {
            sink.accept(Candidate.failed(path, "not-a-file", "not a regular file or folder: " + path));
        }
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
