package io.planex.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** How many files the walk found under each root of a run (by path key): what --prune may act on. */
final class RootCounts {
    private final List<String> roots = new ArrayList<>();
    private final ConcurrentHashMap<String, AtomicLong> counts = new ConcurrentHashMap<>();

    RootCounts(List<Path> rootPaths) {
        for (Path p : rootPaths) {
            String key = PathKeys.key(p);
            if (!roots.contains(key)) roots.add(key);
            counts.putIfAbsent(key, new AtomicLong());
        }
    }

    List<String> roots() {
        return List.copyOf(roots);
    }

    void found(String fileKey) {
        for (String r : roots) if (under(fileKey, r)) counts.get(r).incrementAndGet();
    }

    long count(String root) {
        return counts.get(root).get();
    }

    static boolean under(String key, List<String> roots) {
        for (String r : roots) if (under(key, r)) return true;
        return false;
    }

    static boolean under(String key, String root) {
        return key.equals(root) || key.startsWith(root.endsWith("/") ? root : root + "/");
    }
}
