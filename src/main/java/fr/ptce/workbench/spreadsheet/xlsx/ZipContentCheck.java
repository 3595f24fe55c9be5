package fr.ptce.workbench.spreadsheet.xlsx;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at the table of contents of a zip file, without inflating anything, to refuse early and clearly
 * what is not an xlsx workbook: a truncated archive, a Word or PowerPoint document, an OpenDocument file.
 */
public final class ZipContentCheck {

    private static final int MAX_ENTRIES = 10_000;

    private ZipContentCheck() {}

    public static void requireWorkbook(Path file, String fileName) {
        Set<String> names = entryNames(file, fileName);
        if (names.contains("word/document.xml")) {
            throw refused(
                    fileName,
                    "c'est un document Word (.docx), pas un classeur Excel (.xlsx) exporté de "
                            + "demarches-simplifiees.fr");
        }
        if (names.contains("ppt/presentation.xml")) {
            throw refused(fileName, "c'est une présentation PowerPoint (.pptx), pas un classeur Excel (.xlsx)");
        }
        if (isOpenDocument(names)) {
            throw refused(
                    fileName,
                    "c'est un fichier OpenDocument (.ods, .odt), pas un classeur Excel (.xlsx)\u00a0: "
                            + "enregistrez-le au format xlsx");
        }
        if (!names.contains("[Content_Types].xml")) {
            throw refused(
                    fileName,
                    "archive zip qui n'est pas un classeur Excel (.xlsx)\u00a0: il y manque " + "[Content_Types].xml");
        }
    }

    /**
     * Whether the entries are those of an OpenDocument file (a {@code mimetype} or a {@code content.xml}, and no
     * Office Open XML content types), which the DS export reader reads as ods.
     */
    public static boolean isOpenDocument(Set<String> names) {
        return (names.contains("mimetype") || names.contains("content.xml")) && !names.contains("[Content_Types].xml");
    }

    /**
     * The names of the zip's entries, read from its table of contents without inflating anything.
     *
     * @throws InputRefusedException when the archive is truncated or corrupt, or holds too many entries
     */
    public static Set<String> entryNames(Path file, String fileName) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (names.size() >= MAX_ENTRIES) {
                    throw refused(
                            fileName,
                            "l'archive contient plus de " + MAX_ENTRIES
                                    + " fichiers\u00a0: ce n'est pas un export de demarches-simplifiees.fr");
                }
                names.add(entries.nextElement().getName());
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new InputRefusedException(
                    Location.file(fileName),
                    "archive zip tronquée ou corrompue\u00a0: ce "
                            + "n'est pas un classeur lisible (téléchargez à nouveau l'export)",
                    unreadable);
        }
        return names;
    }

    private static InputRefusedException refused(String fileName, String reason) {
        return new InputRefusedException(Location.file(fileName), reason);
    }
}
