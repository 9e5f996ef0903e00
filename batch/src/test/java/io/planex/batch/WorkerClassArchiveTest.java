package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which workers write, use or skip the class archive, and when a written one is kept. */
class WorkerClassArchiveTest {
    @Test
    void onlyClassPathsOfJarsQualify(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        Path dir = Files.createDirectories(tmp.resolve("classes"));
        Path cache = tmp.resolve("cache");
        record Case(String classPath, boolean qualifies) {}
        for (Case c : List.of(new Case(jar.toString(), true),
                new Case(jar + File.pathSeparator + jar, true),
                new Case(dir.toString(), false),
                new Case(jar + File.pathSeparator + dir, false),
                new Case(tmp.resolve("missing.jar").toString(), false),
                new Case("", false))) {
            assertEquals(c.qualifies(), WorkerClassArchive.forClassPath(c.classPath(), cache).isPresent(),
                    c.classPath());
        }
    }

    @Test
    void aRebuiltJarGetsAnotherArchive(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        Path before = WorkerClassArchive.forClassPath(jar.toString(), tmp).orElseThrow().archive();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        Path after = WorkerClassArchive.forClassPath(jar.toString(), tmp).orElseThrow().archive();
        assertNotEquals(before, after);
    }

    @Test
    void theFirstWorkerWritesTheArchiveAndLaterOnesUseIt(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        WorkerClassArchive a = WorkerClassArchive.forClassPath(jar.toString(), tmp.resolve("cache")).orElseThrow();
        List<String> first = a.nextWorkerOptions();
        assertTrue(a.writes(first), first.toString());
        assertEquals(List.of(), a.nextWorkerOptions(), "one writer at a time");
        // the worker ends normally having written its archive
        Files.writeString(Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1)), "archive");
        a.finish(true);
        assertTrue(Files.isRegularFile(a.archive()));
        assertEquals(List.of("-XX:SharedArchiveFile=" + a.archive(), "-Xshare:auto"), a.nextWorkerOptions());
        try (var left = Files.list(a.archive().getParent())) {
            assertEquals(List.of(a.archive()), left.toList(), "no temporary file left");
        }
    }

    @Test
    void writingAnArchiveKeepsOnlyTheMostRecentlyUsedOthers(@TempDir Path tmp) throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        long now = System.currentTimeMillis();
        // five other builds' archives used 1..5 hours ago, one unused for eight days, and a file that is no archive
        for (int h = 1; h <= 5; h++) {
            Files.setLastModifiedTime(Files.writeString(cache.resolve("worker-old" + h + ".jsa"), "a"),
                    FileTime.fromMillis(now - h * 3_600_000L));
        }
        Files.setLastModifiedTime(Files.writeString(cache.resolve("worker-week.jsa"), "a"),
                FileTime.fromMillis(now - 8 * 86_400_000L));
        Files.writeString(cache.resolve("notes.txt"), "kept");
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        WorkerClassArchive a = WorkerClassArchive.forClassPath(jar.toString(), cache).orElseThrow();
        List<String> first = a.nextWorkerOptions();
        Files.writeString(Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1)), "archive");
        a.finish(true);
        try (var left = Files.list(cache)) {
            assertEquals(List.of(a.archive().getFileName().toString(), "notes.txt", "worker-old1.jsa",
                    "worker-old2.jsa", "worker-old3.jsa").stream().sorted().toList(),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(3, WorkerClassArchive.KEEP_OTHERS);
    }

    @Test
    void aKilledWritersPartialArchiveIsDropped(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        WorkerClassArchive a = WorkerClassArchive.forClassPath(jar.toString(), tmp.resolve("cache")).orElseThrow();
        List<String> first = a.nextWorkerOptions();
        Files.writeString(Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1)), "half");
        a.finish(false);
        assertFalse(Files.exists(a.archive()));
        try (var left = Files.list(a.archive().getParent())) {
            assertEquals(0, left.count());
        }
        assertTrue(a.writes(a.nextWorkerOptions()), "the next worker tries again");
    }

    @Test
    void offWhenSwitchedOff(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        System.setProperty(WorkerClassArchive.ENABLED_PROPERTY, "false");
        try {
            assertFalse(WorkerClassArchive.forClassPath(jar.toString(), tmp).isPresent());
        } finally {
            System.clearProperty(WorkerClassArchive.ENABLED_PROPERTY);
        }
    }
}
