package io.planex.extract.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of a cited document independent of how it was printed: number without leading zeros, type
 * code and issuer code upper-cased with Đ folded to D and spaces removed ("57|KL|TW"). Two symbols with the same
 * key are the same document as far as the text can tell.
 */
public final class CitationKey {
    private CitationKey() {}

    public static String of(String number, String type, String issuerCode) {
        String n = fold(number);
        String stripped = n.replaceFirst("^0+(?=.)", "");
        return stripped + "|" + fold(type) + "|" + fold(issuerCode);
    }

    private static final Pattern PARTY = Pattern.compile("(\\d+)-([^/]+)/(.+)");
    private static final Pattern STATE = Pattern.compile("(\\d+)/(?:\\d{4}/)?([^-/]+)-(.+)");
    private static final Pattern STATE_NO_TYPE = Pattern.compile("(\\d+)/(\\d{4})/(\\p{L}+\\d*)");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?i:s[ốổ]|SỐ)\\s*:?\\s*");
    /** Type codes, read from the citation lexicon's data file so both sides agree on what a type code is. */
    private static final Set<String> TYPE_CODES = loadTypeCodes();

    /**
     * The key of a symbol typed by a person ("57-KL/TW", "57- kl/tw", "Số: 27/2019/QĐ-UBND"), or empty when it
     * has no recognisable symbol shape. Spaces anywhere are ignored, dash variants are '-', and Party and State order
     * give one key ("211/KH-TU" = "211-KH/TU"). A State symbol whose first group is no type code is a letter
     * ("4250/BNNMT-ĐCKS" -> 4250|CV|BNNMT-DCKS), as the extractor records it. "35/2021/QH15" prints no type, so its
     * key has an empty type (the extractor takes it from the type word in the text).
     */
    public static Optional<String> ofSymbol(String symbol) {
        if (symbol == null) return Optional.empty();
        String s = Normalizer.normalize(symbol, Normalizer.Form.NFC).trim();
        s = NUMBER_PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("\\s+", "").replaceAll("[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]", "-")
                .replace('\uFF0F', '/');
        Matcher m = PARTY.matcher(s);
        if (m.matches()) return Optional.of(of(m.group(1), m.group(2), m.group(3)));
        m = STATE.matcher(s);
        if (m.matches()) {
            // A letter prints no type code ("4250/BNNMT-ĐCKS"): its type is CV and the whole tail is the issuer.
            if (!TYPE_CODES.contains(fold(m.group(2)))) {
                return Optional.of(of(m.group(1), "CV", s.substring(m.start(2))));
            }
            return Optional.of(of(m.group(1), m.group(2), m.group(3)));
        }
        m = STATE_NO_TYPE.matcher(s);
        if (m.matches()) return Optional.of(of(m.group(1), "", m.group(3)));
        return Optional.empty();
    }

    private static Set<String> loadTypeCodes() {
        Set<String> codes = new HashSet<>();
        try (InputStream in = CitationKey.class.getResourceAsStream("/io/planex/extract/citation/type-codes.tsv")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    codes.add(fold(Normalizer.normalize(line.split("\t")[0].trim(), Normalizer.Form.NFC)));
                }
            }
        } catch (IOException e) {
            // fall through to the built-in core set
        }
        if (codes.isEmpty()) codes.addAll(Set.of("KL", "NQ", "CT", "QD", "KH", "HD", "CTR", "TB", "BC", "TT", "ND",
                "QC", "TTR", "CV", "TTLT", "QDI", "QYD"));
        return Set.copyOf(codes);
    }

    /** A key part as keys fold it: upper case, spaces dropped, Đ as D. */
    public static String fold(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) continue;
            if (c == 'Đ' || c == 'đ' || c == '\u00D0' || c == '\u00F0') c = 'D';
            b.append(c);
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
