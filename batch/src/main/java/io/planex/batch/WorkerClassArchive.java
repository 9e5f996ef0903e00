package io.planex.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A class-data-sharing archive (AppCDS) of the classes a worker JVM loads: Tika, PDFBox, the extractor. Loading
 * and verifying them from the jar is most of a worker's start-up (about 0.6 of 2.5 CPU seconds for the first
 * file on the 2-core bench machine); mapped from an archive they cost a fraction of that, on every worker of
 * every run. JDK 17 cannot create the archive on its own when it is missing (-XX:+AutoCreateSharedArchive came in
 * 19), so the first worker of a run without one is started with -XX:ArchiveClassesAtExit and writes it when it
 * ends; the pool then moves it into place. Later runs start their workers with -XX:SharedArchiveFile.
 *
 * <p>The archive belongs to one JDK and one class path: its name is a hash of the JDK's home and version and of
 * each class-path jar's path, size and mtime, so a rebuilt jar or another JDK gets its own. Only class paths made
 * of jar files qualify (the JVM archives no classes from folders, as in the tests' target/classes). The JVM
 * checks the archive again when it maps it and ignores one that does not match (-Xshare:auto), so a stale or
 * damaged file costs the speed-up, never a worker. Off with {@code -Dplanex.worker.cds=false}.
 */
final class WorkerClassArchive {
    static final String ENABLED_PROPERTY = "planex.worker.cds";
    /** Archives of other builds not used for this long are removed when a new one is written. */
    private static final Duration KEEP_UNUSED = Duration.ofDays(7);
    /**
     * At most this many archives of other builds are kept, the most recently used: a developer who rebuilds the jar
     * twenty times a day otherwise keeps a week of 25-40 MB archives (1.3 GB seen), a user with one jar has one.
     */
    static final int KEEP_OTHERS = 3;

    private final Path archive;
    private Path writing;
    private boolean touched;

    private WorkerClassArchive(Path archive) {
        this.archive = archive;
    }

    /** The archive for this class path, or empty when the class path does not qualify or sharing is off. */
    static Optional<WorkerClassArchive> forClassPath(String classPath, Path cacheDir) {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))) return Optional.empty();
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path p = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) return Optional.empty();
            jars.add(p);
        }
        if (jars.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new WorkerClassArchive(cacheDir.resolve("worker-" + key(jars) + ".jsa")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Where archives live: $XDG_CACHE_HOME/planex, else ~/.cache/planex. */
    static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("planex");
    }

    private static String key(List<Path> jars) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"));
        for (Path jar : jars) {
            s.append('\n').append(jar.toAbsolutePath()).append('\t').append(Files.size(jar)).append('\t')
                    .append(Files.getLastModifiedTime(jar).toMillis());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path archive() {
        return archive;
    }

    /**
     * The JVM options of the next worker to start: use the archive if it is there; else, for the first worker of
     * this pool only, write it at exit (to a temporary name, see {@link #finish}); else none.
     */
    synchronized List<String> nextWorkerOptions() {
        if (Files.isReadable(archive)) {
            if (!touched) {
                touched = true;
                try {
                    Files.setLastModifiedTime(archive, FileTime.from(Instant.now())); // in use: not stale
                } catch (IOException ignored) {
                    // someone else's cache: read-only is fine
                }
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        if (writing != null) return List.of();
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            return List.of();
        }
        writing = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        return List.of("-XX:ArchiveClassesAtExit=" + writing);
    }

    /** Whether a worker started with {@code options} is the one writing the archive. */
    boolean writes(List<String> options) {
        return options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
    }

    /**
     * After the writing worker has ended: moves what it wrote into place when it ended normally (a killed worker
     * leaves a partial file, which is deleted), and removes archives of other builds unused for a week.
     */
    synchronized void finish(boolean endedNormally) {
        if (writing == null) return;
        try {
            if (endedNormally && Files.size(writing) > 0) {
                try {
                    Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                removeStale();
            }
        } catch (IOException e) {
            // no archive this time: the next run tries again
        } finally {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // a temp file in the cache folder
            }
            writing = null;
        }
    }

    private void removeStale() throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(KEEP_UNUSED));
        List<Path> kept = new ArrayList<>();
        try (var others = Files.list(archive.getParent())) {
            for (Path p : others.toList()) {
                String n = p.getFileName().toString();
                if (p.equals(archive) || !n.startsWith("worker-") || !n.endsWith(".jsa")) continue;
                if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) Files.deleteIfExists(p);
                else kept.add(p);
            }
        }
        // an archive's mtime is its last use (a run that maps it touches it): the least recently used go first
        kept.sort(Comparator.comparing(WorkerClassArchive::lastModified).reversed());
        for (Path p : kept.subList(Math.min(KEEP_OTHERS, kept.size()), kept.size())) Files.deleteIfExists(p);
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile: first to go
        }
    }
}
