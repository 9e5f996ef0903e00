package io.planex.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a plan that restate the document it carries out before giving its own tasks: "I. NỘI DUNG CHỦ YẾU CỦA KẾ
 * HOẠCH SỐ 87/KH-UBND CỦA ỦY BAN NHÂN DÂN TỈNH", "I. KHÁI QUÁT NỘI DUNG QUYẾT ĐỊNH SỐ 2316/QĐ-BNNMT", "I. NỘI DUNG CHỈ
 * THỊ" (in a plan). The bodies and dates there are the higher document's assignments ("Sở Nội vụ chủ trì ..., hoàn
 * thành trong Quý III/2026"); this document's own come in its later parts, in its own words.
 *
 * <p>A part restates when its Roman-numbered heading, in capitals, names the content ("nội dung", maybe "khái quát
 * nội dung", "nội dung chủ yếu của") of a document by the type word right after it, and that document is another: it
 * prints a number ("số 87/KH-UBND"), or its type is not the type heading of this document ("NỘI DUNG CHỈ THỊ" in a KẾ
 * HOẠCH; a notice's own "NỘI DUNG KẾT LUẬN" stays). The part runs to the next Roman-numbered heading.
 */
public final class RestatedParts {
    private RestatedParts() {}

    /** Type words, folded, longest first (the first column of the citation lexicon's type words). */
    private static final List<String> TYPE_WORDS = Words.raw(RestatedParts.class,
                    "/io/planex/extract/citation/type-words.tsv").stream()
            .map(l -> Words.fold(l.split("\t")[0].strip())).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final Pattern ROMAN_HEADING = Pattern.compile("[ \\t]*[IVX]{1,5}[ \\t]*[.)][ \\t]*(\\S[^\\n]*)");
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}])số\\s*:?\\s*\\d");
    /** How far into the text this document's own type heading ("KẾ HOẠCH") is looked for. */
    private static final int OWN_TYPE_REACH = 4_000;

    /** The [start, end) ranges of the parts that restate another document, in order. */
    public static List<int[]> ranges(String text) {
        char[] chars = TextChars.of(text);
        List<int[]> headings = new ArrayList<>(); // [line start, restates ? 1 : 0]
        String own = null;
        boolean ownRead = false;
        for (int pos = 0; pos < chars.length; ) {
            int end = pos;
            while (end < chars.length && chars[end] != '\n') end++;
            int first = pos;
            while (first < end && (chars[first] == ' ' || chars[first] == '\t')) first++;
            char c = first < end ? chars[first] : 0;
            if (!ownRead && pos < OWN_TYPE_REACH && first < end && Character.isUpperCase(c)) {
                String line = text.substring(first, end).strip();
                if (Words.isCaps(line)) {
                    String f = Words.fold(line);
                    if (TYPE_WORDS.contains(f)) {
                        own = f;
                        ownRead = true;
                    }
                }
            }
            if (c == 'I' || c == 'V' || c == 'X') {
                Matcher m = ROMAN_HEADING.matcher(text).region(pos, end);
                if (m.matches()) headings.add(new int[] {pos, restates(m.group(1), own) ? 1 : 0});
            }
            pos = end + 1;
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i)[1] == 0) continue;
            int to = i + 1 < headings.size() ? headings.get(i + 1)[0] : text.length();
            out.add(new int[] {headings.get(i)[0], to});
        }
        return out;
    }

    /**
     * "nội dung (chủ yếu | cơ bản | ...) (của) TYPE", "khái quát nội dung TYPE", folded: the content of a document
     * named by its type right after (not "NỘI DUNG, QUY TRÌNH VÀ THỜI GIAN", a plan's own part listing its contents).
     */
    private static final Pattern CONTENT_OF = Pattern.compile("(?<![\\p{L}])(?:khái quát|tóm tắt)?\\s*nội dung"
            + "(?:\\s+(?:chủ yếu|cơ bản|chính|trọng tâm))?(?:\\s+của)?\\s+("
            + String.join("|", TYPE_WORDS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");

    /** Whether a Roman heading's words name another document's content. */
    static boolean restates(String heading, String ownType) {
        String h = heading.strip();
        if (!Words.isCaps(h)) return false;
        String f = Words.fold(h);
        if (f.indexOf("nội dung") < 0) return false;
        Matcher m = CONTENT_OF.matcher(f);
        if (!m.find()) return false;
        return NUMBERED.matcher(f).region(m.end(), f.length()).find() || !m.group(1).equals(ownType);
    }
}
