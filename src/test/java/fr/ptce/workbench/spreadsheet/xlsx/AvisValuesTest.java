package fr.ptce.workbench.spreadsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A cell's text: kept as it is when it needs no change, cleaned otherwise. */
class AvisValuesTest {

    @Test
    void aTextThatNeedsNoChangeIsKeptAsItIs() {
        String text = "Ligne 1\nLigne\t2 — «\u00a0é\u00a0» 🌱";
        assertSame(text, AvisValues.text(text));
        assertNull(AvisValues.text(""));
        assertNull(AvisValues.text(null));
    }

    @Test
    void lineBreaksBecomeLineFeedsAndControlCharactersAndNonCharactersGo() {
        assertEquals("a\nb\nc", AvisValues.text("a\r\nb\rc"));
        assertEquals("ab", AvisValues.text("a\u0000\u0007b"));
        assertEquals("xy", AvisValues.text("x\uFFFEy\uFFFF"));
    }

    @Test
    void aTextOverExcelsLimitIsCutWithAnEllipsis() {
        String cut = AvisValues.text("a".repeat(AvisValues.MAX_TEXT + 5));
        assertEquals(AvisValues.MAX_TEXT, cut.length());
        assertEquals('…', cut.charAt(cut.length() - 1));
        String exact = "b".repeat(AvisValues.MAX_TEXT);
        assertSame(exact, AvisValues.text(exact));
    }
}
