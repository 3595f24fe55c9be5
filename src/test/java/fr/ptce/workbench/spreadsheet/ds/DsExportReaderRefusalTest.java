package fr.ptce.workbench.spreadsheet.ds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not DS exports, broken or hostile, are refused with a French message naming the place. */
class DsExportReaderRefusalTest {

    private static final String CSV_HEADER = "ID,Email,État du dossier,Description\n";

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    private InputRefusedException refused(Path file) {
        return assertThrows(InputRefusedException.class, () -> new DsExportReader().read(file, sink, Progress.NONE));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path sampleHead(String name, double fraction) throws Exception {
        byte[] all = Files.readAllBytes(
                Path.of(getClass().getResource("/ds-samples/" + name).toURI()));
        return write(name, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    @Test
    void emptyFileIsRefusedAsEmpty() throws IOException {
        InputRefusedException e = refused(write("dossiers.xlsx", new byte[0]));

        assertEquals("Fichier «\u00a0dossiers.xlsx\u00a0»\u00a0: le fichier est vide (0 octet)", e.getMessage());
        assertEquals("dossiers.xlsx", e.location().file());
    }

    @Test
    void directoryIsRefusedAsNotAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("exports.xlsx"));

        assertTrue(refused(folder).getMessage().contains("«\u00a0exports.xlsx\u00a0»\u00a0: c'est un dossier"));
    }

    @Test
    void missingFileIsRefusedAsNotFound() {
        assertTrue(refused(dir.resolve("absent.csv"))
                .getMessage()
                .contains("«\u00a0absent.csv\u00a0»\u00a0: fichier" + " introuvable"));
    }

    @Test
    void randomBytesAreRefusedAsBinary() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        String message = refused(write("dossiers.xlsx", noise)).getMessage();

        assertTrue(message.contains("«\u00a0dossiers.xlsx\u00a0»"));
        assertTrue(message.contains("ni un classeur xlsx ni un fichier csv"), message);
    }

    @Test
    void truncatedXlsxIsRefusedAsCorruptZip() throws Exception {
        String message = refused(sampleHead("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx", 0.5))
                .getMessage();

        assertTrue(
                message.startsWith("Fichier «\u00a0dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx\u00a0»\u00a0: "
                        + "archive zip tronquée ou corrompue"),
                message);
    }

    @Test
    void wordDocumentRenamedXlsxIsRefusedAsWord() throws IOException {
        Path docx = dir.resolve("dossiers.xlsx");
        try (OutputStream out = Files.newOutputStream(docx);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            TestXlsx.put(zip, "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>");
        }

        String message = refused(docx).getMessage();

        assertTrue(message.contains("«\u00a0dossiers.xlsx\u00a0»\u00a0: c'est un document Word (.docx)"), message);
    }

    @Test
    void workbookWithoutDossiersSheetIsRefusedListingItsSheets() throws IOException {
        Path file = dir.resolve("classeur.xlsx");
        new TestXlsx()
                .sheet("Feuil1", TestXlsx.row(1, "ID", "Nom"))
                .sheet("Budget", "")
                .write(file);

        String message = refused(file).getMessage();

        assertEquals(
                "Fichier «\u00a0classeur.xlsx\u00a0»\u00a0: pas de feuille «\u00a0Dossiers\u00a0» (feuilles"
                        + " trouvées\u00a0: Feuil1, Budget)\u00a0: ce n'est pas un export de dossiers de"
                        + " demarches-simplifiees.fr",
                message);
        assertTrue(sink.sheets.isEmpty());
    }

    @Test
    void dossiersSheetWithoutIdColumnIsRefusedAtItsHeaderRow() throws IOException {
        Path file = dir.resolve("dossiers.xlsx");
        new TestXlsx()
                .sheet("Dossiers", TestXlsx.row(1, "Numéro", "Email") + TestXlsx.row(2, "1", "a@b.fr"))
                .write(file);

        InputRefusedException e = refused(file);

        assertTrue(
                e.getMessage()
                        .startsWith("Fichier «\u00a0dossiers.xlsx\u00a0», feuille «\u00a0Dossiers\u00a0»,"
                                + " ligne 1\u00a0: pas de colonne «\u00a0ID\u00a0» (ni «\u00a0N° dossier\u00a0»)"),
                e.getMessage());
        assertEquals("Dossiers", e.location().sheet());
    }

    @Test
    void csvWithoutIdColumnIsRefused() throws IOException {
        Path file = write("liste.csv", "Nom,Email\nDupont,a@b.fr\n".getBytes(StandardCharsets.UTF_8));

        assertTrue(refused(file)
                .getMessage()
                .startsWith("Fichier «\u00a0liste.csv\u00a0», ligne 1\u00a0: pas de" + " colonne «\u00a0ID\u00a0»"));
    }

    @Test
    void latin1CsvIsRefusedNamingUtf8AndTheLine() throws IOException {
        String text = CSV_HEADER + "1,a@b.fr,En construction,ok\n2,c@d.fr,Accepté,Créée en 2021\n";
        Path file = write("dossiers.csv", text.getBytes(Charset.forName("ISO-8859-1")));

        Path asciiHeader =
                write("ascii.csv", ("ID,Email\n1,a@b.fr\n2,Cr\u00e9\u00e9e\n").getBytes(Charset.forName("ISO-8859-1")));

        InputRefusedException e = refused(file);

        assertTrue(
                e.getMessage()
                        .startsWith("Fichier «\u00a0dossiers.csv\u00a0», ligne 1\u00a0: le fichier n'est pas"
                                + " encodé en UTF-8"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Windows-1252"));
        assertTrue(refused(asciiHeader)
                .getMessage()
                .startsWith(
                        "Fichier «\u00a0ascii.csv\u00a0», ligne 3\u00a0: le" + " fichier n'est pas encodé en UTF-8"));
    }

    @Test
    void utf16CsvIsRefusedNamingUtf8() throws IOException {
        Path withBom = write("dossiers.csv", (CSV_HEADER + "1,a@b.fr,Accepté,x\n").getBytes(StandardCharsets.UTF_16));
        Path withoutBom =
                write("sans-bom.csv", (CSV_HEADER + "1,a@b.fr,Accepté,x\n").getBytes(StandardCharsets.UTF_16LE));

        for (Path file : new Path[] {withBom, withoutBom}) {
            String message = refused(file).getMessage();
            assertTrue(message.contains("encodé en UTF-16"), message);
            assertTrue(message.contains("encodé en UTF-8"), message);
        }
    }

    @Test
    void csvWithUnbalancedQuoteIsRefusedAtTheLineTheFieldOpens() throws IOException {
        String text = CSV_HEADER + "1,a@b.fr,Accepté,\"ligne un\nligne deux\"\n"
                + "2,c@d.fr,Refusé,\"jamais fermé\n3,e@f.fr,Accepté,texte\n";
        Path file = write("dossiers.csv", text.getBytes(StandardCharsets.UTF_8));

        InputRefusedException e = refused(file);

        assertEquals(
                "Fichier «\u00a0dossiers.csv\u00a0», ligne 4, colonne «\u00a0Description\u00a0»\u00a0: le champ"
                        + " ouvert par un guillemet à la ligne 4 n'est jamais refermé (guillemet manquant ou fichier"
                        + " tronqué)",
                e.getMessage());
    }

    @Test
    void csvWithTextAfterAClosingQuoteIsRefused() throws IOException {
        Path file = write("dossiers.csv", (CSV_HEADER + "1,\"a\"b,x,y\n").getBytes(StandardCharsets.UTF_8));

        assertTrue(refused(file)
                .getMessage()
                .contains("ligne 2, colonne «\u00a0Email\u00a0»\u00a0: caractère" + " «\u00a0b\u00a0» inattendu"));
    }

    @Test
    void doctypeWithExternalEntityInASheetIsRefusedWithoutReadingTheLocalFile() throws IOException {
        Path secret = write("secret.txt", "MOT-DE-PASSE-SECRET".getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><worksheet xmlns=\"" + TestXlsx.MAIN_NS + "\"><sheetData>"
                + TestXlsx.row(1, "ID", "Email") + TestXlsx.row(2, "1", "&xxe;") + "</sheetData></worksheet>";
        Path file = dir.resolve("dossiers.xlsx");
        new TestXlsx().rawSheet("Dossiers", xml).write(file);

        InputRefusedException e = refused(file);

        assertTrue(
                e.getMessage()
                        .startsWith("Fichier «\u00a0dossiers.xlsx\u00a0», feuille"
                                + " «\u00a0Dossiers\u00a0»\u00a0: XML de la feuille invalide"),
                e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"));
        assertFalse(e.getMessage().contains("MOT-DE-PASSE-SECRET"));
        assertTrue(sink.rows.values().stream()
                .flatMap(rows -> rows.stream())
                .noneMatch(row -> row.values().contains("MOT-DE-PASSE-SECRET")));
    }

    @Test
    void cellLongerThanTheLimitIsRefusedAtItsRowAndColumn() throws IOException {
        // random letters: a repeated one would trip the zip-bomb ratio first
        Random random = new Random(7);
        StringBuilder huge = new StringBuilder();
        while (huge.length() <= ReadLimits.MAX_CELL_CHARS) {
            huge.append((char) ('a' + random.nextInt(26)));
        }
        Path file = dir.resolve("dossiers.xlsx");
        new TestXlsx()
                .sheet("Dossiers", TestXlsx.row(1, "ID", "Description") + TestXlsx.row(2, "1", huge.toString()))
                .write(file);

        String message = refused(file).getMessage();

        assertTrue(
                message.startsWith("Fichier «\u00a0dossiers.xlsx\u00a0», feuille «\u00a0Dossiers\u00a0», ligne 2,"
                        + " colonne «\u00a0Description\u00a0»\u00a0: une cellule dépasse 1000000 caractères"),
                message);
    }

    @Test
    void sheetThatInflatesAbnormallyIsRefusedAsAZipBomb() throws IOException {
        Path file = dir.resolve("dossiers.xlsx");
        new TestXlsx()
                .sheet("Dossiers", TestXlsx.row(1, "ID", "Description") + TestXlsx.row(2, "1", "x".repeat(5_000_000)))
                .write(file);

        assertEquals(
                "Fichier «\u00a0dossiers.xlsx\u00a0», feuille «\u00a0Dossiers\u00a0»\u00a0: contenu compressé de"
                        + " façon anormale (bombe zip\u00a0?)\u00a0: fichier refusé par sécurité",
                refused(file).getMessage());
    }

    @Test
    void rowBeyondExcelsLastRowIsRefused() throws IOException {
        Path file = dir.resolve("dossiers.xlsx");
        new TestXlsx()
                .sheet("Dossiers", TestXlsx.row(1, "ID") + TestXlsx.row(2_000_000, "1"))
                .write(file);

        assertTrue(refused(file).getMessage().contains("ligne 2000000\u00a0: la feuille dépasse 1048576 lignes"));
    }

    @Test
    void legacyXlsFileIsRefusedAskingForXlsxOrCsv() throws IOException {
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = 0x11;
        ole2[3] = (byte) 0xE0;

        assertTrue(refused(write("dossiers.xls", ole2)).getMessage().contains("Excel 97-2003 (.xls)"));
    }
}
