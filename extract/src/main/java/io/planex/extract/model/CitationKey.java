package io.planex.extract.model;

import java.util.Locale;
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

    /**
     * The key of a symbol typed by a person ("57-KL/TW", "57- kl/tw", "27/2019/QĐ-UBND"), or empty when it
     * has no recognisable symbol shape. Spaces anywhere are ignored.
     */
    public static Optional<String> ofSymbol(String symbol) {
        if (symbol == null) return Optional.empty();
        String s = symbol.replaceAll("\\s+", "").replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2011', '-');
        Matcher m = PARTY.matcher(s);
        if (m.matches()) return Optional.of(of(m.group(1), m.group(2), m.group(3)));
        m = STATE.matcher(s);
        if (m.matches()) return Optional.of(of(m.group(1), m.group(2), m.group(3)));
        m = STATE_NO_TYPE.matcher(s);
        if (m.matches()) return Optional.of(of(m.group(1), "", m.group(3)));
        return Optional.empty();
    }

    static String fold(String s) {
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
