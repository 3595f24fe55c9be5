package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.ZipContentCheck;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a returned expert kit: the metadata, the locked parts checked against their checksum, the scores checked
 * against the grid's scale cell by cell, the comments and conflict declarations, and the dossiers' texts.
 */
public final class KitWorkbookReader {

    private KitWorkbookReader() {}

    /**
     * Reads the kit; the grid is looked up from the kit's metadata (grid id, version).
     *
     * @throws InputRefusedException when the file is not a readable kit
     */
    public static KitReturn read(Path file, Function<Map<String, String>, Grid> gridOf) {
        String name = String.valueOf(file.getFileName());
        ZipContentCheck.requireWorkbook(file, name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Map<String, String> metadata = metadata(name, workbook);
            if (!KitFormat.NAME.equals(metadata.get(KitFormat.KEY_FORMAT))) {
                throw new InputRefusedException(
                        Location.sheet(name, KitFormat.METADATA_SHEET),
                        "ce fichier n'est pas un kit expert de l'Atelier PTCE.");
            }
            Map<String, String> sums = KitLockedParts.sha256(workbook);
            List<String> altered = new ArrayList<>();
            sums.forEach((sheet, sum) -> {
                String key = sheet.equals("*") ? KitFormat.KEY_SHA256 : KitFormat.KEY_SHA256 + "-" + sheet;
                if (!sheet.equals("*") && !sum.equals(metadata.get(key))) {
                    altered.add(sheet);
                }
            });
            if (altered.isEmpty() && !sums.get("*").equals(metadata.get(KitFormat.KEY_SHA256))) {
                altered.add(KitFormat.METADATA_SHEET);
            }
            Grid grid = gridOf.apply(metadata);
            KitReturn read = new KitReturn(name, metadata, altered, List.of(), texts(workbook));
            if (!altered.isEmpty() || read.phase() == null) {
                return read;
            }
            KitColumns columns = KitColumns.of(grid, metadata.get(KitFormat.KEY_FORMAT_VERSION), read.phase());
            return new KitReturn(name, metadata, altered, scoring(name, workbook, grid, columns), read.texts());
        } catch (IOException | InvalidFormatException e) {
            throw new InputRefusedException(Location.file(name), "illisible\u00a0: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> metadata(String name, XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheet(KitFormat.METADATA_SHEET);
        if (sheet == null) {
            throw new InputRefusedException(
                    Location.file(name),
                    "la feuille «\u00a0" + KitFormat.METADATA_SHEET
                            + "\u00a0» manque\u00a0: ce fichier n'est pas un kit expert de l'Atelier PTCE.");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Row row : sheet) {
            Object key = KitLockedParts.value(row.getCell(0));
            Object value = KitLockedParts.value(row.getCell(1));
            if (key != null) {
                metadata.put(AvisCanonicalForm.text(key), value == null ? "" : AvisCanonicalForm.text(value));
            }
        }
        return metadata;
    }

    private static List<KitReturn.Row> scoring(String name, XSSFWorkbook workbook, Grid grid, KitColumns kit) {
        Sheet sheet = workbook.getSheet(KitFormat.SCORING_SHEET);
        List<KitColumns.Column> columns = kit.columns();
        List<KitReturn.Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Object number = row == null ? null : KitLockedParts.value(row.getCell(0));
            if (number == null) {
                continue;
            }
            String dossier = AvisCanonicalForm.text(number);
            List<String> problems = new ArrayList<>();
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            Map<String, String> comments = new LinkedHashMap<>();
            String general = null;
            Governance governance = null;
            boolean conflict = false;
            for (int c = 2; c < columns.size(); c++) {
                KitColumns.Column column = columns.get(c);
                Cell cell = row.getCell(c);
                Location at = new Location(name, KitFormat.SCORING_SHEET, (long) r + 1, column.header());
                switch (column.kind()) {
                    case SCORE ->
                        score(cell, grid.scale(), at, dossier, problems).ifPresent(v -> scores.put(column.code(), v));
                    case BLOCK_COMMENT -> putText(comments, column.code(), cell);
                    case GENERAL_COMMENT -> general = text(cell);
                    case GOVERNANCE -> governance = governance(cell, at, dossier, problems);
                    case CONFLICT -> conflict = conflict(cell, at, dossier, problems);
                    default -> {}
                }
            }
            rows.add(new KitReturn.Row(
                    r + 1, dossier, new KitEntries(scores, comments, general, governance, conflict), problems));
        }
        return rows;
    }

    private static java.util.Optional<BigDecimal> score(
            Cell cell, Scale scale, Location at, String dossier, List<String> problems) {
        Object value = KitLockedParts.value(cell);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            value = cell.getCachedFormulaResultType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(cell.getNumericCellValue())
                    : cell.getCellFormula();
        }
        if (value == null || value instanceof String s && s.isBlank()) {
            return java.util.Optional.empty();
        }
        BigDecimal number = value instanceof BigDecimal n ? n : parse((String) value);
        if (number == null) {
            problems.add(describe(at, cell, dossier) + "\u00a0: «\u00a0" + value + "\u00a0» n'est pas une note"
                    + " (valeurs permises\u00a0: " + scale.describe() + ").");
            return java.util.Optional.empty();
        }
        if (!scale.accepts(number)) {
            problems.add(describe(at, cell, dossier) + "\u00a0: la note "
                    + Scale.normalize(number).toPlainString().replace('.', ',')
                    + " n'est pas sur l'échelle de la grille (valeurs permises\u00a0: "
                    + scale.describe() + ").");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Scale.normalize(number));
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean conflict(Cell cell, Location at, String dossier, List<String> problems) {
        String value = text(cell);
        if (value == null || value.equalsIgnoreCase(KitFormat.NO)) {
            return false;
        }
        if (value.equalsIgnoreCase(KitFormat.YES)) {
            return true;
        }
        problems.add(describe(at, cell, dossier) + "\u00a0: «\u00a0" + value + "\u00a0»\u00a0: répondez Oui ou Non.");
        return false;
    }

    /** The governance answered (empty: none; « perspective » accepted for « en perspective »), or a problem. */
    private static Governance governance(Cell cell, Location at, String dossier, List<String> problems) {
        String value = text(cell);
        if (value == null) {
            return null;
        }
        return Governance.parse(value).orElseGet(() -> {
            problems.add(
                    describe(at, cell, dossier) + " : « " + value + " » : répondez oui, en perspective" + " ou non.");
            return null;
        });
    }

    private static String describe(Location at, Cell cell, String dossier) {
        String ref = cell == null ? "" : ", cellule " + cell.getAddress().formatAsString();
        return at.describe() + ref + " (dossier n° " + dossier + ")";
    }

    private static void putText(Map<String, String> comments, String code, Cell cell) {
        String text = text(cell);
        if (text != null) {
            comments.put(code, text);
        }
    }

    private static String text(Cell cell) {
        Object value = KitLockedParts.value(cell);
        if (value == null) {
            return null;
        }
        String text = AvisCanonicalForm.text(value);
        return value instanceof String s ? (s.isBlank() ? null : s.strip()) : text;
    }

    private static Map<String, List<Map.Entry<String, String>>> texts(XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheet(KitFormat.DOSSIERS_SHEET);
        Map<String, List<Map.Entry<String, String>>> texts = new LinkedHashMap<>();
        if (sheet == null) {
            return texts;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Object number = row == null ? null : KitLockedParts.value(row.getCell(0));
            if (number != null) {
                Object heading = KitLockedParts.value(row.getCell(1));
                Object text = KitLockedParts.value(row.getCell(2));
                texts.computeIfAbsent(AvisCanonicalForm.text(number), k -> new ArrayList<>())
                        .add(new AbstractMap.SimpleImmutableEntry<>(
                                heading == null ? "" : String.valueOf(heading),
                                text == null ? "" : String.valueOf(text)));
            }
        }
        return texts;
    }
}
