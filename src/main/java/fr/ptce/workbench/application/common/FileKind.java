package fr.ptce.workbench.application.common;

import fr.ptce.workbench.spreadsheet.avis.AvisFormat;
import fr.ptce.workbench.spreadsheet.ds.DsZipReader;
import fr.ptce.workbench.spreadsheet.kit.KitFormat;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookSheets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a file given to the workbench (dropped on the window) is, from its name and, for a workbook, its sheet names:
 * a DS export, an avis workbook, an expert kit, or something else. A workbook of no known kind is taken for a DS
 * export, whose
 * import then says what is wrong with it.
 */
public enum FileKind {
    DS_EXPORT,
    AVIS_WORKBOOK,
    EXPERT_KIT,
    OTHER;

    /** A kind of workbook known by sheets it always has; a new kind of workbook (the expert kit) is one more row. */
    private record Signature(FileKind kind, List<String> sheets) {}

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(AVIS_WORKBOOK, List.of(AvisFormat.AVIS_SHEET, AvisFormat.METADATA_SHEET)),
            new Signature(EXPERT_KIT, List.of(KitFormat.SCORING_SHEET, KitFormat.METADATA_SHEET)));

    /** The kind of this file (reads at most the workbook's list of sheets). */
    public static FileKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".ods")) {
            return DS_EXPORT;
        }
        if (name.endsWith(".zip")) {
            // a DS zip export holds dossiers' folders or a tabular export; a workspace backup holds neither
            return DsZipReader.holdsDossiers(file) ? DS_EXPORT : OTHER;
        }
        if (!name.endsWith(".xlsx")) {
            return OTHER;
        }
        List<String> sheets = WorkbookSheets.names(file);
        return SIGNATURES.stream()
                .filter(s -> sheets.containsAll(s.sheets()))
                .map(Signature::kind)
                .findFirst()
                .orElse(DS_EXPORT);
    }
}
