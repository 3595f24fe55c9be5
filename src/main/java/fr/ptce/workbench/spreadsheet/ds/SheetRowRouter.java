package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import fr.ptce.workbench.spreadsheet.xlsx.RowTarget;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns the raw rows of one sheet (xlsx) or of the csv into sink calls: takes the first non-blank row as the
 * header, classifies the sheet, skips blank rows, aligns values on the header and reports context.progress().
 */
final class SheetRowRouter implements RowTarget<String> {

    private static final int PROGRESS_EVERY = 100;

    private final ReadContext context;
    private final String sheetName;
    private final DsSheetKind fixedKind;
    private final String progressMessage;

    private DsSheet sheet;
    private boolean ignored;
    private long rowsDone;
    private long expectedRows = -1;
    private final BitSet computed = new BitSet();

    /**
     * @param fixedKind the kind when the format decides it (csv), or null to classify by name and header
     */
    SheetRowRouter(ReadContext context, String sheetName, DsSheetKind fixedKind, String progressMessage) {
        this.context = context;
        this.sheetName = sheetName;
        this.fixedKind = fixedKind;
        this.progressMessage = progressMessage;
    }

    /** The kind a sheet has from its name alone, or null when only its header can tell. */
    static DsSheetKind kindFromName(String name) {
        return switch (name) {
            case "Dossiers" -> DsSheetKind.DOSSIERS;
            case "Etablissements" -> DsSheetKind.ETABLISSEMENTS;
            case "Avis" -> DsSheetKind.AVIS;
            default -> null;
        };
    }

    @Override
    public void expectRows(long rows) {
        expectedRows = rows;
    }

    /**
     * Takes one raw row.
     *
     * @param cells the cell values by 0-based column, "" for an empty cell
     * @return false when the rest of the sheet is of no interest (an ignored sheet)
     */
    @Override
    public void computedCell(int column) {
        computed.set(column);
    }

    @Override
    public boolean row(long rowNumber, List<String> cells) {
        try {
            return route(rowNumber, cells);
        } finally {
            computed.clear();
        }
    }

    private boolean route(long rowNumber, List<String> cells) {
        context.progress().checkCancelled();
        if (isBlank(cells)) {
            return true;
        }
        if (sheet == null) {
            return header(rowNumber, cells);
        }
        List<String> headers = sheet.headers();
        List<String> values = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            values.add(i < cells.size() ? cells.get(i) : "");
        }
        for (int i = headers.size(); i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                context.problems()
                        .add(new RowProblem(
                                sheetName, rowNumber, columnName(i), "valeur hors des colonnes de l'en-tête, ignorée"));
            }
        }
        context.sink().row(sheet, rowNumber, values, computed);
        rowsDone++;
        if (rowsDone % PROGRESS_EVERY == 0) {
            context.progress().update(rowsDone, expectedRows, progressMessage);
        }
        return true;
    }

    private boolean header(long rowNumber, List<String> cells) {
        List<String> headers = new ArrayList<>(cells);
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        DsSheetKind kind = fixedKind != null ? fixedKind : kindFromName(sheetName);
        if (kind == null && isRepetition(headers)) {
            kind = DsSheetKind.REPETITION;
        }
        if (kind == null) {
            ignored = true;
            return false;
        }
        if (kind == DsSheetKind.DOSSIERS) {
            requireIdColumn(rowNumber, headers);
            context.dating().observeDossiersHeader(headers);
        }
        announce(kind, headers);
        return true;
    }

    private static boolean isRepetition(List<String> headers) {
        return !headers.isEmpty() && headers.get(0).equals("Dossier ID") && headers.contains("Ligne");
    }

    private void requireIdColumn(long rowNumber, List<String> headers) {
        if (!headers.contains("ID") && !headers.contains("N° dossier")) {
            String where = fixedKind == null ? "la feuille «\u00a0" + sheetName + "\u00a0»" : "la ligne d'en-tête";
            throw new InputRefusedException(
                    location(rowNumber),
                    "pas de colonne «\u00a0ID\u00a0» (ni «\u00a0N° dossier\u00a0») dans " + where
                            + "\u00a0: ce n'est pas un export de dossiers de demarches-simplifiees.fr");
        }
    }

    private Location location(long rowNumber) {
        return new Location(context.fileName(), fixedKind == null ? sheetName : null, rowNumber, null);
    }

    private void announce(DsSheetKind kind, List<String> headers) {
        // a kind fixed by the format means a csv, which is the whole export
        sheet = new DsSheet(
                kind,
                sheetName,
                headers,
                context.dating().textareasEscaped(),
                context.dating().textEscaped(),
                fixedKind != null,
                context.dating().depositIsLastConstruction());
        context.sink().sheet(sheet);
        context.progress().update(0, expectedRows, progressMessage);
    }

    /**
     * Ends the sheet: a known sheet DS wrote without any row is announced with no header.
     *
     * @return whether the sheet was ignored as not part of a DS export
     */
    boolean finish() {
        if (sheet == null && !ignored) {
            DsSheetKind kind = fixedKind != null ? fixedKind : kindFromName(sheetName);
            if (kind == null) {
                ignored = true;
            } else {
                announce(kind, List.of());
            }
        }
        if (sheet != null) {
            context.progress().update(rowsDone, rowsDone, progressMessage);
        }
        return ignored;
    }

    /** Whether a header row was found (a blank sheet has none). */
    boolean hasHeader() {
        return sheet != null;
    }

    /** The header of a 0-based column, or its letters beyond the header. */
    @Override
    public String columnName(int index) {
        if (sheet != null
                && index < sheet.headers().size()
                && !sheet.headers().get(index).isEmpty()) {
            return sheet.headers().get(index);
        }
        return fixedKind == null ? ReadLimits.columnLetters(index) : "n° " + (index + 1);
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
