package io.planex.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the files and folders that systems and programs leave among documents (.DS_Store, Thumbs.db,
 * desktop.ini, ~$ Office owner files, ...): not documents, so skipped rather than failed. The list is the
 * resource {@code litter.txt}.
 */
final class Litter {
    private static final Litter DEFAULTS = load();

    private final Set<String> names;
    private final List<String> prefixes;

    private Litter(Set<String> names, List<String> prefixes) {
        this.names = Set.copyOf(names);
        this.prefixes = List.copyOf(prefixes);
    }

    static Litter defaults() {
        return DEFAULTS;
    }

    boolean matches(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (names.contains(n)) return true;
        for (String p : prefixes) if (n.startsWith(p)) return true;
        return false;
    }

    private static Litter load() {
        Set<String> names = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        try (InputStream in = Litter.class.getResourceAsStream("litter.txt")) {
            if (in == null) throw new IllegalStateException("litter.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                s = s.toLowerCase(Locale.ROOT);
                if (s.endsWith("*")) prefixes.add(s.substring(0, s.length() - 1));
                else names.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Litter(names, prefixes);
    }
}
