package io.planex.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that reached us without its line breaks (a web page copied as one paragraph, a database field): the
 * extractors read a document's structure from where lines start ("Điều 3.", "III.", "1.", "- ", "Nơi nhận:",
 * "KT. CHỦ TỊCH"), so the breaks are put back before those markers, each in place of the space before it. One
 * char for one, so offsets into the text hold. A text with lines of ordinary length is returned as it is.
 */
public final class FlatLines {
    /** Shorter texts are left alone: a one-line letter of a few sentences reads as it is. */
    static final int MIN_CHARS = 400;
    /** A text whose lines average more chars than this lost its breaks (a real paragraph is a few hundred). */
    static final int FLAT_LINE_CHARS = 1000;

    /**
     * The space before a marker that opens a line of a document. Item numbers, bullets, articles and signature
     * markers only after the end of a sentence or clause ("... kể từ ngày ký. Điều 3.") or a heading in capitals
     * ("III. TỔ CHỨC THỰC HIỆN 1. Các huyện ủy"), so that "Văn hóa - Xã hội" or "khoản 2 Điều 5" stay as they are; the words that open a part of their own ("Căn cứ", "Nơi nhận", "Kính
     * gửi", "QUYẾT ĐỊNH:") wherever they stand, since a flattened header runs straight into them.
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?<=[.;:,!?]|\\p{Lu}{2}) (?=(?:Điều \\d{1,3}[.:]|[IVX]{1,5}\\. \\p{Lu}|\\d{1,2}(?:\\.\\d{1,2})*\\. \\p{Lu}"
                    + "|[a-zđ]\\) \\p{Lu}|[-+•] \\p{Lu}|(?:TM|KT|TL|TUQ|Q)\\. ?\\p{Lu}|(?:T/M|K/T|T/L)\\.? ?\\p{Lu}))"
                    + "|(?<![-+•]) (?=(?:Căn cứ|Xét đề nghị|Theo đề nghị|Nơi nhận|NƠI NHẬN|Kính gửi|KÍNH GỬI|QUYẾT ĐỊNH:|QUYẾT NGHỊ:)"
                    + "(?![\\p{L}]))");

    /**
     * A bullet right after a heading that ends without a stop ("1. Ban Công tác Mặt trận các thôn - Nắm bắt tâm
     * tư ..."): the dash opens a line when a task verb follows it, from the units' lexicon of verbs that never
     * belong to a name; not "Xây dựng", which after a dash is a field ("Công chức Địa chính - Xây dựng").
     */
    private static final Pattern BULLET_VERB = Pattern.compile(" (?=- (?:" + String.join("|",
            Words.raw(FlatLines.class, "/io/planex/extract/unit/strong-verbs.txt").stream()
                    .filter(v -> !v.equals("Xây dựng")).map(Pattern::quote).toList()) + ")(?![\\p{L}]))");

    private FlatLines() {}

    /** {@code text} with its line breaks put back when it has (almost) none; else {@code text} itself. */
    public static String restored(String text) {
        int n = text.length();
        if (n < MIN_CHARS) return text;
        int breaks = 0;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n' && ++breaks > n / FLAT_LINE_CHARS) return text;
        }
        char[] out = null;
        for (Pattern p : new Pattern[] {MARKER, BULLET_VERB}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (out == null) out = text.toCharArray();
                out[m.start()] = '\n';
            }
        }
        return out == null ? text : new String(out);
    }
}
