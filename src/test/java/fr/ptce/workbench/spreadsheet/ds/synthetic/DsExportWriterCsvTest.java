package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DsExportWriterCsvTest {

    @TempDir
    Path folder;

    @Test
    void fieldsAreQuotedOnlyWhenRubyCsvQuotesThem() {
        assertEquals("plain", CsvExport.field("plain"));
        assertEquals("\"a, b\"", CsvExport.field("a, b"));
        assertEquals("\"il dit \"\"oui\"\"\"", CsvExport.field("il dit \"oui\""));
        assertEquals("\"ligne 1\r\nligne 2\"", CsvExport.field("ligne 1\r\nligne 2"));
        assertEquals("\"seul\rCR\"", CsvExport.field("seul\rCR"));
        assertEquals("R&amp;D; <x>", CsvExport.field("R&amp;D; <x>"));
    }

    @Test
    void nilIsAnEmptyFieldAndEmptyStringIsTwoQuotes() {
        assertEquals("", CsvExport.field(null));
        assertEquals("\"\"", CsvExport.field(""));
    }

    @Test
    void datesAreWrittenInParisTimeWithOffset() {
        assertEquals("2021-06-23 23:58:02 +0200", CsvExport.field(OffsetDateTime.parse("2021-06-23T21:58:02Z")));
        assertEquals("2021-12-01 10:00:00 +0100", CsvExport.field(OffsetDateTime.parse("2021-12-01T09:00:00Z")));
    }

    @Test
    void exportIsUtf8WithoutBomLfAndTheEstablishmentBlock() throws IOException {
        Dossier dossier = TestDossiers.withS1("5047161", "Première ligne\nR&D", List.of(TestDossiers.rennes()));
        Path file = folder.resolve("export.csv");
        DsExportWriter.writeCsv(List.of(dossier), DsEra.Y2021, file);
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("ID,Email,Établissement SIRET,Établissement siège social,"));
        assertTrue(text.endsWith("\n"));
        String header = text.substring(0, text.indexOf('\n'));
        assertFalse(header.contains("Entreprise raison sociale,Archivé"));
        assertFalse(header.contains("Etablissement enseigne"));
        assertTrue(header.contains("\"Actions déjà entamées ou envisagées à court, moyen et long terme\""));
        assertTrue(header.contains(",Association date de publication,Archivé,État du dossier,"));
        assertTrue(text.contains(",2021-06-23 23:58:02 +0200,"));
        assertTrue(text.contains(",\"Première ligne\r\nR&amp;D\","));
        assertTrue(text.contains("\"RECYCLERIE DU VAL D'ESSAI\r\n4 RUE DES ECOLES\r\n35000 RENNES\r\nFRANCE\""));
        // Instructeurs is an empty string (nobody follows): quoted; Passé en instruction le is set
        assertTrue(text.contains(",\"\",Bretagne,"));
        assertFalse(text.contains("Rennes (35000)"), "no repetition block in csv");
    }

    @Test
    void era2025CsvHasTheCurrentFixedColumns() throws IOException {
        Path file = folder.resolve("export.csv");
        DsExportWriter.writeCsv(TestDossiers.some(2), DsEra.Y2025, file);
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertTrue(header.startsWith("ID,Email,FranceConnect ?,Établissement SIRET,"));
        assertTrue(header.contains(",Entreprise date de création,Entreprise état administratif,"));
        assertTrue(header.contains(",À archiver,État du dossier,Dernière mise à jour le,"
                + "Dernière mise à jour du dossier le,Déposé le,"));
        assertTrue(header.contains("," + Champ.REGION.label() + ",Région (Code),"));
    }
}
