package io.planex.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The code tables of Vietnamese document symbols, loaded from the resource files beside this class: type codes
 * (type-codes.tsv), the type words that introduce a citation (type-words.tsv) and issuer codes with their system
 * and bodies (issuer-codes.tsv). Immutable; one shared instance.
 */
final class Lexicon {
    enum System { PARTY, STATE, BOTH }

    /** A type code as printed ("CTr"), the system using it, its default name and the other names it stands for. */
    record TypeCode(String code, System system, String name, List<String> names) {
        boolean means(String typeName) {
            if (name.equalsIgnoreCase(typeName)) return true;
            for (String n : names) if (n.equalsIgnoreCase(typeName)) return true;
            return false;
        }
    }

    /** A type word ("Chương trình hành động") and the code it stands for when the symbol prints none. */
    record TypeWord(String word, String code, boolean named) {}

    /** An issuer code rule: exact code, code followed by a term number, or a suffix. */
    record IssuerCode(String code, Kind kind, System system, List<String> foldedBodies) {
        enum Kind { EXACT, TERM, SUFFIX }
    }

    private static volatile Lexicon shared;

    private final Map<String, TypeCode> typeExact = new HashMap<>();
    private final Map<String, TypeCode> typeFolded = new HashMap<>();
    private final List<TypeWord> words = new ArrayList<>();
    private final Map<String, IssuerCode> issuerExact = new HashMap<>();
    private final List<IssuerCode> issuerRules = new ArrayList<>();
    private final Node wordTrie = new Node();
    /** Whether a type word can begin with a char (as {@link #typeWordAt} folds it): one table read per word. */
    private final boolean[] opens = new boolean[Character.MAX_VALUE + 1];
    /**
     * The trie's node after each char as a type word's first char (as {@link #typeWordAt} folds it), null where
     * none begins: the walk's first step a table read instead of a binary search over the first chars.
     */
    private final Node[] firstStep = new Node[Character.MAX_VALUE + 1];

    static Lexicon get() {
        Lexicon l = shared;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (shared == null) shared = new Lexicon();
                l = shared;
            }
        }
        return l;
    }

    private Lexicon() {
        for (String[] row : rows("type-codes.tsv")) {
            List<String> names = row.length > 3 && !row[3].isBlank() ? List.of(row[3].split("\\|")) : List.of();
            TypeCode t = new TypeCode(row[0], system(row[1]), row[2], names);
            typeExact.put(row[0], t);
            typeFolded.putIfAbsent(fold(row[0]), t);
        }
        for (String[] row : rows("type-words.tsv")) {
            TypeWord w = new TypeWord(row[0], row[1], row.length > 2 && row[2].equals("named"));
            words.add(w);
        }
        for (String[] row : rows("issuer-codes.tsv")) {
            String code = row[0];
            IssuerCode.Kind kind = IssuerCode.Kind.EXACT;
            if (code.startsWith("*")) {
                kind = IssuerCode.Kind.SUFFIX;
                code = code.substring(1);
            } else if (code.endsWith("#")) {
                kind = IssuerCode.Kind.TERM;
                code = code.substring(0, code.length() - 1);
            }
            List<String> bodies = new ArrayList<>();
            if (row.length > 2) for (String b : row[2].split("\\|")) if (!b.isBlank()) bodies.add(foldName(b));
            IssuerCode ic = new IssuerCode(code, kind, system(row[1]), List.copyOf(bodies));
            if (kind == IssuerCode.Kind.EXACT) issuerExact.put(fold(code), ic);
            else issuerRules.add(ic);
        }
        for (TypeWord w : words) {
            Node node = wordTrie;
            String lower = w.word().toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) node = node.children.computeIfAbsent(lower.charAt(i), k -> new Node());
            node.word = w;
        }
        wordTrie.freeze();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char key = c == '\n' ? ' ' : Chars.toLowerCase((char) c);
            opens[c] = wordTrie.children.containsKey(key);
            firstStep[c] = wordTrie.child(key);
        }
    }

    /** A type word found in a text: where it ends and which word it is. */
    record WordMatch(int end, TypeWord word) {}

    /**
     * The longest type word starting at {@code i} in a {@link CleanText} (case-insensitive, one space or line break
     * between words, ending at a word boundary), or null. A trie walk: linear in the word's length.
     */
    WordMatch typeWordAt(CharSequence w, int i, int limit) {
        if (i >= limit || !opens[w.charAt(i)]) return null; // no type word begins with this char
        if (i > 0 && Chars.isLetterOrDigit(w.charAt(i - 1))) return null;
        Node node = wordTrie;
        WordMatch best = null;
        for (int j = i; j < limit; j++) {
            char c = w.charAt(j);
            c = c == '\n' ? ' ' : Chars.toLowerCase(c);
            node = node.child(c);
            if (node == null) break;
            if (node.word != null && (j + 1 >= w.length() || !Chars.isLetterOrDigit(w.charAt(j + 1)))) {
                best = new WordMatch(j + 1, node.word);
            }
        }
        return best;
    }

    /** {@link #typeWordAt(CharSequence, int, int)} on the chars of a working text (the same walk, array reads). */
    WordMatch typeWordAt(char[] w, int i, int limit) {
        if (i >= limit) return null;
        // the first step from a table (null: no type word begins with this char), the next ones by Node.step
        Node node = firstStep[w[i]];
        if (node == null) return null;
        if (i > 0 && Chars.isLetterOrDigit(w[i - 1])) return null;
        WordMatch best = null;
        if (node.word != null && (i + 1 >= w.length || !Chars.isLetterOrDigit(w[i + 1]))) {
            best = new WordMatch(i + 1, node.word);
        }
        for (int j = i + 1; j < limit; j++) {
            char c = w[j];
            c = c == '\n' ? ' ' : Chars.toLowerCase(c);
            node = node.step(c);
            if (node == null) break;
            if (node.word != null && (j + 1 >= w.length || !Chars.isLetterOrDigit(w[j + 1]))) {
                best = new WordMatch(j + 1, node.word);
            }
        }
        return best;
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        TypeWord word;
        /** The children as sorted arrays, filled by {@link #freeze}: a lookup without boxing or hashing. */
        private char[] keys = new char[0];
        private Node[] next = new Node[0];

        Node child(char c) {
            int k = java.util.Arrays.binarySearch(keys, c);
            return k < 0 ? null : next[k];
        }

        /**
         * {@link #child}, comparing the keys in turn when there are few (past a word's first char a node has one to
         * three): no call to a binary search, which C1 does not inline, for each char of a word that opens like a
         * type word.
         */
        Node step(char c) {
            char[] k = keys;
            if (k.length > 4) return child(c);
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) return next[i];
            }
            return null;
        }

        void freeze() {
            keys = new char[children.size()];
            int k = 0;
            for (char c : children.keySet()) keys[k++] = c;
            java.util.Arrays.sort(keys);
            next = new Node[keys.length];
            for (k = 0; k < keys.length; k++) {
                next[k] = children.get(keys[k]);
                next[k].freeze();
            }
        }
    }

    /** The type code for a printed code: exact case first, then folded (case, Đ/D, O misread for Q before Đ). */
    TypeCode typeCode(String printed) {
        if (printed == null || printed.isEmpty()) return null;
        TypeCode t = typeExact.get(printed);
        if (t != null) return t;
        t = typeFolded.get(fold(printed));
        if (t != null) return t;
        // OCR reads Q as O or 0 in "QĐ": "OĐ-UBND", "0Đ-UBND".
        char c = printed.charAt(0);
        if ((c == 'O' || c == '0') && printed.length() > 1) return typeFolded.get(fold("Q" + printed.substring(1)));
        return null;
    }

    /** The system of an issuer code (party, state), or null when the code is unknown. */
    System issuerSystem(String issuerCode) {
        IssuerCode ic = issuer(issuerCode);
        return ic == null ? null : ic.system();
    }

    IssuerCode issuer(String issuerCode) {
        if (issuerCode == null || issuerCode.isEmpty()) return null;
        String f = fold(issuerCode);
        IssuerCode ic = issuerExact.get(f);
        if (ic != null) return ic;
        // Compound codes ("UBND-KT", "BTC-BNV"): the first group names the body.
        int dash = f.indexOf('-');
        if (dash > 0) {
            ic = issuerExact.get(f.substring(0, dash));
            if (ic != null) return ic;
        }
        String head = dash > 0 ? f.substring(0, dash) : f;
        for (IssuerCode r : issuerRules) {
            String rc = fold(r.code());
            if (r.kind() == IssuerCode.Kind.TERM && head.startsWith(rc) && head.length() > rc.length()
                    && head.substring(rc.length()).chars().allMatch(Character::isDigit)) {
                return r;
            }
        }
        for (IssuerCode r : issuerRules) {
            String rc = fold(r.code());
            if (r.kind() == IssuerCode.Kind.SUFFIX && head.endsWith(rc) && head.length() > rc.length()) return r;
        }
        return null;
    }

    /**
     * Whether an issuer phrase ("Ban Thường vụ Tỉnh ủy Hưng Yên") can be the body behind an issuer code ("TU"):
     * true when the code is unknown or lists no bodies, or one of its bodies occurs in the phrase.
     */
    boolean fits(String issuerCode, String issuerPhrase) {
        IssuerCode ic = issuer(issuerCode);
        if (ic == null || ic.foldedBodies().isEmpty()) return true;
        String p = " " + foldName(issuerPhrase) + " ";
        for (String b : ic.foldedBodies()) if (p.contains(" " + b + " ")) return true;
        return namesDepartment(issuerCode, p.strip());
    }

    /**
     * "125/HD-MTTQ-BTT ... của Ban Thường trực": a compound code's later group is the department of the body that
     * issued it, printed as its initials (BTT, Ban Thường trực; KT, Phòng Kinh tế); a phrase whose words' initials
     * are that group, with or without the department's kind word first, names it.
     */
    private static boolean namesDepartment(String issuerCode, String foldedPhrase) {
        String[] groups = fold(issuerCode).split("-");
        if (groups.length < 2 || foldedPhrase.isEmpty()) return false;
        String[] words = foldedPhrase.split(" ");
        StringBuilder initials = new StringBuilder();
        for (String w : words) initials.append(Character.toUpperCase(w.charAt(0)));
        String all = initials.toString(); // folded letters: upper case is all that is left to do
        for (int k = 1; k < groups.length; k++) {
            String g = groups[k];
            if (g.length() < 2) continue;
            if (all.equals(g) || all.length() == g.length() + 1 && all.endsWith(g)) return true;
        }
        return false;
    }

    /** Whether the code's entry lists bodies, so {@link #fits} can say no. */
    boolean knowsBodies(String issuerCode) {
        IssuerCode ic = issuer(issuerCode);
        return ic != null && !ic.foldedBodies().isEmpty();
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Đ' || c == 'đ' || c == '\u00D0' || c == '\u00F0') c = 'D';
            b.append(c);
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** Lower case, no diacritics, đ->d, single spaces: "Ban Thường vụ Tỉnh uỷ" -> "ban thuong vu tinh uy". */
    static String foldName(String s) {
        String d = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    private static System system(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "party" -> System.PARTY;
            case "state" -> System.STATE;
            default -> System.BOTH;
        };
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = Normalizer.normalize(line, Normalizer.Form.NFC).split("\t");
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].trim();
                if (cols.length >= 2) out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
