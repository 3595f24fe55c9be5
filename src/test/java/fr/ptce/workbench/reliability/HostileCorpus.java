package fr.ptce.workbench.reliability;

import static fr.ptce.workbench.reliability.HostileCase.Entry.CONSOLIDATE;
import static fr.ptce.workbench.reliability.HostileCase.Entry.IMPORT;
import static fr.ptce.workbench.reliability.HostileCase.Entry.KIT;
import static fr.ptce.workbench.reliability.HostileCase.Entry.RESTORE;
import static fr.ptce.workbench.reliability.HostileCase.handled;
import static fr.ptce.workbench.reliability.HostileCase.refused;
import static fr.ptce.workbench.reliability.HostileFiles.bytes;
import static fr.ptce.workbench.reliability.HostileFiles.csvWithProjectName;
import static fr.ptce.workbench.reliability.HostileFiles.edited;
import static fr.ptce.workbench.reliability.HostileFiles.random;
import static fr.ptce.workbench.reliability.HostileFiles.row;
import static fr.ptce.workbench.reliability.HostileFiles.sheet;
import static fr.ptce.workbench.reliability.HostileFiles.text;
import static fr.ptce.workbench.reliability.HostileFiles.xlsx;
import static fr.ptce.workbench.reliability.HostileFiles.zip;

import fr.ptce.workbench.SampleFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hostile corpus: every case built by the test itself (nothing committed under src/test/resources/hostile/ is
 * needed). A new case is one line here.
 */
final class HostileCorpus {

    /** The genuine avis workbook the runner exports before the corpus, that the tampered cases start from. */
    static final String GENUINE_AVIS = "avis-authentique.xlsx";
    /** The genuine expert kit (one dossier) the runner exports before the corpus, for the tampered kits. */
    static final String GENUINE_KIT = "kit-expert-authentique.xlsx";

    private static final String XLSX = SampleFiles.OCTOBER_2021_XLSX;
    private static final String CSV_HEAD = "ID,Email,État du dossier,Description\n";
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    private HostileCorpus() {}

    static List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        // empty, missing, not a file, not a spreadsheet
        c.add(refused(
                "vide.xlsx",
                IMPORT,
                "fichier vide (0 octet)",
                d -> bytes(d, "vide.xlsx", new byte[0]),
                "le fichier est vide"));
        c.add(refused("vide.csv", IMPORT, "csv vide", d -> bytes(d, "vide.csv", new byte[0]), "le fichier est vide"));
        c.add(refused(
                "un-dossier.xlsx",
                IMPORT,
                "un répertoire nommé .xlsx",
                d -> Files.createDirectory(d.resolve("un-dossier.xlsx")),
                "c'est un dossier"));
        c.add(refused("absent.xlsx", IMPORT, "fichier introuvable", d -> d.resolve("absent.xlsx"), "introuvable"));
        c.add(refused(
                "bruit.xlsx",
                IMPORT,
                "4 Ko d'octets aléatoires",
                d -> bytes(d, "bruit.xlsx", random(4096, 1)),
                "ni un classeur xlsx ni un fichier csv"));
        c.add(refused(
                "bruit.csv",
                IMPORT,
                "octets aléatoires nommés .csv",
                d -> bytes(d, "bruit.csv", random(4096, 2)),
                "« bruit.csv »"));
        c.add(refused(
                "document.xlsx",
                IMPORT,
                "un .docx renommé",
                d -> zip(d, "document.xlsx", "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"),
                "document Word"));
        c.add(refused(
                "rapport.xlsx",
                IMPORT,
                "un PDF renommé",
                d -> bytes(d, "rapport.xlsx", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(LATIN_1)),
                "« rapport.xlsx »"));
        c.add(refused(
                "image.xlsx",
                IMPORT,
                "une image PNG renommée",
                d -> bytes(
                        d,
                        "image.xlsx",
                        concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, random(512, 4))),
                "« image.xlsx »"));
        c.add(refused(
                "archive.csv",
                IMPORT,
                "un gzip renommé .csv",
                d -> bytes(d, "archive.csv", concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, random(512, 5))),
                "« archive.csv »"));
        c.add(refused(
                "ancien.xls", IMPORT, "Excel 97-2003 (OLE2)", d -> bytes(d, "ancien.xls", ole2()), "Excel 97-2003"));
        c.add(refused(
                "page.xlsx",
                IMPORT,
                "une page HTML renommée",
                d -> text(
                        d,
                        "page.xlsx",
                        "<html><body><table><tr><td>ID</td></tr></table></body></html>",
                        StandardCharsets.UTF_8),
                "« page.xlsx »"));
        // truncated and corrupt zips
        for (int percent : new int[] {10, 50, 90, 99}) {
            String name = "tronque-" + percent + ".xlsx";
            c.add(refused(
                    name,
                    IMPORT,
                    "export xlsx tronqué à " + percent + " %",
                    d -> HostileFiles.truncated(d, name, XLSX, percent / 100.0),
                    "« " + name + " »"));
        }
        c.add(refused(
                "corrompu.xlsx",
                IMPORT,
                "export xlsx dont 2 Ko au milieu sont écrasés",
                d -> HostileFiles.corrupted(d, "corrompu.xlsx", XLSX),
                "« corrompu.xlsx »"));
        c.add(refused(
                "zip-vide.xlsx",
                IMPORT,
                "une archive zip sans aucune partie",
                d -> zip(d, "zip-vide.xlsx"),
                "« zip-vide.xlsx »"));
        c.add(refused(
                "sans-classeur.xlsx",
                IMPORT,
                "zip avec [Content_Types].xml seul",
                d -> zip(d, "sans-classeur.xlsx", "[Content_Types].xml", "<Types/>"),
                "« sans-classeur.xlsx »"));
        c.add(refused(
                "traversee.xlsx",
                IMPORT,
                "zip dont une partie s'appelle ../../evil",
                d -> zip(d, "traversee.xlsx", "../../evil.sh", "rm -rf ~"),
                "« traversee.xlsx »"));
        // bombs and XML attacks
        c.add(refused(
                "bombe.xlsx",
                IMPORT,
                "bombe zip : 5 Mo de « x » compressés",
                d -> xlsx(
                        d,
                        "bombe.xlsx",
                        "Dossiers",
                        sheet(row(1, "ID", "Description") + row(2, "1", "x".repeat(5_000_000)))),
                "bombe zip"));
        c.add(refused(
                "bombe-lignes.xlsx",
                IMPORT,
                "bombe zip : 200 000 lignes identiques",
                d -> xlsx(d, "bombe-lignes.xlsx", "Dossiers", sheet(row(1, "ID", "Description") + manyRows(200_000))),
                "« bombe-lignes.xlsx »"));
        c.add(refused(
                "xxe.xlsx",
                IMPORT,
                "entité externe XML (XXE) vers un fichier local",
                d -> xlsx(
                        d,
                        "xxe.xlsx",
                        "Dossiers",
                        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                + "<worksheet xmlns=\"" + HostileFiles.MAIN_NS + "\"><sheetData>"
                                + row(1, "ID", "Email")
                                + row(2, "1", "&xxe;") + "</sheetData></worksheet>"),
                "DOCTYPE"));
        c.add(refused(
                "milliard-de-rires.xlsx",
                IMPORT,
                "expansion d'entités (billion laughs)",
                d -> xlsx(d, "milliard-de-rires.xlsx", "Dossiers", laughs()),
                "DOCTYPE"));
        c.add(refused(
                "xxe-workbook.xlsx",
                IMPORT,
                "XXE dans workbook.xml",
                d -> zip(
                        d,
                        "xxe-workbook.xlsx",
                        "[Content_Types].xml",
                        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                        "xl/workbook.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<workbook>&x;</workbook>"),
                "« xxe-workbook.xlsx »"));
        // OpenDocument exports: the same guarantees as xlsx
        c.add(refused(
                "bombe.ods",
                IMPORT,
                "bombe zip : ods dont content.xml tient 5 Mo de « x » compressés",
                d -> HostileFiles.ods(
                        d,
                        "bombe.ods",
                        odsTable("Dossiers", odsRow("ID", "Description") + odsRow("1", "x".repeat(5_000_000)))),
                "bombe zip"));
        c.add(refused(
                "xxe.ods",
                IMPORT,
                "entité externe XML (XXE) dans content.xml d'un ods",
                d -> HostileFiles.zip(
                        d,
                        "xxe.ods",
                        "mimetype",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        "content.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                + HostileFiles.odsContent(
                                                odsTable("Dossiers", odsRow("ID", "Email") + odsRow("1", "&xxe;")))
                                        .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length())),
                "DOCTYPE"));
        c.add(refused(
                "tronque-50.ods",
                IMPORT,
                "export ods tronqué à 50 %",
                d -> HostileFiles.truncatedOds(d, "tronque-50.ods", 0.5),
                "« tronque-50.ods »"));
        c.add(refused(
                "sans-contenu.ods",
                IMPORT,
                "ods sans content.xml (mimetype seul)",
                d -> HostileFiles.zip(
                        d, "sans-contenu.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                "il y manque content.xml"));
        c.add(refused(
                "bruit.ods",
                IMPORT,
                "octets aléatoires nommés .ods",
                d -> bytes(d, "bruit.ods", random(4096, 8)),
                "« bruit.ods »"));
        c.add(refused(
                "texte.ods",
                IMPORT,
                "un document texte OpenDocument (.odt) renommé .ods",
                d -> HostileFiles.zip(
                        d, "texte.ods", "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"),
                "pas un classeur"));
        c.add(refused(
                "colonnes-repetees.ods",
                IMPORT,
                "ods : une cellule répétée sur 20 000 colonnes",
                d -> HostileFiles.ods(
                        d,
                        "colonnes-repetees.ods",
                        odsTable(
                                "Dossiers",
                                odsRow("ID", "Email")
                                        + "<table:table-row><table:table-cell table:number-columns-repeated=\"20000\""
                                        + " office:value-type=\"string\"><text:p>1</text:p></table:table-cell><"
                                        + "/table:table-row>")),
                "colonne XFD"));
        c.add(refused(
                "xml-invalide.ods",
                IMPORT,
                "ods dont content.xml est mal formé",
                d -> HostileFiles.zip(
                        d,
                        "xml-invalide.ods",
                        "mimetype",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        "content.xml",
                        HostileFiles.odsContent(odsTable("Dossiers", odsRow("ID") + odsRow("1")))
                                .replace("</table:table>", "")),
                "« xml-invalide.ods »"));
        c.add(refused(
                "million-lignes-vides.xlsx",
                IMPORT,
                "une feuille Dossiers d'un million de lignes vides",
                d -> xlsx(
                        d,
                        "million-lignes-vides.xlsx",
                        "Dossiers",
                        sheet(row(1, "ID", "Email") + emptyRows(1_000_000))),
                "« million-lignes-vides.xlsx »"));
        c.add(refused(
                "ligne-2000000.xlsx",
                IMPORT,
                "une ligne au-delà de la dernière ligne d'Excel",
                d -> xlsx(d, "ligne-2000000.xlsx", "Dossiers", sheet(row(1, "ID") + row(2_000_000, "1"))),
                "dépasse 1048576"));
        c.add(refused(
                "cellule-geante.xlsx",
                IMPORT,
                "une cellule de plus d'un million de caractères",
                d -> xlsx(
                        d,
                        "cellule-geante.xlsx",
                        "Dossiers",
                        sheet(row(1, "ID", "Description") + row(2, "1", letters(1_000_001)))),
                "dépasse 1000000 caractères"));
        // wrong sheets and columns
        c.add(refused(
                "sans-feuille-dossiers.xlsx",
                IMPORT,
                "un classeur sans feuille « Dossiers »",
                d -> xlsx(d, "sans-feuille-dossiers.xlsx", "Feuil1", sheet(row(1, "ID", "Nom"))),
                "pas de feuille « Dossiers »"));
        c.add(refused(
                "dossiers-autres-colonnes.xlsx",
                IMPORT,
                "une feuille « Dossiers » aux autres colonnes",
                d -> xlsx(
                        d,
                        "dossiers-autres-colonnes.xlsx",
                        "Dossiers",
                        sheet(row(1, "Numéro", "Courriel") + row(2, "1", "a@example.org"))),
                "pas de colonne « ID »"));
        c.add(refused(
                "feuille-xml-invalide.xlsx",
                IMPORT,
                "XML de feuille mal formé",
                d -> xlsx(d, "feuille-xml-invalide.xlsx", "Dossiers", "<worksheet><sheetData><row r=\"1\"><c>"),
                "« feuille"));
        c.add(refused(
                "csv-sans-id.csv",
                IMPORT,
                "csv sans colonne ID",
                d -> text(d, "csv-sans-id.csv", "Nom,Email\nDupont,a@example.org\n", StandardCharsets.UTF_8),
                "pas de colonne « ID »"));
        // csv encodings and syntax
        c.add(refused(
                "latin1.csv",
                IMPORT,
                "csv en Latin-1",
                d -> text(d, "latin1.csv", CSV_HEAD + "1,a@example.org,Accepté,Créée en 2021\n", LATIN_1),
                "pas encodé en UTF-8"));
        c.add(refused(
                "windows-1252.csv",
                IMPORT,
                "csv en Windows-1252 (guillemets typographiques)",
                d -> text(
                        d,
                        "windows-1252.csv",
                        CSV_HEAD + "1,a@example.org,Accepté,« œuvre » – 2021\n",
                        Charset.forName("windows-1252")),
                "pas encodé en UTF-8"));
        c.add(refused(
                "utf16-bom.csv",
                IMPORT,
                "csv UTF-16 avec BOM",
                d -> text(d, "utf16-bom.csv", CSV_HEAD + "1,a@example.org,Accepté,x\n", StandardCharsets.UTF_16),
                "UTF-16"));
        c.add(refused(
                "utf16le.csv",
                IMPORT,
                "csv UTF-16LE sans BOM",
                d -> text(d, "utf16le.csv", CSV_HEAD + "1,a@example.org,Accepté,x\n", StandardCharsets.UTF_16LE),
                "UTF-16"));
        c.add(refused(
                "guillemet-ouvert.csv",
                IMPORT,
                "csv dont un guillemet n'est jamais refermé",
                d -> text(
                        d,
                        "guillemet-ouvert.csv",
                        CSV_HEAD + "1,a@example.org,Refusé,\"jamais fermé\n2,b@example.org,x,y\n",
                        StandardCharsets.UTF_8),
                "jamais refermé"));
        c.add(refused(
                "texte-apres-guillemet.csv",
                IMPORT,
                "csv avec du texte après un guillemet fermant",
                d -> text(d, "texte-apres-guillemet.csv", CSV_HEAD + "1,\"a\"b,x,y\n", StandardCharsets.UTF_8),
                "inattendu"));
        c.add(refused(
                "champ-geant.csv",
                IMPORT,
                "csv dont un champ dépasse un million de caractères",
                d -> text(
                        d,
                        "champ-geant.csv",
                        CSV_HEAD + "1,a@example.org,x," + letters(1_000_001) + "\n",
                        StandardCharsets.UTF_8),
                "dépasse 1000000 caractères"));
        c.add(refused(
                "nul.csv",
                IMPORT,
                "csv contenant des octets NUL",
                d -> bytes(
                        d,
                        "nul.csv",
                        (CSV_HEAD + "1,a@example.org,x,\u0000\u0000\u0000\n").getBytes(StandardCharsets.UTF_8)),
                "« nul.csv »"));
        // handled: read as typed, never evaluated
        c.add(handled(
                "formule-hyperlink.csv",
                IMPORT,
                "nom de projet =HYPERLINK(…)",
                d -> text(
                        d,
                        "formule-hyperlink.csv",
                        csvWithProjectName("=HYPERLINK(\"http://example.org/x\",\"clic\")"),
                        StandardCharsets.UTF_8),
                "=HYPERLINK(\"http://example.org/x\",\"clic\")"));
        c.add(handled(
                "formule-plus.csv",
                IMPORT,
                "nom de projet commençant par +",
                d -> text(d, "formule-plus.csv", csvWithProjectName("+33 1 23 45 67 89"), StandardCharsets.UTF_8),
                "+33 1 23 45 67 89"));
        c.add(handled(
                "formule-moins.csv",
                IMPORT,
                "nom de projet commençant par -",
                d -> text(d, "formule-moins.csv", csvWithProjectName("-2+3+cmd|' /C calc'!A0"), StandardCharsets.UTF_8),
                "-2+3+cmd|' /C calc'!A0"));
        c.add(handled(
                "formule-arobase.csv",
                IMPORT,
                "nom de projet commençant par @",
                d -> text(
                        d,
                        "formule-arobase.csv",
                        csvWithProjectName("@SUM(1+1)*cmd|' /C calc'!A0"),
                        StandardCharsets.UTF_8),
                "@SUM(1+1)*cmd|' /C calc'!A0"));
        c.add(handled(
                "caracteres-controle.csv",
                IMPORT,
                "nom de projet avec tabulation et retour chariot (le CR"
                        + " devient un saut de ligne, comme toute fin de ligne)",
                d -> text(
                        d,
                        "caracteres-controle.csv",
                        csvWithProjectName("Tiers\tlieu\rdu bocage"),
                        StandardCharsets.UTF_8),
                "Tiers\tlieu\ndu bocage"));
        c.add(handled(
                "bom-utf8.csv",
                IMPORT,
                "csv UTF-8 précédé d'un BOM",
                d -> text(d, "bom-utf8.csv", "\uFEFF" + csvWithProjectName("Projet avec BOM"), StandardCharsets.UTF_8),
                "Projet avec BOM"));
        c.add(handled(
                "cellule-40000.csv",
                IMPORT,
                "nom de projet de 40 000 caractères",
                d -> text(d, "cellule-40000.csv", csvWithProjectName(LONG_NAME), StandardCharsets.UTF_8),
                LONG_NAME));
        // tampered avis workbooks
        c.add(editedAvis(
                "avis-cellule-modifiee.xlsx",
                "avis : une motivation modifiée",
                w -> cell(w, "Avis", 1, "Motivation").setCellValue("Motivation réécrite"),
                "modifié"));
        c.add(editedAvis(
                "avis-note-modifiee.xlsx",
                "avis : une note changée",
                w -> cell(w, "Avis", 1, "Avis").setCellValue("Défavorable"),
                "« avis-note-modifiee.xlsx »"));
        c.add(editedAvis(
                "avis-sans-grille.xlsx",
                "avis : feuille « Grille » supprimée",
                w -> w.removeSheetAt(w.getSheetIndex("Grille")),
                "manquante"));
        c.add(editedAvis(
                "avis-sans-metadonnees.xlsx",
                "avis : feuille « Métadonnées » supprimée",
                w -> w.removeSheetAt(w.getSheetIndex("Métadonnées")),
                "« avis-sans-metadonnees.xlsx »"));
        c.add(editedAvis(
                "avis-region-echangee.xlsx",
                "avis : région des métadonnées changée",
                w -> metadata(w, "region", "Occitanie"),
                "« avis-region-echangee.xlsx »"));
        c.add(editedAvis(
                "avis-somme-changee.xlsx",
                "avis : somme de contrôle des métadonnées changée",
                w -> metadata(w, "sha256", "0".repeat(64)),
                "« avis-somme-changee.xlsx »"));
        c.add(editedAvis(
                "avis-formule.xlsx",
                "avis : une motivation changée en formule",
                w -> cell(w, "Avis", 1, "Motivation").setCellFormula("HYPERLINK(\"http://example.org\")"),
                "formule"));
        c.add(refused(
                "avis-tronque.xlsx",
                CONSOLIDATE,
                "avis tronqué de moitié",
                d -> {
                    byte[] all = Files.readAllBytes(d.resolve("../" + GENUINE_AVIS));
                    return bytes(d, "avis-tronque.xlsx", java.util.Arrays.copyOf(all, all.length / 2));
                },
                "illisible"));
        c.add(refused(
                "avis-vide.xlsx",
                CONSOLIDATE,
                "avis : fichier vide",
                d -> bytes(d, "avis-vide.xlsx", new byte[0]),
                "« avis-vide.xlsx »"));
        c.add(refused(
                "export-ds-comme-avis.xlsx",
                CONSOLIDATE,
                "un export DS donné comme classeur d'avis",
                d -> {
                    Files.write(d.resolve("export-ds-comme-avis.xlsx"), HostileFiles.sample(XLSX));
                    return d.resolve("export-ds-comme-avis.xlsx");
                },
                "« export-ds-comme-avis.xlsx »"));
        c.add(refused(
                "avis-bruit.xlsx",
                CONSOLIDATE,
                "octets aléatoires donnés comme avis",
                d -> bytes(d, "avis-bruit.xlsx", random(8192, 6)),
                "« avis-bruit.xlsx »"));
        // tampered or badly filled expert kits
        c.add(editedKit(
                "kit-verrou-modifie.xlsx",
                "kit : le nom du projet (cellule verrouillée) réécrit",
                w -> cell(w, "Notation", 1, "Projet").setCellValue("Autre projet"),
                "verrouillées"));
        c.add(editedKit(
                "kit-hors-echelle.xlsx",
                "kit : une note 7 sur une échelle de 0 à 5",
                w -> cell(w, "Notation", 1, "V1").setCellValue(7),
                "n'est pas sur l'échelle"));
        c.add(editedKit(
                "kit-texte-note.xlsx",
                "kit : « quatre » dans une cellule de note",
                w -> cell(w, "Notation", 1, "V1").setCellValue("quatre"),
                "n'est pas une note"));
        c.add(editedKit(
                "kit-sans-metadonnees.xlsx",
                "kit : feuille de métadonnées supprimée",
                w -> w.removeSheetAt(w.getSheetIndex("Métadonnées")),
                "manque"));
        c.add(editedKit(
                "kit-expert-change.xlsx",
                "kit : expert des métadonnées changé",
                w -> metadata(w, "expert-email", "autre.expert@example.org"),
                "verrouillées"));
        c.add(refused(
                "kit-tronque.xlsx",
                KIT,
                "kit tronqué de moitié",
                d -> {
                    byte[] all = Files.readAllBytes(d.resolve("../" + GENUINE_KIT));
                    return bytes(d, "kit-tronque.xlsx", java.util.Arrays.copyOf(all, all.length / 2));
                },
                "« kit-tronque.xlsx »"));
        // backups
        c.add(refused(
                "sauvegarde-etrangere.zip",
                RESTORE,
                "zip qui n'est pas une sauvegarde",
                d -> zip(d, "sauvegarde-etrangere.zip", "photo.jpg", "x", "workspace.mv.db", "y"),
                "devrait contenir"));
        c.add(refused(
                "sauvegarde-bruit.zip",
                RESTORE,
                "octets aléatoires nommés .zip",
                d -> bytes(d, "sauvegarde-bruit.zip", random(4096, 7)),
                "n'est pas une archive zip intacte"));
        c.add(refused(
                "sauvegarde-traversee.zip",
                RESTORE,
                "zip dont l'entrée remonte l'arborescence",
                d -> zip(d, "sauvegarde-traversee.zip", "../workspace.mv.db", "x"),
                "devrait contenir"));
        c.addAll(HostileZips.cases());
        return c;
    }

    static final String LONG_NAME = letters(40_000);

    /** A refusal at consolidation of the genuine avis workbook changed by {@code edit}, saved as {@code name}. */
    private static HostileCase editedAvis(
            String name, String description, Consumer<XSSFWorkbook> edit, String message) {
        return refused(
                name, CONSOLIDATE, description, d -> edited(d.resolve("../" + GENUINE_AVIS), d, name, edit), message);
    }

    /** A refusal at the kit's import of the genuine expert kit changed by {@code edit}, saved as {@code name}. */
    private static HostileCase editedKit(String name, String description, Consumer<XSSFWorkbook> edit, String message) {
        return refused(name, KIT, description, d -> edited(d.resolve("../" + GENUINE_KIT), d, name, edit), message);
    }

    private static String odsTable(String name, String rows) {
        return fr.ptce.workbench.spreadsheet.ds.TestOds.table(name, rows);
    }

    private static String odsRow(String... texts) {
        return fr.ptce.workbench.spreadsheet.ds.TestOds.row(texts);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] ole2() {
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = 0x11;
        ole2[3] = (byte) 0xE0;
        return ole2;
    }

    private static String letters(int count) {
        Random random = new Random(count);
        StringBuilder text = new StringBuilder(count);
        while (text.length() < count) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static String manyRows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r < count + 2; r++) {
            rows.append(row(r, "1", "même texte"));
        }
        return rows.toString();
    }

    private static String emptyRows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r < count + 2; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        return rows.toString();
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd + "]><worksheet xmlns=\"" + HostileFiles.MAIN_NS + "\"><sheetData>" + row(1, "ID") + row(2, "&l10;")
                + "</sheetData></worksheet>";
    }

    private static org.apache.poi.ss.usermodel.Cell cell(
            XSSFWorkbook workbook, String sheetName, int rowIndex, String header) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row headers = sheet.getRow(0);
        for (int i = 0; i < headers.getLastCellNum(); i++) {
            if (headers.getCell(i) != null
                    && headers.getCell(i).getStringCellValue().startsWith(header)) {
                Row row = sheet.getRow(rowIndex);
                if (row.getCell(i) != null) {
                    row.removeCell(row.getCell(i));
                }
                return row.createCell(i);
            }
        }
        throw new IllegalStateException("no column " + header + " in " + sheetName);
    }

    private static void metadata(XSSFWorkbook workbook, String key, String value) {
        for (Row row : workbook.getSheet("Métadonnées")) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                row.removeCell(row.getCell(1));
                row.createCell(1).setCellValue(value);
                return;
            }
        }
        throw new IllegalStateException("no metadata " + key);
    }
}
