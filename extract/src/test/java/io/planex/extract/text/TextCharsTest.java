package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextCharsTest {
    /** The line-terminator table gives the definition, and what {@code (?m)^} treats as a line end, for every char. */
    @Test
    void lineTerminatorTableMatchesItsDefinitionForEveryChar() {
        Pattern lineStart = Pattern.compile("(?m)^x");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(TextChars.isLineTerminatorByDefinition(ch), TextChars.isLineTerminator(ch), "U+" + Integer.toHexString(c));
            // a terminator other than \r before \n... makes the next char a line start for (?m)^
            boolean regex = lineStart.matcher(ch + "x").find() && ch != 'x';
            assertEquals(regex, TextChars.isLineTerminator(ch), "U+" + Integer.toHexString(c));
        }
    }
}
