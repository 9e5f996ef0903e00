package io.planex.ingest.detect;

/**
 * The chars (0–255, as Tika reads a window: ISO-8859-1) a regular expression's match can begin with, read off the
 * expression when that is simple: leading flag groups {@code (?s)}, {@code (?i)}, {@code (?m)}, an optional
 * {@code ^}, then one literal char, escape ({@code \xHH}, {@code \r}, {@code \n}, {@code \t}, {@code \f},
 * an escaped punctuation mark) or class of those (with ranges, not negated) that no quantifier makes optional.
 * Anything else — a group, a dot, a negated or nested class, {@code \s}-like classes, an alternation at the top
 * level, other flags — gives null: "any char". Case-insensitive matching (Tika's flag or {@code (?i)}) without
 * {@code UNICODE_CASE} folds ASCII letters only, so both ASCII cases are added.
 */
final class RegexStarts {
    private final String re;
    private int i;
    private boolean ignoreCase;

    private RegexStarts(String re, boolean ignoreCase) {
        this.re = re;
        this.ignoreCase = ignoreCase;
    }

    static boolean[] of(String regex, boolean ignoreCase) {
        if (hasTopLevelAlternation(regex)) return null;
        return new RegexStarts(regex, ignoreCase).parse();
    }

    private boolean[] parse() {
        while (re.startsWith("(?", i)) {
            int close = re.indexOf(')', i);
            if (close < 0) return null;
            String flags = re.substring(i + 2, close);
            if (flags.isEmpty() || !flags.chars().allMatch(c -> c == 's' || c == 'i' || c == 'm')) return null;
            if (flags.indexOf('i') >= 0) ignoreCase = true;
            i = close + 1;
        }
        if (i < re.length() && re.charAt(i) == '^') i++;
        if (i >= re.length()) return null;
        boolean[] set = new boolean[256];
        char c = re.charAt(i);
        if (c == '[') {
            if (!readClass(set)) return null;
        } else {
            int one = readOne();
            if (one < 0) return null;
            set[one] = true;
        }
        if (i < re.length() && "?*{".indexOf(re.charAt(i)) >= 0) return null; // {0,n} or optional
        if (ignoreCase) {
            for (int v = 'a'; v <= 'z'; v++) {
                int u = v - 'a' + 'A';
                if (set[v] || set[u]) {
                    set[v] = true;
                    set[u] = true;
                }
            }
        }
        return set;
    }

    /** One literal char or simple escape at {@code i}, consumed; -1 when it is anything else. */
    private int readOne() {
        char c = re.charAt(i);
        if (c == '\\') {
            if (i + 1 >= re.length()) return -1;
            char e = re.charAt(i + 1);
            switch (e) {
                case 'x' -> {
                    if (i + 4 > re.length()) return -1;
                    try {
                        int v = Integer.parseInt(re.substring(i + 2, i + 4), 16);
                        i += 4;
                        return v;
                    } catch (NumberFormatException x) {
                        return -1;
                    }
                }
                case 'r' -> {
                    i += 2;
                    return '\r';
                }
                case 'n' -> {
                    i += 2;
                    return '\n';
                }
                case 't' -> {
                    i += 2;
                    return '\t';
                }
                case 'f' -> {
                    i += 2;
                    return '\f';
                }
                default -> {
                    if (e < 128 && !Character.isLetterOrDigit(e)) {
                        i += 2;
                        return e;
                    }
                    return -1;
                }
            }
        }
        if ("[](){}.*+?^$|".indexOf(c) >= 0 || c > 255) return -1;
        i++;
        return c;
    }

    /** A class {@code [...]} of literals, escapes and ranges at {@code i}, consumed; false for anything else. */
    private boolean readClass(boolean[] set) {
        i++; // '['
        if (i < re.length() && re.charAt(i) == '^') return false;
        boolean any = false;
        while (i < re.length() && re.charAt(i) != ']') {
            if (re.charAt(i) == '[' || re.startsWith("&&", i)) return false;
            int from = readOne();
            if (from < 0) return false;
            int to = from;
            if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
                i++;
                to = readOne();
                if (to < from) return false;
            }
            for (int v = from; v <= to; v++) set[v] = true;
            any = true;
        }
        if (i >= re.length() || !any) return false;
        i++; // ']'
        return true;
    }

    /** A '|' outside any group and class, escapes skipped. */
    static boolean hasTopLevelAlternation(String re) {
        int depth = 0;
        boolean inClass = false;
        for (int k = 0; k < re.length(); k++) {
            char c = re.charAt(k);
            if (c == '\\') {
                k++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
