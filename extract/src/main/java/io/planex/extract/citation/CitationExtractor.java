package io.planex.extract.citation;

import io.planex.extract.model.Citation;
import io.planex.extract.model.CitationKey;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PageMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbered directives cited in a text: Party {@code N-TYPE/ISSUER}, State {@code N/TYPE-ISSUER} and
 * {@code N/YYYY/TYPE-ISSUER}. One entry per distinct document, every mention kept.
 *
 * <p>First cut: symbols only, tolerant of spaces around the dash. Issue 3 deepens it (type words, attributes,
 * coordinated lists, implements).
 */
public final class CitationExtractor {
    private static final String CODE = "[\\p{Lu}][\\p{L}0-9&]*";
    private static final Pattern PARTY = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,5})\\s*-\\s*(" + CODE + ")/(" + CODE + "(?:-" + CODE + ")*)");
    private static final Pattern STATE = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,5})/(?:(\\d{4})/)?(" + CODE + ")-(" + CODE + "(?:-" + CODE + ")*)");

    public List<Citation> extract(String text, PageMap pages) {
        Map<String, Citation> byKey = new LinkedHashMap<>();
        collect(PARTY.matcher(text), pages, byKey, true);
        collect(STATE.matcher(text), pages, byKey, false);
        List<Citation> out = new ArrayList<>(byKey.values());
        out.sort((a, b) -> Integer.compare(a.mentions().get(0).start(), b.mentions().get(0).start()));
        return out;
    }

    private static void collect(Matcher m, PageMap pages, Map<String, Citation> byKey, boolean party) {
        while (m.find()) {
            String number = m.group(1);
            String year = party ? null : m.group(2);
            String type = party ? m.group(2) : m.group(3);
            String issuer = party ? m.group(3) : m.group(4);
            String symbol = party ? number + "-" + type + "/" + issuer
                    : number + "/" + (year == null ? "" : year + "/") + type + "-" + issuer;
            Mention mention = new Mention(m.start(), m.end(), pages.pageOf(m.start()), m.group());
            String key = CitationKey.of(number, type, issuer);
            Citation old = byKey.get(key);
            if (old == null) {
                byKey.put(key, new Citation(symbol, type, null, number, year, issuer, null, null, false,
                        List.of(mention)));
            } else {
                List<Mention> ms = new ArrayList<>(old.mentions());
                ms.add(mention);
                byKey.put(key, new Citation(old.symbol(), old.type(), old.typeName(), old.number(), old.year(),
                        old.issuerCode(), old.date(), old.issuer(), old.implementing(), ms));
            }
        }
    }
}
