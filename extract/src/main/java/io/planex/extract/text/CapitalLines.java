package io.planex.extract.text;

/**
 * The run of capital lines a header's issuer block makes above a line of it (its motto, its number line): "UBND
 * TỈNH QUẢNG TRỊ" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" over "Số: 12/SL-SGDĐT". Lines without a letter (blank lines, the rule
 * under a name, a Party header's "*") stand between the block's lines and do not end it. Pure and thread-safe.
 */
public final class CapitalLines {
    private CapitalLines() {}

    /**
     * The index of the first line of the capital lines right above {@code lines[at]}, at most {@code most} of them,
     * none at or above {@code floor} ({@code -1} for none); {@code at} itself when no capital line stands above it.
     */
    public static int runAbove(String[] lines, int at, int floor, int most) {
        int first = at;
        int caps = 0;
        for (int i = at - 1; i > floor && caps < most; i--) {
            if (lines[i].codePoints().noneMatch(Character::isLetter)) continue;
            if (!Words.isCaps(lines[i].strip())) break;
            first = i;
            caps++;
        }
        return first;
    }
}
