package io.planex.ingest;

import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.ingest.legacy.LegacyTextDetector;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Decodes a plain-text file whose encoding is not declared: a byte-order mark, then valid UTF-8, then UTF-16
 * without a mark (every other byte zero), and otherwise the 8-bit reading that is most Vietnamese: Windows-1258
 * (Vietnamese Windows, tone marks as combining characters) or Windows-1252 bytes typed in a TCVN3/VNI font
 * (which {@link TextRepair} then decodes). Tika's detectors do not know Windows-1258.
 */
final class TextFileDecoder {
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextFileDecoder() {}

    record Decoded(String text, String charset) {}

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf16 = utf16WithoutMark(b);
        if (utf16 != null) return new Decoded(utf16, b[0] == 0 ? "UTF-16BE" : "UTF-16LE");
        String utf8 = strictUtf8(b);
        if (utf8 != null) return new Decoded(utf8, "UTF-8");
        String cp1258 = Normalizer.normalize(new String(b, CP1258), Normalizer.Form.NFC);
        String cp1252 = new String(b, CP1252);
        Optional<LegacyEncoding> legacy = LegacyTextDetector.detect(cp1252);
        if (legacy.isPresent() && LegacyTextDetector.score(legacy.get().decode(cp1252))
                > LegacyTextDetector.score(cp1258)) {
            return new Decoded(cp1252, "windows-1252 (" + legacy.get().name() + " font codes)");
        }
        return new Decoded(cp1258, "windows-1258");
    }

    /**
     * {@code strict(b, UTF_8)}, cheaper on valid input: the String constructor decodes in one pass into the string's
     * own storage (the strict decoder fills a CharBuffer that is copied again) and puts U+FFFD for every malformed
     * sequence, so a result without U+FFFD came from valid UTF-8 and is what the strict decoder gives. Text holding
     * U+FFFD (valid or not) takes the strict decoder.
     */
    static String strictUtf8(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : strict(b, StandardCharsets.UTF_8);
    }

    static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 without a byte-order mark: even length and most high (or low) bytes zero, as in mostly-Latin text. */
    private static String utf16WithoutMark(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < b.length; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = b.length / 2;
        if (evenZero > pairs * 0.3 && oddZero == 0) return strict(b, StandardCharsets.UTF_16BE);
        if (oddZero > pairs * 0.3 && evenZero == 0) return strict(b, StandardCharsets.UTF_16LE);
        return null;
    }
}
