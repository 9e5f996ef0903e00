package io.planex.extract.header;

import io.planex.extract.model.Signer;
import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the signature block: the authority markers (TM., KT., T/M, TL., ...), the body signed for, the titles and
 * the signer's name, in whichever layout the text brings them.
 *
 * <p>Layouts seen in real files: one part a line ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name);
 * the whole block on one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A", as text saved from
 * legal portals); the block as the right cell of a table whose left cell is "Nơi nhận:" (Tika gives the cells
 * in sequence, or on one line separated by tabs or pipes); a block followed by an appendix. A block is a run of
 * marker and title lines followed, within a few lines (stamps, "(Đã ký)"), by a name. The last block that has a
 * name wins; a block without a name still gives the title.
 */
final class SignatureReader {
    // patterns that were compiled at each use (String.split/replaceAll or Pattern.compile in a loop)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAPS_TAIL = Pattern.compile("(?u)(?:\\p{Lu}{2,}\\s+){1,5}\\p{Lu}{2,}$");

    private static final List<String> MARKERS = Words.raw(HeaderExtractor.class, "signer-markers.txt");
    private static final Pattern MARKER = markerPattern();
    /** A name in normal case at the end of a string: "Nguyễn Văn A", at least two words, the first in lower case. */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            // a page number printed after the name, on the last line of the page, is no part of it
            "(?u)(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}\\p{Ll}+)?){1,5})(?:\\s+\\d{1,3})?\\s*$");
    // the names of the Central Highlands' peoples hold an apostrophe ("Rơ Chăm H'Yuih", "Y Ngọc H’Đơk"), which may
    // end a word of its own ("H' Linh Niê Kdăm")
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}]*(?:['’](?:\\p{Lu}\\p{L}+)?)?(?:\\s+\\p{Lu}[\\p{L}]*(?:['’](?:\\p{Lu}\\p{L}+)?)?){1,5}$");
    /** What a form prints under the place for a signature: "(Ký tên, đóng dấu)", "(Ký, ghi rõ họ tên)". */
    private static final Pattern FORM_INSTRUCTION = Pattern.compile(
            "(?iu)^[(\\[]\\s*(?:ký tên|ký, ghi rõ|ký và ghi rõ|ký, đóng dấu|ký tên, đóng dấu|ký, họ tên|chữ ký)");
    private static final Pattern SIGNED = Pattern.compile("(?iu)^[(\\[]?\\s*(?:đã ký|ký|ký tên|ký, ghi rõ|ký và|chữ ký|"
            + "signed|\\(?ký, đóng dấu|daky).*");
    /**
     * Between the cells of a line: tabs or a pipe (a table as Tika gives it), or a run of spaces wider than any
     * gap inside a line of prose (text laid out in columns, "- Lưu: VT.          Nguyễn Văn A").
     */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\s\\|\\s|^\\||\\|$| {4,}");
    private static final int NAME_WINDOW = 12;
    /** "TM.", "T/M", "T.M.": signed on behalf of a body, not of a head. */
    private static final Pattern ON_BEHALF_OF_BODY = Pattern.compile("(?i)T\\s*[./]?\\s*M");
    private static final Pattern TITLE_AND_NAME = Pattern.compile(
            "(?u)((?:\\p{Lu}{2,}\\s+){0,5}\\p{Lu}{2,})\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");

    /**
     * A signature's body and signer; {@code coSigners} the blocks of a joint document printed side by side around
     * the signer's (empty for one block), each with the capitals it is headed by, for the header to tell which one
     * is its lead body's.
     */
    record Result(String body, Signer signer, List<CoSigner> coSigners) {
        static final Result NONE = new Result(null, null);

        Result(String body, Signer signer) {
            this(body, signer, List.of());
        }
    }

    /** One block of a joint signature: the capitals over its name ("KT. GIÁM ĐỐC SỞ Y TẾ PHÓ GIÁM ĐỐC"), its signer. */
    record CoSigner(String caps, Signer signer) {}

    private record Block(String body, String title, String name, int start, int lastLine) {}

    private SignatureReader() {}

    /** The signature of a document whose non-empty, stripped lines are {@code lines}. */
    static Result read(List<String> lines) {
        boolean[] capitalsRun = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) capitalsRun[i] = hasCapitalsRun(lines.get(i));
        return read(lines, capitalsRun);
    }

    /** {@link #read(List)}, given {@link #hasCapitalsRun} of each line. */
    static Result read(List<String> lines, boolean[] capitalsRun) {
        Block best = null;
        boolean bestNamed = false;
        Block previous = null;
        List<Block> run = new ArrayList<>(); // named blocks side by side, the last read among them
        List<Block> bestRun = List.of();
        for (int i = 0; i < lines.size(); i++) {
            if (!capitalsRun[i]) continue; // cheap: most lines are sentences, a block is in capitals
            String part = signaturePart(lines.get(i));
            if (part == null || !startsBlock(part)) continue;
            Block b = block(lines, i, part);
            if (b == null) continue;
            i = b.lastLine(); // the block's own lines do not open blocks of their own
            // "THỦ TRƯỞNG CƠ QUAN" / "(Ký tên, đóng dấu)": an attached form's place for a signature, not one
            if (i + 1 < lines.size() && FORM_INSTRUCTION.matcher(lines.get(i + 1).strip()).lookingAt()) continue;
            boolean named = b.name() != null;
            // a joint document's blocks side by side, read one after the other
            if (!named || previous == null || previous.name() == null || !followsBlock(lines, previous, b.start())) {
                run = new ArrayList<>();
            }
            if (named) run.add(b);
            previous = b;
            if (named || !bestNamed) {
                bestRun = run;
                best = b;
                bestNamed = named;
            }
        }
        if (best == null) return nameAfterRecipients(lines);
        String title = best.title() == null || best.title().isEmpty() ? null : NormalCase.title(best.title());
        String name = best.name();
        // a scan whose seal garbled the block beside the recipients ("KT. 2¡{Ủ TỊCH" / "PHÓ £;*Ủ TỊCH"): the name
        // alone on the last line is still the signer's
        // (and a name the block read that is not the text's last, "Pho Giam Đoc" of a title OCR stripped of its marks
        // beside the recipients: the name on the text's last line is the signer's)
        if (name == null || !inLastLines(lines, name)) {
            Result after = nameAfterRecipients(lines);
            if (after.signer() == null) after = nameAtEnd(lines, best.lastLine());
            if (after.signer() != null) name = after.signer().name();
        }
        if (name == null && title == null) return new Result(best.body(), null);
        return new Result(best.body(), new Signer(name, title), coSigners(lines, bestRun));
    }

    /** The blocks of a joint signature, each with the capitals over its name (the body lines above its marker too). */
    private static List<CoSigner> coSigners(List<String> lines, List<Block> run) {
        if (run.size() < 2) return List.of();
        List<CoSigner> out = new ArrayList<>();
        int floor = -1;
        for (Block b : run) {
            int from = b.start();
            // "HỘI NÔNG DÂN TỈNH" / "TM. BAN THƯỜNG VỤ": the body's name printed over the marker
            while (from - 1 > floor && b.start() - from < 3 && Words.isCaps(lines.get(from - 1))) from--;
            String caps = String.join(" ", lines.subList(from, b.lastLine() + 1));
            String title = b.title() == null || b.title().isEmpty() ? null : NormalCase.title(b.title());
            out.add(new CoSigner(caps, new Signer(b.name(), title)));
            floor = b.lastLine();
        }
        return List.copyOf(out);
    }

    /**
     * Whether the block opening at line {@code start} comes right after {@code block}: only its name, "(Đã ký)" or a
     * stamp's bracketed note between them.
     */
    private static boolean followsBlock(List<String> lines, Block block, int start) {
        if (start <= block.lastLine() || start - block.lastLine() > NAME_WINDOW) return false;
        boolean named = false;
        int heading = 0; // "HỘI NÔNG DÂN TỈNH NGHỆ AN" over the next block's "TM. BAN THƯỜNG VỤ"
        for (int j = block.lastLine() + 1; j < start; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty() || l.startsWith("(") || l.startsWith("[") || SIGNED.matcher(l).matches()) continue;
            if (named && Words.isCaps(l) && ++heading <= 3) continue;
            if (named || !withoutNamePrefix(l).equals(block.name())) return false;
            named = true;
        }
        return named;
    }

    private static boolean inLastLines(List<String> lines, String name) {
        for (int i = Math.max(0, lines.size() - 3); i < lines.size(); i++) if (lines.get(i).contains(name)) return true;
        return false;
    }

    private static final Pattern TRAILING_SPECKS = Pattern.compile("[\\s\\-–—_.,;:~'\"|]+$");

    /** A person's name on a line of its own: two to five words, each a capital and small letters. */
    private static final Pattern PERSON_NAME = Pattern.compile("(?u)\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}\\p{Ll}+)?){1,4}");

    /**
     * A scan whose seal or a faint print took the signature's title lines away: "Nơi nhận:" and its list, then only
     * the signer's name ("Ngô Văn Tuấn"). The name is the signer's; the title is not known.
     */
    private static Result nameAfterRecipients(List<String> lines) {
        int recipients = -1;
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 30; i--) {
            if (HeaderExtractor.RECEIVERS_OPENING.matcher(lines.get(i).strip()).lookingAt()) {
                recipients = i;
                break;
            }
        }
        return recipients < 0 ? Result.NONE : nameAtEnd(lines, recipients);
    }

    /**
     * The name on the text's last line, when every line after {@code from} up to it is an item of the recipients'
     * list or holds capitals (the block's own lines, which an OCR of the two columns interleaves with the list:
     * "- TT Đảng ủy, HĐND xã; PHÓ CHỦ TỊCH"); a speck after the name is dropped ("Hoàng Văn Thắng -").
     */
    private static Result nameAtEnd(List<String> lines, int from) {
        int last = lines.size() - 1;
        if (from < 0 || last <= from) return Result.NONE;
        for (int i = from + 1; i < last; i++) {
            String l = lines.get(i).strip();
            char first = l.isEmpty() ? ' ' : l.charAt(0);
            if (first == '-' || first == '+' || first == '•' || first == '–' || first == '*') continue; // the list
            if (hasCapitalsRun(l) && !l.endsWith(".")) continue;
            return Result.NONE;
        }
        String name = TRAILING_SPECKS.matcher(lines.get(last).strip()).replaceAll("");
        return PERSON_NAME.matcher(name).matches() && !NormalCase.isTitle(name.toUpperCase(Locale.ROOT))
                ? new Result(null, new Signer(name, null)) : Result.NONE;
    }

    /** True when the line has two upper-case letters in a row ("TM.", "CHỦ TỊCH", "UBND"). */
    static boolean hasCapitalsRun(String line) {
        boolean previous = false;
        // an array read per char: a charAt call per char of every line was a visible cost under C1
        for (char c : line.toCharArray()) {
            boolean upper = UPPER[c];
            if (upper && previous) return true;
            previous = upper;
        }
        return false;
    }

    /** {@link #hasCapitalsRun(String)} of the chars from {@code from} to {@code to} (a line of a text's shared chars). */
    static boolean hasCapitalsRun(char[] chars, int from, int to) {
        boolean previous = false;
        boolean[] upperCase = UPPER;
        for (int i = from; i < to; i++) {
            boolean upper = upperCase[chars[i]];
            if (upper && previous) return true;
            previous = upper;
        }
        return false;
    }

    /** {@link Character#isUpperCase(char)} of every char: one table read for each char of every line of a text. */
    private static final boolean[] UPPER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) UPPER[c] = Character.isUpperCase((char) c);
    }

    private static boolean startsBlock(String part) {
        if (markerAt(part, 0) != null) return true;
        String caps = capsPrefix(part);
        return !caps.isEmpty() && startsWithTitle(caps);
    }

    /** Reads the block starting at line {@code start}, whose signature-side text is {@code first}. */
    private static Block block(List<String> lines, int start, String first) {
        StringBuilder caps = new StringBuilder();
        String name = null;
        int i = start;
        String part = first;
        boolean delegated = false; // the last line read opened with KT., TL., TUQ., Q.: the next is the deputy's title
        while (true) {
            String c = capsPrefix(part);
            String rest = part.substring(c.length()).strip();
            // "TRƯỞNG BAN" / "CHỦ TỊCH UBND XÃ" / name: the post the signer also holds, printed under the title
            // signed in, names no title of this block
            // (not after "KT. CHỦ TỊCH", whose deputy's title may name the body: "PHÓ CHỦ TỊCH UBND HUYỆN")
            String marker = markerAt(c, 0);
            boolean concurrent = i > start && marker == null && !delegated && concurrentPost(c)
                    && endsWithTitle(caps.toString());
            if (!c.isEmpty() && !concurrent) {
                caps.append(caps.length() > 0 ? " " : "").append(c);
                // TM. names the body signed for; KT., TL., TUQ., Q. a title whose deputy's follows
                delegated = marker != null && !ON_BEHALF_OF_BODY.matcher(marker).lookingAt();
            }
            if (!rest.isEmpty()) {
                Matcher n = TRAILING_NAME.matcher(rest);
                if (n.matches() && SPACES.split(n.group(1)).length <= 6) name = n.group(1);
                break; // a line that goes on in lower case ends the block, a name or not
            }
            if (i + 1 >= lines.size()) break;
            String next = signaturePart(lines.get(i + 1));
            if (next == null || !Words.isCaps(capsPrefix(next)) || capsPrefix(next).isEmpty()) break;
            // the next line continues the block when it is a marker or title line, or the body's name goes on
            if (markerAt(next, 0) == null && !startsWithTitle(capsPrefix(next)) && !continuesBody(caps.toString())) break;
            if (NAME.matcher(next).matches() && !NormalCase.isTitle(next) && markerAt(next, 0) == null
                    && !startsWithTitle(next) && looksLikeCapsName(next) && caps.length() > 0 && endsWithTitle(caps.toString())) {
                break; // a name printed in capitals: read below
            }
            i++;
            part = next;
        }
        if (caps.length() == 0) return null;
        Parsed p = parse(caps.toString());
        if (p.title() == null && p.body() == null) return null;
        // "GIÁM ĐỐC / CÔNG AN TỈNH" (each body's head signing a joint document): capitals that open with an organ
        // name the body the title heads, not a person
        boolean organ = p.capsName() != null && NormalCase.bodyWordAt(SPACES.split(p.capsName().strip()), 0);
        if (name == null && p.capsName() != null && (endsWithDepartment(p.title()) || organ)) {
            // "TRƯỞNG PHÒNG NỘI VỤ" / "Nguyễn Văn An": the capitals after a head of department's title name the
            // department; the person is the name printed below, when there is one
            name = nameBelow(lines, i);
        }
        if (name == null && !organ) name = p.capsName() != null ? titleCase(p.capsName()) : null;
        if (name == null) name = nameBelow(lines, i);
        return new Block(p.body(), p.title(), name, start, i);
    }

    /** The name on the lines after the block, past stamps and "(Đã ký)"; null when none comes soon. */
    private static String nameBelow(List<String> lines, int last) {
        for (int j = last + 1; j < Math.min(lines.size(), last + NAME_WINDOW); j++) {
            String l = withoutNamePrefix(lines.get(j).strip());
            if (l.isEmpty() || SIGNED.matcher(l).matches() || l.startsWith("(") || l.startsWith("[")) continue;
            String cell = withoutNamePrefix(lastCell(l));
            // "GIÁM ĐỐC" / "CÔNG AN TỈNH" / "Đoàn Văn Khải": the body a head's title names, in capitals, is no name
            if (Words.isCaps(cell) && NormalCase.bodyWordAt(SPACES.split(cell), 0)) continue;
            // "QUY CHẾ", "KẾ HOẠCH": the title of a part the file goes on with, below a block whose name a scan lost
            if (Words.isCaps(cell) && HeaderExtractor.typeHeading(cell) != null) return null;
            if (!NAME.matcher(cell).matches()) cell = afterRecipient(cell);
            if (NAME.matcher(cell).matches() && SPACES.split(cell).length <= 6 && !NormalCase.isTitle(cell)
                    && markerAt(cell, 0) == null && oneCase(cell)) {
                return Words.isCaps(cell) ? titleCase(cell) : cell;
            }
            // another block or the body's text: the name is not printed (a scan's stamp hides it). A marker with
            // nothing after it is a recipient's initials ("- Lưu: VT, TL.", "- Lưu: VT, KT."), not a block.
            String marker = markerAt(cell, 0);
            if (marker != null && cell.length() > marker.length()) return null;
        }
        return null;
    }

    private static final Pattern AFTER_RECIPIENT = Pattern.compile("^[-–+•]\\s.*[.;,:)]\\s+(\\S.*)$");

    /**
     * The name printed beside the last recipient, where a PDF's text puts the two columns of the block on one line
     * ("- Lưu: VT. Lê Văn Hùng"): what follows the item's closing stop; the line itself when it is no such item.
     */
    private static String afterRecipient(String line) {
        Matcher m = AFTER_RECIPIENT.matcher(line);
        return m.matches() ? withoutNamePrefix(m.group(1).strip()) : line;
    }

    /** Degrees, ranks and an e-signature's label that may stand before a signer's name (a resource), longest first. */
    private static final List<String> NAME_PREFIXES = Words.raw(HeaderExtractor.class, "name-prefixes.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** "ThS. Nguyễn Văn A", "Đại tá Lê Văn C", "Đã ký: Phạm Văn D" without what stands before the name. */
    static String withoutNamePrefix(String l) {
        for (String p : NAME_PREFIXES) {
            if (!l.regionMatches(true, 0, p, 0, p.length())) continue;
            String rest = l.substring(p.length()).strip();
            // the prefix ends a word: "Ks" opening a longer word is no prefix
            boolean wordEnd = p.endsWith(".") || p.endsWith(":") || rest.length() < l.length() - p.length();
            if (wordEnd && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) return rest;
        }
        return l;
    }

    /**
     * Whether a name's words share one case: all in normal case ("Nguyễn Văn An") or all in capitals ("PHAN VĂN
     * LỘC"); one-letter words fit either. A line that mixes them ("Như Điều XIV", a recipient line read through a
     * seal) is no name.
     */
    static boolean oneCase(String cell) {
        boolean normal = false;
        boolean caps = false;
        for (String w : SPACES.split(cell)) {
            // a word of one letter tells no case ("Y Moan", "H' Linh": the apostrophe is no letter)
            if (w.codePoints().filter(Character::isLetter).count() < 2) continue;
            if (Words.isCaps(w)) caps = true;
            else normal = true;
        }
        return !(normal && caps);
    }

    private record Parsed(String body, String title, String capsName) {}

    private static final Pattern DEPARTMENT_END = Pattern.compile("(?iu)(?:.*\\s)?(?:PHÒNG|BAN|SỞ|CỤC|VỤ|TRUNG TÂM|ĐỘI|TỔ|ĐOÀN)$");

    /** A title that names a head of department by the department's kind ("TRƯỞNG PHÒNG", "PHÓ TRƯỞNG BAN"). */
    private static boolean endsWithDepartment(String title) {
        return title != null && DEPARTMENT_END.matcher(title.strip()).matches();
    }

    /**
     * Splits the capitals of a block at its markers: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" gives the body
     * "ỦY BAN NHÂN DÂN" and the titles "CHỦ TỊCH", "PHÓ CHỦ TỊCH"; the signer's title is the last one.
     */
    static Parsed parse(String caps) {
        List<int[]> marks = new ArrayList<>();
        Matcher m = MARKER.matcher(caps);
        while (m.find()) marks.add(new int[] {m.start(), m.end()});
        String body = null;
        String title = null;
        String capsName = null;
        List<String> segments = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        if (marks.isEmpty() || marks.get(0)[0] > 0) {
            segments.add(caps.substring(0, marks.isEmpty() ? caps.length() : marks.get(0)[0]).strip());
            kinds.add("");
        }
        for (int k = 0; k < marks.size(); k++) {
            int[] mk = marks.get(k);
            int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : caps.length();
            kinds.add(SPACES.matcher(caps.substring(mk[0], mk[1])).replaceAll("").toUpperCase(Locale.ROOT));
            segments.add(caps.substring(mk[1], end).strip());
        }
        for (int k = 0; k < segments.size(); k++) {
            String seg = segments.get(k);
            if (seg.isEmpty()) continue;
            String kind = kinds.get(k);
            String[] words = SPACES.split(seg);
            List<String> titles = new ArrayList<>();
            int titleStart = words.length;
            if (kind.startsWith("TM") || kind.startsWith("T/M") || kind.startsWith("T.M")) {
                // the body signed for, then possibly the titles of the same block on the same line
                titleStart = firstTitleSuffix(words);
                String b = String.join(" ", java.util.Arrays.copyOfRange(words, 0, titleStart)).strip();
                if (!b.isEmpty()) body = b;
            } else {
                // "TL. BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG": by order of a body, the titles come after its name
                List<String> direct = new ArrayList<>();
                titles(words, 0, direct);
                titleStart = direct.isEmpty() ? firstTitleSuffix(words) : 0;
            }
            int end = titles(words, titleStart, titles);
            // "KT. GIÁM ĐỐC SỞ Y TẾ PHÓ GIÁM ĐỐC" (a joint document's block names whose head signs): the body the
            // head's title names, then the deputy's title
            if (!titles.isEmpty() && end < words.length) {
                String[] rest = java.util.Arrays.copyOfRange(words, end, words.length);
                int from = firstTitleSuffix(rest);
                List<String> deputy = new ArrayList<>();
                if (from < rest.length && titles(rest, from, deputy) == rest.length && !deputy.isEmpty()) {
                    titles.addAll(deputy);
                    end = words.length;
                }
            }
            if (!titles.isEmpty()) title = titles.get(titles.size() - 1);
            // "Q. CỤC TRƯỞNG": the signer is acting head ("quyền"), which the title says once the marker is gone
            if (kind.equals("Q.") && titles.size() == 1) title = "QUYỀN " + title;
            if (end < words.length && k == segments.size() - 1 && !titles.isEmpty()) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, end, words.length));
                if (looksLikeCapsName(tail)) capsName = tail;
            }
        }
        return new Parsed(body, title, capsName);
    }

    /** Index where a run of title words starts that ends the array (the longest such run); words.length if none. */
    private static int firstTitleSuffix(String[] words) {
        for (int from = 1; from < words.length; from++) {
            List<String> ts = new ArrayList<>();
            int end = titles(words, from, ts);
            if (!ts.isEmpty() && end == words.length) return from;
        }
        // a caps name after the titles ("T/M BAN THƯỜNG VỤ BÍ THƯ NGUYỄN VĂN A")
        for (int from = 1; from < words.length; from++) {
            List<String> ts = new ArrayList<>();
            int end = titles(words, from, ts);
            if (!ts.isEmpty() && words.length - end >= 2 && words.length - end <= 4 && looksLikeCapsName(
                    String.join(" ", java.util.Arrays.copyOfRange(words, end, words.length)))) {
                return from;
            }
        }
        return words.length;
    }

    /**
     * Reads titles from words[from..] into {@code out} ("CHỦ TỊCH PHÓ CHỦ TỊCH" -> "CHỦ TỊCH", "PHÓ CHỦ TỊCH"): "PHÓ"
     * opens a title, "THƯỜNG TRỰC" closes one; a body after a title ("CHỦ TỊCH UBND HUYỆN") stays with it.
     * Returns the index after the last word read.
     */
    private static int titles(String[] words, int from, List<String> out) {
        int i = from;
        StringBuilder current = new StringBuilder();
        boolean hasHead = false;
        while (i < words.length) {
            int len = NormalCase.titleWordsAt(words, i);
            if (len == 0) break;
            String w = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
            String f = Words.fold(w);
            boolean prefix = f.equals("phó") || f.equals("quyền");
            boolean suffix = f.equals("thường trực") || f.equals("phụ trách");
            // a closing word cannot open a title: "BAN THƯỜNG TRỰC" / "PHÓ CHỦ TỊCH" is a body, then the title
            if (suffix && current.length() == 0) break;
            if (prefix || !suffix && hasHead) {
                if (current.length() > 0 && hasHead) {
                    out.add(current.toString());
                    current.setLength(0);
                    hasHead = false;
                }
            }
            current.append(current.length() > 0 ? " " : "").append(w);
            if (!prefix && !suffix) hasHead = true;
            i += len;
        }
        if (current.length() > 0 && hasHead) out.add(current.toString());
        else if (current.length() > 0) return i - current.toString().split(" ").length;
        return i;
    }

    private static boolean startsWithTitle(String caps) {
        String[] words = SPACES.split(Words.respell(caps.strip()));
        List<String> ts = new ArrayList<>();
        titles(words, 0, ts);
        return !ts.isEmpty() && (NormalCase.isTitle(caps) || ts.size() >= 1 && words.length <= 12);
    }

    /** A title followed by the body it is held in: "CHỦ TỊCH UBND XÃ", "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH". */
    private static boolean concurrentPost(String caps) {
        String[] words = SPACES.split(Words.respell(caps.strip()));
        List<String> ts = new ArrayList<>();
        int end = titles(words, 0, ts);
        return !ts.isEmpty() && end < words.length && NormalCase.bodyWordAt(words, end);
    }

    private static boolean endsWithTitle(String caps) {
        String[] words = SPACES.split(caps.strip());
        for (int from = 0; from < words.length; from++) {
            List<String> ts = new ArrayList<>();
            if (titles(words, from, ts) == words.length && !ts.isEmpty()) return true;
        }
        return false;
    }

    /** A TM. line whose body has no title yet ("TM. BAN THƯỜNG VỤ" / "HUYỆN ỦY"): the next caps line goes on. */
    private static boolean continuesBody(String caps) {
        Matcher m = MARKER.matcher(caps);
        int lastEnd = -1;
        String kind = null;
        while (m.find()) {
            lastEnd = m.end();
            kind = SPACES.matcher(m.group()).replaceAll("").toUpperCase(Locale.ROOT);
        }
        return kind != null && (kind.startsWith("TM") || kind.startsWith("T/M") || kind.startsWith("T.M"))
                && !endsWithTitle(caps.substring(lastEnd));
    }

    private static boolean looksLikeCapsName(String s) {
        String[] w = SPACES.split(s.strip());
        if (w.length < 2 || w.length > 5) return false;
        for (int i = 0; i < w.length; i++) {
            if (NormalCase.titleWordsAt(w, i) > 0 || NormalCase.bodyWordAt(w, i)) return false;
            if (!w[i].chars().allMatch(Character::isLetter) || w[i].length() > 7) return false;
        }
        return Words.isCaps(s);
    }

    /**
     * The signature side of a line: all of it, the cell after a tab or pipe, or the capitals tail of a line whose
     * left column is the recipients list ("- Lưu: VT.    KT. CHỦ TỊCH").
     */
    static String signaturePart(String line) {
        String l = lastCell(line.strip());
        if (l.isEmpty()) return null;
        if (markerAt(l, 0) != null || Words.isCaps(l)) return l;
        String caps = capsPrefix(l);
        if (!caps.isEmpty() && TRAILING_NAME.matcher(l.substring(caps.length()).strip()).matches()) return l;
        // asked of every line with two capitals in a row (most lines of a plan name a "UBND" or a symbol): each
        // pattern below only where the line holds what it needs, a marker's first two chars or its last letter's case
        if (mayHoldMarker(l)) {
            Matcher m = MARKER.matcher(l);
            while (m.find()) {
                String tail = l.substring(m.start());
                if (!capsPrefix(tail.substring(m.end() - m.start())).isEmpty()) return tail.strip();
            }
        }
        char last = l.charAt(l.length() - 1);
        if (Character.isUpperCase(last)) {
            Matcher t = CAPS_TAIL.matcher(l);
            if (t.find() && NormalCase.isTitle(t.group())) return t.group().strip();
        }
        // "- Lưu: VT. CHỦ TỊCH Phạm Văn Tùng": a flattened block with no marker, its title and the name after the
        // recipients
        if (Character.isLetter(last)) { // "... Nguyễn Văn A": the name may end in a capital
            Matcher tn = TITLE_AND_NAME.matcher(l);
            if (tn.find() && NormalCase.isTitle(tn.group(1))) return tn.group().strip();
        }
        return null;
    }

    /** Whether a signer marker's first two chars stand anywhere in {@code l}, whatever their case. */
    private static boolean mayHoldMarker(String l) {
        for (int i = 0; i + 1 < l.length(); i++) {
            char c = l.charAt(i);
            if (MARKER_FIRSTS.indexOf(c) >= 0 && MARKER_PAIRS.contains(l.substring(i, i + 2).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The markers' first two chars, upper case, and their first chars in either case. */
    private static final Set<String> MARKER_PAIRS = MARKERS.stream().map(m -> m.substring(0, 2)
            .toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    private static final String MARKER_FIRSTS = MARKER_PAIRS.stream().map(p -> p.substring(0, 1) + p.substring(0, 1)
            .toLowerCase(Locale.ROOT)).distinct().reduce("", String::concat);

    private static String lastCell(String line) {
        // most lines are one cell: no tab, bar or run of four spaces to split at
        if (line.indexOf('\t') < 0 && line.indexOf('|') < 0 && line.indexOf("    ") < 0) return line;
        String[] cells = CELL_SEPARATOR.split(line);
        for (int k = cells.length - 1; k >= 0; k--) {
            if (!cells[k].isBlank()) return cells[k].strip();
        }
        return line;
    }

    /** The longest prefix written in capitals (markers, bodies, titles, a name in capitals), without a trailing name. */
    static String capsPrefix(String s) {
        // the words taken one by one up to the first that is not in capitals: asked of most lines of a text, whose
        // first word is seldom so (no split of the whole line)
        String t = s.strip();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int end = i;
            while (end < t.length() && !Words.isRegexSpace(t.charAt(end))) end++;
            String w = t.substring(i, end);
            if (w.isEmpty() || !Words.isCaps(w) && markerAt(w, 0) == null) break;
            if (out.length() > 0) out.append(' ');
            out.append(w);
            i = end;
            while (i < t.length() && Words.isRegexSpace(t.charAt(i))) i++;
        }
        return out.toString().strip();
    }

    private static String markerAt(String l, int at) {
        for (String m : MARKERS) {
            if (l.regionMatches(true, at, m, 0, m.length())) {
                int after = at + m.length();
                if (m.endsWith(".") || l.length() == after || !Character.isLetter(l.charAt(after))) return m;
            }
        }
        return null;
    }

    private static Pattern markerPattern() {
        StringBuilder b = new StringBuilder("(?u)(?<![\\p{L}])(?:");
        boolean first = true;
        for (String m : MARKERS) {
            if (!first) b.append('|');
            first = false;
            b.append(Pattern.quote(m));
        }
        return Pattern.compile(b.append(")(?![\\p{L}])").toString());
    }

    static String titleCase(String caps) {
        StringBuilder b = new StringBuilder();
        for (String w : SPACES.split(caps.strip())) {
            if (b.length() > 0) b.append(' ');
            b.append(NormalCase.capitalise(w.toLowerCase(Locale.ROOT)));
        }
        return b.toString();
    }
}
