package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.spreadsheet.xlsx.ZipContentCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a dossier export of demarches-simplifiees.fr, xlsx, ods or csv told apart by content, and streams its
 * sheets and rows to a {@link DsExportSink}; anything that is not a DS export is refused with a French
 * message.
 *
 * <p>Values reach the sink as strings: texts verbatim (DS's HTML escaping is left in place and flagged on
 * {@link DsSheet}); in xlsx, date cells become ISO-8601 with the Paris offset
 * ({@code 2021-06-23T23:58:02+02:00}) or plain dates ({@code 2021-06-15}), numbers lose a useless
 * {@code .0}; an ods gives the same values as its xlsx twin ({@link OdsCellValue}); in csv, every value is kept as
 * written ({@code 2021-06-23 23:58:02 +0200}).
 */
public final class DsExportReader {

    /**
     * Reads the file and streams it to the sink.
     *
     * @throws InputRefusedException when the file is not a readable DS export; the sink may have received
     *     part of it, which the caller discards
     * @throws fr.ptce.workbench.domain.CancelledException when the progress reports a cancellation
     */
    public DsExportFile read(Path file, DsExportSink sink, Progress progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        ContentSniffer.Content content = checkedContent(file, fileName);
        ExportDating dating = ExportDating.fromFileName(fileName);
        ProblemList problems = new ProblemList();
        return switch (content) {
            case ZIP -> {
                ReadContext context = new ReadContext(file, fileName, sink, progress, dating, problems);
                boolean ods = ZipContentCheck.isOpenDocument(ZipContentCheck.entryNames(file, fileName));
                XlsxExportReader.Result result =
                        ods ? new OdsExportReader(context).read() : new XlsxExportReader(context).read();
                yield new DsExportFile(
                        fileName,
                        ods ? DsExportFile.Format.ODS : DsExportFile.Format.XLSX,
                        dating.exportDate(),
                        result.sheetNames(),
                        result.ignoredSheets(),
                        problems.toList(),
                        dating.reason());
            }
            case TEXT -> {
                new CsvExportReader(new ReadContext(file, fileName, sink, progress, dating, problems)).read();
                yield new DsExportFile(
                        fileName,
                        DsExportFile.Format.CSV,
                        dating.exportDate(),
                        List.of(fileName),
                        List.of(),
                        problems.toList(),
                        dating.reason());
            }
            case UTF16_TEXT ->
                throw refused(
                        fileName,
                        "le fichier est encodé en UTF-16\u00a0; un export csv de "
                                + "demarches-simplifiees.fr est encodé en UTF-8\u00a0: téléchargez à nouveau"
                                + " l'export ou "
                                + "enregistrez-le en «\u00a0CSV UTF-8\u00a0»");
            case OLE2 ->
                throw refused(
                        fileName,
                        "classeur Excel 97-2003 (.xls) ou fichier Office protégé par "
                                + "mot de passe\u00a0:"
                                + " seuls les exports xlsx, ods et csv de demarches-simplifiees.fr sont acceptés");
            case BINARY ->
                throw refused(
                        fileName,
                        "contenu binaire qui n'est ni un classeur xlsx ni un fichier "
                                + "csv\u00a0: ce n'est pas un export de demarches-simplifiees.fr");
        };
    }

    private static ContentSniffer.Content checkedContent(Path file, String fileName) {
        if (!Files.exists(file)) {
            throw refused(fileName, "fichier introuvable");
        }
        if (Files.isDirectory(file)) {
            throw refused(fileName, "c'est un dossier, pas un fichier d'export");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw refused(fileName, "fichier illisible (droits d'accès insuffisants ou fichier spécial)");
        }
        try {
            if (Files.size(file) == 0) {
                throw refused(fileName, "le fichier est vide (0 octet)");
            }
            return ContentSniffer.sniff(file);
        } catch (IOException unreadable) {
            throw new InputRefusedException(
                    Location.file(fileName), "fichier illisible (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    private static InputRefusedException refused(String fileName, String reason) {
        return new InputRefusedException(Location.file(fileName), reason);
    }
}
