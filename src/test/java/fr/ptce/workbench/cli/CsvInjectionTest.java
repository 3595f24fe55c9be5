package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.cli.dossier.DossierTable;
import org.junit.jupiter.api.Test;

/** The csv of the dossier list neutralises formula-looking texts with a leading apostrophe. */
class CsvInjectionTest {

    @Test
    void formulaLookingTextsArePrefixedWithAnApostrophe() {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://example.org\"\")\"",
                DossierTable.quote("=HYPERLINK(\"http://example.org\")"));
        assertEquals("'+33 1 23 45 67 89", DossierTable.quote("+33 1 23 45 67 89"));
        assertEquals("'-2+3", DossierTable.quote("-2+3"));
        assertEquals("'@SUM(A1)", DossierTable.quote("@SUM(A1)"));
        assertEquals("'\tx", DossierTable.quote("\tx"));
        assertEquals("\"'\rx\"", DossierTable.quote("\rx"));
        assertEquals("Tiers-lieu", DossierTable.quote("Tiers-lieu"));
        assertEquals("", DossierTable.quote(""));
    }
}
