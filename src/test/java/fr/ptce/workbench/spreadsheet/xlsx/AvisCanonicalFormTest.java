package fr.ptce.workbench.spreadsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the canonical text formats.md defines, so that a reader written elsewhere gets the same checksum. */
class AvisCanonicalFormTest {

    @Test
    void textEscapesTheSeparatorsItUses() {
        assertEquals("a\\tb\\\\c\\nd\\re", AvisCanonicalForm.text("a\tb\\c\nd\re"));
        assertEquals("=HYPERLINK(\"x\")", AvisCanonicalForm.text("=HYPERLINK(\"x\")"));
    }

    @Test
    void numbersArePlainWithoutTrailingZerosAsTheyReadBackFromACell() {
        assertEquals("3.5", AvisCanonicalForm.text(new BigDecimal("3.50")));
        assertEquals("68", AvisCanonicalForm.text(new BigDecimal("68.00")));
        assertEquals("0", AvisCanonicalForm.text(new BigDecimal("0.00")));
        assertEquals("100", AvisCanonicalForm.text(new BigDecimal("1E+2")));
        assertEquals("3.67", AvisCanonicalForm.text(3.67d));
    }

    @Test
    void datesAreIsoAndAMidnightDateTimeIsItsDate() {
        assertEquals("2021-12-01", AvisCanonicalForm.text(LocalDate.of(2021, 12, 1)));
        assertEquals("2021-12-01", AvisCanonicalForm.text(LocalDateTime.of(2021, 12, 1, 0, 0)));
        assertEquals("2021-12-01T10:15:00", AvisCanonicalForm.text(LocalDateTime.of(2021, 12, 1, 10, 15)));
    }

    @Test
    void theChecksumIsTheSha256OfTheDocumentedText() {
        AvisCanonicalForm form = new AvisCanonicalForm();
        form.sheet("Avis");
        form.row(List.of("N° dossier", "V1"));
        form.row(Arrays.asList("1", new BigDecimal("3.50"), null, LocalDate.of(2021, 12, 1), "a\tb", null));
        form.row(List.of());
        // printf 'Avis\nN° dossier\tV1\n1\t3.5\t\t2021-12-01\ta\\tb\n\n' | sha256sum
        assertEquals("23a4d860298cb0d7e0f4c385cdc3b71d7ac273419e621974b1cea748fc322383", form.sha256());
    }

    @Test
    void aRowIsItsCellsTextsJoinedByTabsWithoutTrailingEmptyCells() throws Exception {
        AvisCanonicalForm form = new AvisCanonicalForm();
        form.sheet("Évaluations\t2");
        form.row(Arrays.asList("", "Maëlle\\Kerjean", null, "", "ligne 1\r\nligne 2", "", null));
        form.row(Arrays.asList(null, "", null));
        form.row(Arrays.asList(new BigDecimal("4.00"), "€ «\u00a0x\u00a0»", LocalDateTime.of(2021, 12, 1, 10, 15, 30)));
        String text = "Évaluations\\t2\n"
                + "\tMaëlle\\\\Kerjean\t\t\tligne 1\\r\\nligne 2\n"
                + "\n"
                + "4\t€ «\u00a0x\u00a0»\t2021-12-01T10:15:30\n";
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(expected, form.sha256());
    }
}
