package io.planex.extract.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a line pattern {@code (?m)^...:...$} whose every match holds a colon before the line's first
 * {@code '\n'} (as {@link UnitExtractor}'s label line "Cơ quan thực hiện: Sở Tài chính"), as {@link Matcher#find()}
 * over {@code [0, end)} gives them, but tried only at line starts whose line has a colon.
 *
 * <p>Why: {@code find()} enters the pattern at every line start, and on a line of spaces (a running header that
 * {@code RunningLines} blanked in place) its leading {@code [ \t]*}, the label's lazy {@code {4,40}?} and the
 * {@code [ \t]*} before the colon backtrack against each other, about (line length)² × 40 steps for a line that
 * cannot match: most of a 24 MB merged archive's cost. Same matches because {@code find()} returns the leftmost
 * position where an attempt succeeds, an attempt can only succeed where {@code ^} matches and a colon follows on
 * the line, and an attempt at such a position is the same whether it starts from {@code find()} or from
 * {@code lookingAt()} on a region that starts there (the pattern has no look-behind; {@code ^} at a region's start
 * is {@code ^} at a line start, and the region's end is {@code end} for both). {@code LabelLinesTest} compares
 * both on the gold texts and random lines.
 */
final class LabelLines {
    private LabelLines() {}

    static List<MatchResult> find(Pattern pattern, String text, int end) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int colon = -1; // the first ':' at or after the last position asked about, or end when none before end
        int next = 0; // where the previous match ended: find() goes on from there
        int segment = 0;
        while (segment < end) {
            int newline = text.indexOf('\n', segment);
            int segmentEnd = newline < 0 || newline > end ? end : newline;
            for (int at = segment; at < segmentEnd; at++) {
                if (at < next || !lineStart(text, at)) continue;
                if (colon < at) {
                    colon = text.indexOf(':', at);
                    if (colon < 0 || colon > end) colon = end;
                }
                if (colon >= segmentEnd) break; // no colon left on this line: no attempt here can match
                m.region(at, end);
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    next = m.end() == m.start() ? m.end() + 1 : m.end();
                }
            }
            if (newline < 0) break;
            segment = newline + 1;
        }
        return out;
    }

    /** Where {@code ^} matches in multiline mode without UNIX_LINES (as {@code Pattern}'s Caret decides). */
    static boolean lineStart(String text, int i) {
        if (i == 0) return true;
        char c = text.charAt(i - 1);
        if (c != '\n' && c != '\r' && (c | 1) != '\u2029' && c != '\u0085') return false;
        return !(c == '\r' && text.charAt(i) == '\n');
    }
}
