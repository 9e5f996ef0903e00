package io.planex.index;

import io.planex.extract.model.CitationKey;
import io.planex.index.analysis.VietnameseTones;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Infers the administrative level of an issuing body from its name, falling back on the issuer code of its
 * symbol. The lexicon lives in {@code issuer-levels.txt}; see that file for the rules.
 */
public final class IssuerLevels {
    private static final String RESOURCE = "/io/planex/index/issuer-levels.txt";

    /** A phrase of the lexicon; level null means "hides level words" (none) or "depends on the city" (city). */
    private record Phrase(String text, boolean anchored, IssuerLevel level, boolean city) {}

    private record Match(int start, int end, Phrase phrase) {}

    private final List<Phrase> phrases;
    private final List<String> centralCities;
    private final Map<String, IssuerLevel> codes;
    private final Map<String, IssuerLevel> codePrefixes;

    private static final IssuerLevels DEFAULT = load();

    private IssuerLevels(List<Phrase> phrases, List<String> centralCities, Map<String, IssuerLevel> codes,
                         Map<String, IssuerLevel> codePrefixes) {
        this.phrases = phrases;
        this.centralCities = centralCities;
        this.codes = codes;
        this.codePrefixes = codePrefixes;
    }

    public static IssuerLevels defaults() {
        return DEFAULT;
    }

    /**
     * The level of the body named {@code issuerName} whose own symbol is {@code ownSymbol} (either may be null).
     */
    public Optional<IssuerLevel> infer(String issuerName, String ownSymbol) {
        Optional<IssuerLevel> byName = ofName(issuerName);
        if (byName.isPresent()) return byName;
        return ofSymbol(ownSymbol);
    }

    /** The level the name's words give, or empty. */
    public Optional<IssuerLevel> ofName(String issuerName) {
        if (issuerName == null || issuerName.isBlank()) return Optional.empty();
        String name = normalize(issuerName);
        List<Match> matches = new ArrayList<>();
        for (Phrase p : phrases) {
            int from = 0;
            while (true) {
                int at = name.indexOf(p.text, from);
                if (at < 0) break;
                int end = at + p.text.length();
                if (boundaryBefore(name, at) && boundaryAfter(name, end) && (!p.anchored || at == 0)) {
                    matches.add(new Match(at, end, p));
                }
                from = at + 1;
            }
        }
        IssuerLevel lowest = null;
        for (Match m : matches) {
            if (coveredByLonger(m, matches)) continue;
            IssuerLevel level = m.phrase.city ? cityLevel(name, m.end) : m.phrase.level;
            if (level != null && (lowest == null || level.ordinal() > lowest.ordinal())) lowest = level;
        }
        return Optional.ofNullable(lowest);
    }

    /** The level the issuer code of a symbol gives ("04-KH/ĐU" -> commune), or empty. */
    public Optional<IssuerLevel> ofSymbol(String symbol) {
        Optional<String> key = CitationKey.ofSymbol(symbol);
        if (key.isEmpty()) return Optional.empty();
        String k = key.get();
        String code = k.substring(k.lastIndexOf('|') + 1);
        return ofCode(code);
    }

    /** The level of an issuer code (folded as in citation keys: upper case, Đ -> D). */
    public Optional<IssuerLevel> ofCode(String code) {
        if (code == null) return Optional.empty();
        String c = CitationKey.of("0", "", code);
        c = c.substring(c.lastIndexOf('|') + 1);
        IssuerLevel l = codes.get(c);
        if (l != null) return Optional.of(l);
        for (Map.Entry<String, IssuerLevel> e : codePrefixes.entrySet()) {
            if (c.startsWith(e.getKey())) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    private IssuerLevel cityLevel(String name, int afterPhrase) {
        String rest = name.substring(afterPhrase).strip();
        for (String city : centralCities) {
            if (rest.startsWith(city) && boundaryAfter(rest, city.length())) return IssuerLevel.PROVINCE;
        }
        return IssuerLevel.DISTRICT;
    }

    private static boolean coveredByLonger(Match m, List<Match> all) {
        for (Match o : all) {
            if (o != m && o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryBefore(String s, int at) {
        return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
    }

    private static boolean boundaryAfter(String s, int end) {
        return end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
    }

    /** Lower case, NFC, canonical tone placement per word, single spaces. */
    static String normalize(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder b = new StringBuilder(text.length());
        for (String w : words) {
            if (b.length() > 0) b.append(' ');
            b.append(VietnameseTones.normalize(w));
        }
        return b.toString();
    }

    private static IssuerLevels load() {
        List<Phrase> phrases = new ArrayList<>();
        List<String> cities = new ArrayList<>();
        Map<String, IssuerLevel> codes = new HashMap<>();
        Map<String, IssuerLevel> prefixes = new HashMap<>();
        try (InputStream in = IssuerLevels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s+", 3);
                if (parts.length < 3) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
                String kind = parts[0];
                String level = parts[1];
                String value = parts[2].strip();
                switch (kind) {
                    case "name" -> {
                        boolean anchored = value.startsWith("^");
                        String text = normalize(anchored ? value.substring(1) : value);
                        boolean city = level.equals("city");
                        IssuerLevel l = (city || level.equals("none")) ? null : parseLevel(level, line);
                        phrases.add(new Phrase(text, anchored, l, city));
                    }
                    case "central-city" -> cities.add(normalize(value));
                    case "code" -> {
                        IssuerLevel l = parseLevel(level, line);
                        if (value.endsWith("*")) prefixes.put(value.substring(0, value.length() - 1), l);
                        else codes.put(value, l);
                    }
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IssuerLevels(List.copyOf(phrases), List.copyOf(cities), Map.copyOf(codes), Map.copyOf(prefixes));
    }

    private static IssuerLevel parseLevel(String level, String line) {
        return IssuerLevel.ofLabel(level)
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown level: " + line));
    }
}
