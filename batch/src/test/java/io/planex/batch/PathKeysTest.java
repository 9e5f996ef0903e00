package io.planex.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathKeysTest {
    @Test
    void vietnameseNameIsItsOwnKeyAndFindsTheFileAgain(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("kế-hoạch.txt");
        Files.writeString(file, "x");
        String key = PathKeys.key(file);
        assertTrue(key.endsWith("/kế-hoạch.txt"), key);
        assertTrue(Files.exists(PathKeys.toPath(key)));
    }

    @Test
    void undecodableNamesGetDistinctUriKeysThatFindTheirFiles(@TempDir Path tmp) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "cd \"$0\" && printf a > $'\\xff.txt' && printf b > $'\\xfe.txt'",
                tmp.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp)) {
            files = s.sorted().toList();
        }
        assertEquals(2, files.size());
        String k0 = PathKeys.key(files.get(0));
        String k1 = PathKeys.key(files.get(1));
        assertTrue(k0.startsWith("file:") && k1.startsWith("file:"), k0 + " " + k1);
        assertTrue(!k0.equals(k1));
        assertEquals("b", Files.readString(PathKeys.toPath(k0)));
        assertEquals("a", Files.readString(PathKeys.toPath(k1)));
    }

    @Test
    void aDecomposedNameHasTheComposedKeyAndIsLocatedByIt(@TempDir Path tmp) throws Exception {
        String composed = "thư-mục-hóa/kế-hoạch.txt";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        Path file = PathKeys.toPath(PathKeys.key(tmp) + "/" + decomposed);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        String key = PathKeys.key(file);
        assertEquals(PathKeys.key(tmp) + "/" + composed, key, "one spelling for both forms");
        assertTrue(Files.notExists(PathKeys.toPath(key)), "the composed spelling is not on disk");
        assertEquals(file, PathKeys.locate(key), "folder and file found through their decomposed names");
        assertTrue(PathKeys.exists(key));
        assertTrue(!PathKeys.exists(PathKeys.key(tmp) + "/thư-mục-hóa/khác.txt"));
    }
}
