package io.planex.testkit;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font documents are drawn with: DejaVu Serif, shipped as a resource so that rendering does not depend on
 * the machine's fonts, and covering every Vietnamese letter with its tone marks.
 */
public final class Fonts {
    static final String RESOURCE = "/io/planex/testkit/DejaVuSerif.ttf";
    private static final Font BASE = load();

    private Fonts() {}

    public static InputStream openTtf() {
        return Fonts.class.getResourceAsStream(RESOURCE);
    }

    /** The font at a size in pixels. */
    public static Font awt(float sizePx) {
        return BASE.deriveFont(sizePx);
    }

    private static Font load() {
        try (InputStream in = openTtf()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font resource " + RESOURCE, e);
        }
    }
}
