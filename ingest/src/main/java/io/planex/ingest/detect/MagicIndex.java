package io.planex.ingest.detect;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Answers "does any of Tika's magic clauses match these header bytes?" without Tika evaluating all ~850 of them.
 *
 * <p>Tika's {@link MimeTypes} evaluates every magic over the first 64 kB of a file that none matches (a plain-text
 * file): hundreds of byte patterns, many over offset ranges of 1–8 kB, each on its own copy of the range, and
 * regular expressions on an ISO-8859-1 copy of 8 kB. That was a sixth of the CPU of {@code planex extract} on a
 * folder of plans. This index is built at start-up from Tika's own clause objects (read by reflection: the clause
 * classes are package-private). A magic is a tree of AND, OR and min-should-match nodes over byte matches
 * ({@code MagicDetector}s); it can only be true if at least one leaf of a <em>necessary set</em> is true: every
 * leaf under an OR or min-should-match node, the leaves of one chosen child of an AND node. Each leaf is evaluated
 * here as {@code MagicDetector.detect} does, but only at the offsets where it can start:
 * <ul>
 *   <li>a byte pattern at the offsets where one chosen pattern byte (the "anchor") is found; which byte values
 *       pass the comparison there is worked out for all 256 with the detector's own expression,
 *       {@code (b & mask) == pattern}, lower-cased when the match ignores case;</li>
 *   <li>a regular expression with the same {@link Pattern}, region and {@code lookingAt} as the detector, on a view
 *       of the header instead of a decoded copy, and when its first char can be read off the expression (a
 *       literal, an escape or a class, not optional) only at the offsets holding one of those chars.</li>
 * </ul>
 * A magic none of whose necessary leaves matches is false; the others are evaluated by Tika itself. So
 * {@link #anyMatches} is Tika's "some magic matches" by construction, only cheaper. A clause kind this class does
 * not know (a Tika upgrade) makes its magic "always evaluate"; if the clauses cannot be read at all, {@link #of} is
 * empty and callers keep Tika's full detection.
 */
public final class MagicIndex {
    /** Magics with a clause this class cannot bound: always evaluated by Tika. */
    private final List<Object> alwaysEvaluate;
    private final Leaf[] leaves;
    private final int regexLeaves;
    private final Method magicEval;
    private final int magicCount;
    /** Each magic's place in Tika's evaluation order (highest priority first), by identity of the magic. */
    private final Map<Object, Integer> orderOf;
    /** By that place: the type the magic says a file is, and the magic's priority. */
    private final MediaType[] typeAt;
    private final int[] priorityAt;

    private MagicIndex(List<Object> alwaysEvaluate, Leaf[] leaves, Method magicEval, Map<Object, Integer> orderOf,
            MediaType[] typeAt, int[] priorityAt) {
        this.alwaysEvaluate = alwaysEvaluate;
        this.orderOf = orderOf;
        this.typeAt = typeAt;
        this.priorityAt = priorityAt;
        this.leaves = leaves;
        this.regexLeaves = Arrays.stream(leaves).mapToInt(l -> l instanceof RegexLeaf r ? r.slot + 1 : 0).max().orElse(0);
        this.magicEval = magicEval;
        this.magicCount = typeAt.length;
    }

    /** The index over the magics of {@code types}, or empty when Tika's clause classes cannot be read. */
    public static Optional<MagicIndex> of(MimeTypes types) {
        try {
            return Optional.of(build(types));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How many magics the index covers (all of Tika's, for a test to check). */
    public int magicCount() {
        return magicCount;
    }

    /** How many magics are always left to Tika (no leaf set could be bounded). */
    int alwaysEvaluated() {
        return alwaysEvaluate.size();
    }

    /**
     * True when some magic clause of Tika's matches {@code header} (the first {@link MimeTypes#getMinLength()}
     * bytes of a file, as Tika reads them), decided by Tika's own evaluation of the magics that the leaf tests
     * cannot rule out.
     */
    public boolean anyMatches(byte[] header) {
        for (Object magic : candidates(header)) {
            if (eval(magic, header)) return true;
        }
        return false;
    }

    /**
     * True when Tika's magic detection lists {@code type} alone for {@code header}: some magic of {@code type}
     * matches, and every magic that matches with the same priority (the highest that matches; Tika stops at a lower
     * one) is of {@code type} too. Decided as {@link #anyMatches} is, on the magics the leaf tests leave open, taken
     * in Tika's order.
     */
    public boolean onlyTypeMatches(byte[] header, MediaType type) {
        List<Object> open = candidates(header);
        open.sort(Comparator.comparingInt(orderOf::get));
        boolean matched = false;
        int matchedPriority = -1;
        for (Object magic : open) {
            int place = orderOf.get(magic);
            // Tika's own stopping rule, to the letter: a priority of 0 or less never stops the scan
            if (matchedPriority > 0 && matchedPriority > priorityAt[place]) break;
            if (!eval(magic, header)) continue;
            if (!type.equals(typeAt[place])) return false;
            matched = true;
            matchedPriority = priorityAt[place];
        }
        return matched;
    }

    /**
     * For tests: {@code base} with the byte pattern of each byte leaf written at the first and at the last offset
     * of its range (masked-out bits kept from {@code base}), one header per leaf and offset: texts that make each
     * leaf true, so that every magic tree gets evaluated both ways.
     */
    List<byte[]> leafExamples(byte[] base) {
        List<byte[]> out = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (!(leaf instanceof BytesLeaf b)) continue;
            for (int at : new int[] {b.begin, b.end}) {
                int size = Math.max(base.length, at + b.length);
                if (size > MimeTypes.getDefaultMimeTypes().getMinLength()) continue;
                byte[] h = Arrays.copyOf(base, size);
                for (int j = 0; j < b.length; j++) {
                    int keep = h[at + j] & ~b.mask[j];
                    int want = b.pattern[j] & b.mask[j];
                    if (b.ignoreCase && (h[at + j] & 1) == 0) want = Character.toUpperCase(want);
                    h[at + j] = (byte) (keep | want);
                }
                out.add(h);
            }
        }
        return out;
    }

    /** The magics that some necessary leaf leaves open, without duplicates. */
    List<Object> candidates(byte[] header) {
        List<Object> out = new ArrayList<>(alwaysEvaluate);
        Header h = new Header(header, regexLeaves);
        for (Leaf leaf : leaves) {
            if (leaf.matches(h)) {
                for (Object m : leaf.magics) {
                    if (!containsIdentity(out, m)) out.add(m);
                }
            }
        }
        return out;
    }

    private boolean eval(Object magic, byte[] header) {
        try {
            return (Boolean) magicEval.invoke(magic, (Object) header);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot evaluate Tika magic " + magic, e);
        }
    }

    private static boolean containsIdentity(List<Object> list, Object o) {
        for (Object x : list) {
            if (x == o) return true;
        }
        return false;
    }

    /** A header with, made on first use, the first offset of each byte value in its first {@code SCANNED} bytes. */
    private static final class Header {
        /** Wide ranges seldom reach further than 8 kB past their start; further occurrences are found by a scan. */
        static final int SCANNED = 16 * 1024;
        final byte[] bytes;
        private int[] first;
        private final Matcher[] matchers;

        Header(byte[] bytes, int regexLeaves) {
            this.bytes = bytes;
            this.matchers = new Matcher[regexLeaves];
        }

        int at(int offset) {
            return offset < bytes.length ? bytes[offset] & 0xFF : 0;
        }

        /** The first offset at or after {@code from} and at most {@code to} holding {@code value}, or -1. */
        int next(int value, int from, int to) {
            if (first == null) {
                first = new int[256];
                Arrays.fill(first, Integer.MAX_VALUE);
                int n = Math.min(bytes.length, SCANNED);
                int unseen = 256;
                for (int i = 0; i < n && unseen > 0; i++) {
                    int v = bytes[i] & 0xFF;
                    if (first[v] == Integer.MAX_VALUE) {
                        first[v] = i;
                        unseen--;
                    }
                }
                for (int v = 0; v < 256; v++) {
                    if (first[v] == Integer.MAX_VALUE && n < bytes.length) first[v] = n; // not in the scanned part
                }
            }
            int f = first[value];
            if (f > to) return -1;
            byte b = (byte) value;
            int last = Math.min(to, bytes.length - 1);
            for (int i = Math.max(from, f); i <= last; i++) {
                if (bytes[i] == b) return i;
            }
            return -1;
        }

        /** One matcher per regex leaf and header, reset to each region it is tried on. */
        Matcher matcher(RegexLeaf leaf) {
            Matcher m = matchers[leaf.slot];
            if (m == null) {
                m = leaf.pattern.matcher(new Window(this, leaf.begin, leaf.length + (leaf.end - leaf.begin)));
                matchers[leaf.slot] = m;
            }
            return m;
        }
    }

    /** Ranges at least this wide look their start bytes up in the header's index instead of scanning. */
    private static final int WIDE = 64;

    /**
     * One {@code MagicDetector}: its window begins at {@code begin}, may start up to {@code end}, is
     * {@code length} long and zero-filled past the header; {@code starts} are the byte values the window's first
     * tested byte ({@code anchor} bytes in) can have, or null for any.
     */
    private abstract static class Leaf {
        final int begin;
        final int end;
        final int length;
        final int anchor;
        final boolean[] starts;
        Object[] magics = new Object[0];

        Leaf(int begin, int end, int length, int anchor, boolean[] starts) {
            this.begin = begin;
            this.end = end;
            this.length = length;
            this.anchor = anchor;
            this.starts = starts;
        }

        abstract boolean headerLongEnough(Header h);

        /** The window starting {@code i} bytes after {@code begin} matches. */
        abstract boolean matchesAt(Header h, int i);

        final boolean matches(Header h) {
            if (!headerLongEnough(h)) return false;
            int range = end - begin;
            if (starts == null || range < WIDE || starts[0]) {
                for (int i = 0; i <= range; i++) {
                    if ((starts == null || starts[h.at(begin + i + anchor)]) && matchesAt(h, i)) return true;
                }
                return false;
            }
            // Offsets past the header hold 0, which is no start here: only offsets inside it can start a match.
            int from = begin + anchor;
            int to = Math.min(end + anchor, h.bytes.length - 1);
            for (int v = 0; v < 256; v++) {
                if (!starts[v]) continue;
                for (int k = h.next(v, from, to); k >= 0; k = h.next(v, k + 1, to)) {
                    if (matchesAt(h, k - from)) return true;
                }
            }
            return false;
        }

        /** Expected share of text offsets this leaf tries: weight of its start bytes times its range. */
        double cost() {
            if (starts == null) return 1e9 * (end - begin + 1);
            double w = 0;
            for (int v = 0; v < 256; v++) {
                if (starts[v]) w += TEXT_BYTE_WEIGHT[v];
            }
            return w * (end - begin + 1);
        }
    }

    /** A byte pattern with a mask, compared as {@code MagicDetector.detect} compares it. */
    private static final class BytesLeaf extends Leaf {
        private final byte[] pattern;
        private final byte[] mask;
        private final boolean ignoreCase;

        BytesLeaf(int begin, int end, int length, int anchor, boolean[] starts, byte[] pattern, byte[] mask,
                boolean ignoreCase) {
            super(begin, end, length, anchor, starts);
            this.pattern = pattern;
            this.mask = mask;
            this.ignoreCase = ignoreCase;
        }

        @Override
        boolean headerLongEnough(Header h) {
            return h.bytes.length >= begin + length; // the detector's "offset < offsetRangeBegin + length"
        }

        @Override
        boolean matchesAt(Header h, int i) {
            for (int j = 0; j < length; j++) {
                int masked = ((byte) h.at(begin + i + j)) & mask[j];
                if (ignoreCase) masked = Character.toLowerCase(masked);
                if (masked != pattern[j]) return false;
            }
            return true;
        }
    }

    /** A regular expression, tried with {@code lookingAt} on the region [i, i + length) of the window. */
    private static final class RegexLeaf extends Leaf {
        private final Pattern pattern;
        private final int slot;

        RegexLeaf(int begin, int end, int length, boolean[] starts, Pattern pattern, int slot) {
            super(begin, end, length, 0, starts);
            this.pattern = pattern;
            this.slot = slot;
        }

        @Override
        boolean headerLongEnough(Header h) {
            return h.bytes.length >= begin; // shorter, the detector cannot skip to its window
        }

        @Override
        boolean matchesAt(Header h, int i) {
            Matcher m = h.matcher(this);
            m.region(i, length + i);
            return m.lookingAt();
        }
    }

    /** The detector's window read as ISO-8859-1 chars, zero-filled past the header, without copying it. */
    private record Window(Header h, int begin, int length) implements CharSequence {
        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) throw new IndexOutOfBoundsException(index);
            return (char) h.at(begin + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            StringBuilder b = new StringBuilder(end - start);
            for (int i = start; i < end; i++) b.append(charAt(i));
            return b.toString();
        }

        @Override
        public String toString() {
            return subSequence(0, length).toString();
        }
    }

    // ---- building from Tika's clause objects ------------------------------------------------------------------

    private static MagicIndex build(MimeTypes types) throws ReflectiveOperationException {
        Field magicsField = MimeTypes.class.getDeclaredField("magics");
        magicsField.setAccessible(true);
        List<?> magics = (List<?>) magicsField.get(types);
        if (magics.isEmpty()) throw new IllegalStateException("no magics");
        Class<?> magicClass = Class.forName("org.apache.tika.mime.Magic");
        Method eval = magicClass.getDeclaredMethod("eval", byte[].class);
        eval.setAccessible(true);
        Method getType = magicClass.getDeclaredMethod("getType");
        getType.setAccessible(true);
        Method getPriority = magicClass.getDeclaredMethod("getPriority");
        getPriority.setAccessible(true);
        Map<Object, Integer> orderOf = new IdentityHashMap<>();
        MediaType[] typeAt = new MediaType[magics.size()];
        int[] priorityAt = new int[magics.size()];
        Reader reader = new Reader(magicClass);
        List<Object> always = new ArrayList<>();
        Map<Object, Leaf> byMatch = new IdentityHashMap<>();
        List<Leaf> leaves = new ArrayList<>();
        for (Object magic : magics) {
            if (!magicClass.isInstance(magic)) throw new IllegalStateException("not a Magic: " + magic);
            int place = orderOf.size();
            orderOf.put(magic, place);
            typeAt[place] = ((MimeType) getType.invoke(magic)).getType();
            priorityAt[place] = (Integer) getPriority.invoke(magic);
            List<Object> necessary = new ArrayList<>();
            if (!reader.necessary(reader.clauseOf(magic), necessary)) {
                always.add(magic);
                continue;
            }
            for (Object match : necessary) {
                Leaf leaf = byMatch.get(match);
                if (leaf == null) {
                    leaf = reader.leaf(match);
                    byMatch.put(match, leaf);
                    leaves.add(leaf);
                }
                if (!Arrays.asList(leaf.magics).contains(magic)) {
                    leaf.magics = Arrays.copyOf(leaf.magics, leaf.magics.length + 1);
                    leaf.magics[leaf.magics.length - 1] = magic;
                }
            }
        }
        for (int i = 1; i < priorityAt.length; i++) {
            if (priorityAt[i] > priorityAt[i - 1]) throw new IllegalStateException("magics not in priority order");
        }
        return new MagicIndex(List.copyOf(always), leaves.toArray(Leaf[]::new), eval, orderOf, typeAt, priorityAt);
    }

    /** Reads Tika's clause trees and match parameters. */
    private static final class Reader {
        private final Field magicClause;
        private final Class<?> andClass = Class.forName("org.apache.tika.mime.AndClause");
        private final Class<?> orClass = Class.forName("org.apache.tika.mime.OrClause");
        private final Class<?> minShouldClass = Class.forName("org.apache.tika.mime.MinShouldMatchClause");
        private final Class<?> matchClass = Class.forName("org.apache.tika.mime.MagicMatch");
        private final Field andClauses;
        private final Field orClauses;
        private final Field minShouldClauses;
        private final Field minShouldMin;
        private final Method matchDetector;
        private final Field pattern;
        private final Field mask;
        private final Field length;
        private final Field isRegex;
        private final Field ignoreCase;
        private final Field rangeBegin;
        private final Field rangeEnd;
        private final Map<Object, Leaf> leaves = new IdentityHashMap<>();
        private int regexSlots;

        Reader(Class<?> magicClass) throws ReflectiveOperationException {
            magicClause = open(magicClass.getDeclaredField("clause"));
            andClauses = open(andClass.getDeclaredField("clauses"));
            orClauses = open(orClass.getDeclaredField("clauses"));
            minShouldClauses = open(minShouldClass.getDeclaredField("clauses"));
            minShouldMin = open(minShouldClass.getDeclaredField("min"));
            matchDetector = matchClass.getDeclaredMethod("getDetector");
            matchDetector.setAccessible(true);
            pattern = open(MagicDetector.class.getDeclaredField("pattern"));
            mask = open(MagicDetector.class.getDeclaredField("mask"));
            length = open(MagicDetector.class.getDeclaredField("length"));
            isRegex = open(MagicDetector.class.getDeclaredField("isRegex"));
            ignoreCase = open(MagicDetector.class.getDeclaredField("isStringIgnoreCase"));
            rangeBegin = open(MagicDetector.class.getDeclaredField("offsetRangeBegin"));
            rangeEnd = open(MagicDetector.class.getDeclaredField("offsetRangeEnd"));
        }

        private static Field open(Field f) {
            f.setAccessible(true);
            return f;
        }

        Object clauseOf(Object magic) throws ReflectiveOperationException {
            return magicClause.get(magic);
        }

        /**
         * Adds to {@code out} matches of which at least one is true whenever {@code clause} is; false when there is
         * no such set (an unknown clause kind, a min-should-match of 0).
         */
        boolean necessary(Object clause, List<Object> out) throws ReflectiveOperationException {
            if (matchClass.isInstance(clause)) {
                out.add(clause);
                return true;
            }
            if (orClass.isInstance(clause)) return all((List<?>) orClauses.get(clause), out);
            if (minShouldClass.isInstance(clause)) {
                if (minShouldMin.getInt(clause) < 1) return false;
                return all((List<?>) minShouldClauses.get(clause), out);
            }
            if (andClass.isInstance(clause)) {
                // All children must hold: any one child's necessary set will do; take the one tried least often.
                List<Object> best = null;
                double bestCost = Double.MAX_VALUE;
                for (Object child : (Object[]) andClauses.get(clause)) {
                    List<Object> set = new ArrayList<>();
                    if (!necessary(child, set)) continue;
                    double cost = 0;
                    for (Object match : set) cost += leaf(match).cost();
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = set;
                    }
                }
                if (best == null) return false;
                out.addAll(best);
                return true;
            }
            return false;
        }

        private boolean all(List<?> children, List<Object> out) throws ReflectiveOperationException {
            if (children.isEmpty()) return false;
            for (Object child : children) {
                if (!necessary(child, out)) return false;
            }
            return true;
        }

        /** The leaf test of one {@code MagicMatch}, with the parameters of its own detector. */
        Leaf leaf(Object match) throws ReflectiveOperationException {
            Leaf known = leaves.get(match);
            if (known != null) return known;
            MagicDetector d = (MagicDetector) matchDetector.invoke(match);
            byte[] p = (byte[]) pattern.get(d);
            byte[] m = (byte[]) mask.get(d);
            int len = length.getInt(d);
            boolean ic = ignoreCase.getBoolean(d);
            int begin = rangeBegin.getInt(d);
            int end = rangeEnd.getInt(d);
            Leaf leaf;
            if (isRegex.getBoolean(d)) {
                Pattern compiled = Pattern.compile(new String(p, StandardCharsets.UTF_8), ic ? Pattern.CASE_INSENSITIVE : 0);
                leaf = new RegexLeaf(begin, end, len, RegexStarts.of(compiled.pattern(), ic), compiled, regexSlots++);
            } else {
                if (p.length < len || m.length < len) throw new IllegalStateException("short pattern in " + match);
                int bestAnchor = -1;
                boolean[] bestStarts = null;
                double bestWeight = Double.MAX_VALUE;
                for (int j = 0; j < len; j++) {
                    boolean[] starts = new boolean[256];
                    double weight = 0;
                    for (int v = 0; v < 256; v++) {
                        // MagicDetector.detect's own comparison of one window byte with the pattern.
                        int masked = ((byte) v) & m[j];
                        if (ic) masked = Character.toLowerCase(masked);
                        starts[v] = masked == p[j];
                        if (starts[v]) weight += TEXT_BYTE_WEIGHT[v] + (v == 0 ? 1e6 : 0);
                    }
                    if (weight < bestWeight) {
                        bestWeight = weight;
                        bestAnchor = j;
                        bestStarts = starts;
                    }
                }
                leaf = len == 0 ? new BytesLeaf(begin, end, 0, 0, null, p, m, ic)
                        : new BytesLeaf(begin, end, len, bestAnchor, bestStarts, p, m, ic);
            }
            leaves.put(match, leaf);
            return leaf;
        }
    }

    /** Bytes common in Vietnamese UTF-8 or 8-bit text weigh much more than the rest. */
    private static final double[] TEXT_BYTE_WEIGHT = new double[256];

    static {
        for (int v = 0; v < 256; v++) {
            boolean common = Character.isLetterOrDigit(v) && v < 128 || v == ' ' || v == '\n' || v == '\r'
                    || v == '\t' || ".,:;()-/\"'".indexOf(v) >= 0 || v >= 0x80;
            TEXT_BYTE_WEIGHT[v] = common ? 1000 : 1;
        }
    }
}
