package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.national.GridSheet;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.national.RegionalReview;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRowsReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an avis workbook back into typed rows: the {@code Avis} sheet's rows with their {@code Évaluations}
 * rows, and the {@code Grille} sheet; columns are found by header text, criterion and block columns from the
 * codes of {@code Grille}. Check the file with {@link AvisWorkbookVerifier} first.
 */
public final class AvisWorkbookReader {

    private AvisWorkbookReader() {}

    /**
     * Reads the metadata, the grid and the rows.
     *
     * @throws InputRefusedException when the file cannot be read or a column or a value is not as written
     */
    public static ReadAvisWorkbook read(Path file) {
        String name = String.valueOf(file.getFileName());
        return read(name, WorkbookRowsReader.read(file, name, AvisFormat.SHEETS));
    }

    /** Reads the rows of a workbook read once (see {@link AvisWorkbookVerifier#verifyThenRead}). */
    static ReadAvisWorkbook read(String name, WorkbookRows workbook) {
        return new Reading(name, workbook).read();
    }

    /** One reading of one workbook. */
    private static final class Reading {

        private final String name;
        private final WorkbookRows workbook;

        Reading(String name, WorkbookRows workbook) {
            this.name = name;
            this.workbook = workbook;
        }

        ReadAvisWorkbook read() {
            Map<String, String> metadata = metadata(required(AvisFormat.METADATA_SHEET));
            GridSheet grid = grid(new SheetCursor(name, required(AvisFormat.GRID_SHEET)));
            Set<String> criteria = new LinkedHashSet<>();
            Set<String> blocks = new LinkedHashSet<>();
            grid.lines().forEach(line -> {
                criteria.add(line.code());
                if (line.block() != null) {
                    blocks.add(line.block());
                }
            });
            Map<String, List<RegionalReview>> reviews =
                    reviews(new SheetCursor(name, required(AvisFormat.REVIEWS_SHEET)), criteria);
            SheetCursor avis = new SheetCursor(name, required(AvisFormat.AVIS_SHEET));
            List<RegionalAvisRow> rows = new ArrayList<>();
            for (int r = 1; r <= avis.lastRow(); r++) {
                avis.moveTo(r);
                String number = avis.text("N° dossier");
                if (number != null) {
                    rows.add(row(avis, number, criteria, blocks, reviews.getOrDefault(number, List.of())));
                }
            }
            return new ReadAvisWorkbook(metadata, grid, rows);
        }

        private static RegionalAvisRow row(
                SheetCursor s, String number, Set<String> criteria, Set<String> blocks, List<RegionalReview> reviews) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            criteria.forEach(code -> scores.put(code, s.number(code)));
            Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
            blocks.forEach(code -> subtotals.put(code, s.number("Sous-total " + code)));
            return new RegionalAvisRow(
                    number,
                    s.text("Projet"),
                    s.text("Structure"),
                    s.text("Forme juridique"),
                    s.text("Région"),
                    s.dateTime("Date de dépôt"),
                    s.text("Recevabilité"),
                    s.text("Vague"),
                    s.integer("Éligibilité (n/7)"),
                    s.text("Maturité"),
                    s.yesNo("Cible" + " b"),
                    s.yesNo("Cible c"),
                    s.yesNo("QPV déclaré"),
                    s.yesNo("QPV détecté"),
                    s.yesNo("ZRR déclaré"),
                    s.yesNo("ZRR détecté"),
                    scores,
                    subtotals,
                    s.number("Note globale"),
                    s.integer("Nb évaluations"),
                    s.number("Écart max"),
                    s.text("Avis"),
                    s.yesNo("Proposé phase 2"),
                    s.text("Motivation"),
                    s.text("Points forts"),
                    s.text("Points d'attention"),
                    s.text("Correspondant"),
                    s.date("Date de l'avis"),
                    reviews);
        }

        private static Map<String, List<RegionalReview>> reviews(SheetCursor s, Set<String> criteria) {
            Map<String, List<RegionalReview>> reviews = new LinkedHashMap<>();
            for (int r = 1; r <= s.lastRow(); r++) {
                s.moveTo(r);
                String number = s.text("N° dossier");
                if (number == null) {
                    continue;
                }
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                Map<String, String> comments = new LinkedHashMap<>();
                for (String code : criteria) {
                    scores.put(code, s.number(code));
                    comments.put(code, s.text("Commentaire " + code));
                }
                reviews.computeIfAbsent(number, k -> new ArrayList<>())
                        .add(new RegionalReview(
                                number,
                                s.text("Évaluateur"),
                                s.text("E-mail"),
                                s.text("Rôle"),
                                s.integer("Version de grille"),
                                scores,
                                comments,
                                s.number("Note globale"),
                                s.integer("Éligibilité (n/7)"),
                                s.text("Maturité"),
                                s.dateTime("Mise à jour")));
            }
            return reviews;
        }

        private static GridSheet grid(SheetCursor s) {
            List<GridSheet.Line> lines = new ArrayList<>();
            for (int r = 1; r <= s.lastRow(); r++) {
                s.moveTo(r);
                String code = s.text("Code");
                if (code != null) {
                    lines.add(new GridSheet.Line(
                            s.text("Grille"),
                            s.integer("Version"),
                            s.text("Bloc"),
                            code,
                            s.number("Note min"),
                            s.number("Note max"),
                            s.number("Pas"),
                            s.number("Poids")));
                }
            }
            return new GridSheet(lines);
        }

        private WorkbookRows.Sheet required(String sheetName) {
            return workbook.sheet(sheetName)
                    .orElseThrow(() -> new InputRefusedException(
                            Location.file(name), "feuille «\u00a0" + sheetName + "\u00a0» manquante"));
        }

        /** The text of each key in column A (header row excepted), the first of a repeated key winning. */
        private static Map<String, String> metadata(WorkbookRows.Sheet sheet) {
            Map<String, String> metadata = new LinkedHashMap<>();
            List<List<Object>> rows = sheet.rows();
            for (List<Object> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                if (!row.isEmpty() && row.get(0) instanceof String key) {
                    metadata.putIfAbsent(key, row.size() > 1 && row.get(1) instanceof String value ? value : "");
                }
            }
            return metadata;
        }
    }
}
