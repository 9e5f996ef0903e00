package io.planex.ingest.pdf;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.LoopingCMap;

/**
 * Puts {@link LoopingCMap} copies of the predefined encoding CMaps that nearly every Unicode PDF uses ("Identity-H",
 * "Identity-V": a Type 0 font's two-byte glyph codes) into PDFBox's cache of predefined CMaps, so that every font
 * PDFBox loads in this JVM, under Tika or not, decodes its codes without a stream per glyph. If PDFBox's internals
 * are not what this expects (another version), nothing is changed and PDFBox works as it always does.
 */
public final class EncodingCMaps {
    private static final List<String> NAMES = List.of("Identity-H", "Identity-V");
    private static volatile boolean installed;

    private EncodingCMaps() {}

    /** Installs the copies once per JVM; true when they are in place. */
    public static synchronized boolean install() {
        if (installed) return true;
        try {
            Class<?> manager = Class.forName("org.apache.pdfbox.pdmodel.font.CMapManager");
            Method predefined = manager.getDeclaredMethod("getPredefinedCMap", String.class);
            predefined.setAccessible(true);
            Field cacheField = manager.getDeclaredField("CMAP_CACHE");
            cacheField.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, CMap> cache = (Map<String, CMap>) cacheField.get(null);
            for (String name : NAMES) {
                CMap parsed = (CMap) predefined.invoke(null, name);
                if (parsed instanceof LoopingCMap || parsed.hasUnicodeMappings()) continue;
                cache.put(name, new LoopingCMap(parsed));
            }
            installed = true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            installed = false; // PDFBox keeps its own CMaps
        }
        return installed;
    }
}
