package io.planex.extract.header;

import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the document's own header: number/symbol, place and date, type word.
 *
 * <p>First cut. Issue 4 deepens it (issuer, title, signer, recipients).
 */
public final class HeaderExtractor {
    private static final Pattern OWN_SYMBOL = Pattern.compile("(?m)^\\s*Số\\s*:?\\s*(\\d+)?\\s*([-/][^\\s]+)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?m)^\\s*([\\p{L} .]+?),\\s*ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})?\\s*năm\\s+(\\d{4})");

    public DocumentHeader extract(String text, PageMap pages) {
        String head = text.substring(0, Math.min(text.length(), 3000));
        String symbol = null;
        String number = null;
        Matcher s = OWN_SYMBOL.matcher(head);
        if (s.find() && s.group(1) != null) {
            number = s.group(1);
            symbol = number + s.group(2);
        }
        String place = null;
        String date = null;
        Matcher d = DATE_LINE.matcher(head);
        if (d.find()) {
            place = d.group(1).trim();
            if (d.group(2) != null && d.group(3) != null) {
                date = String.format("%s-%02d-%02d", d.group(4), Integer.parseInt(d.group(3)),
                        Integer.parseInt(d.group(2)));
            } else {
                date = d.group(4);
            }
        }
        String type = null;
        String typeName = null;
        if (head.contains("KẾ HOẠCH")) {
            type = "KH";
            typeName = "Kế hoạch";
        }
        return new DocumentHeader(type, typeName, symbol, number, null, date, place, null, null, List.of());
    }
}
