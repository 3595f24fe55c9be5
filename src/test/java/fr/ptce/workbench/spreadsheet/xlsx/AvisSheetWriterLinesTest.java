package fr.ptce.workbench.spreadsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lines a wrapped text takes, which give a streamed row its height. */
class AvisSheetWriterLinesTest {

    @Test
    void eachParagraphTakesItsLinesAndAnEmptyOneTakesOne() {
        // a column 10 wide holds 11 letters a line
        assertEquals(1, AvisSheetWriter.lines("", 10));
        assertEquals(1, AvisSheetWriter.lines("a".repeat(11), 10));
        assertEquals(2, AvisSheetWriter.lines("a".repeat(12), 10));
        assertEquals(3, AvisSheetWriter.lines("a\n\nb", 10));
        assertEquals(2, AvisSheetWriter.lines("a\n", 10));
        assertEquals(2 + 1 + 3, AvisSheetWriter.lines("a".repeat(22) + "\nb\n" + "c".repeat(23), 10));
    }
}
