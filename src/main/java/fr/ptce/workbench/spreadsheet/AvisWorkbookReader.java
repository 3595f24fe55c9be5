package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an avis workbook's {@code Avis} sheet back into typed rows, finding columns by their header text and the
 * criterion and block columns from the {@code Grille} sheet; check the file with {@link AvisWorkbookVerifier}
 * first.
 */
public final class AvisWorkbookReader {

    private AvisWorkbookReader() {
    }

    /**
     * Reads the metadata and the rows.
     *
     * @throws InputRefusedException when the file cannot be read or a column or a value is not as written
     */
    public static ReadAvisWorkbook read(Path file) {
        String name = String.valueOf(file.getFileName());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return new Reading(name, workbook).read();
        } catch (IOException | InvalidFormatException e) {
            throw new InputRefusedException(Location.file(name), "illisible : " + e.getMessage(), e);
        }
    }

    /** One reading of one workbook. */
    private static final class Reading {

        private final String name;
        private final XSSFWorkbook workbook;
        private final Map<String, Integer> columns = new HashMap<>();
        private Sheet sheet;
        private int rowNumber;

        Reading(String name, XSSFWorkbook workbook) {
            this.name = name;
            this.workbook = workbook;
        }

        ReadAvisWorkbook read() {
            Map<String, String> metadata = metadata(required(AvisFormat.METADATA_SHEET));
            Set<String> criteria = new LinkedHashSet<>();
            Set<String> blocks = new LinkedHashSet<>();
            readGrid(required(AvisFormat.GRID_SHEET), criteria, blocks);
            sheet = required(AvisFormat.AVIS_SHEET);
            Row header = sheet.getRow(0);
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                if (header.getCell(c) != null && header.getCell(c).getCellType() == CellType.STRING) {
                    columns.putIfAbsent(header.getCell(c).getStringCellValue(), c);
                }
            }
            List<RegionalAvisRow> rows = new ArrayList<>();
            for (rowNumber = 1; rowNumber <= sheet.getLastRowNum(); rowNumber++) {
                String number = text("N° dossier");
                if (number != null) {
                    rows.add(row(number, criteria, blocks));
                }
            }
            return new ReadAvisWorkbook(metadata, rows);
        }

        private RegionalAvisRow row(String number, Set<String> criteria, Set<String> blocks) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            criteria.forEach(code -> scores.put(code, number(code)));
            Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
            blocks.forEach(code -> subtotals.put(code, number("Sous-total " + code)));
            return new RegionalAvisRow(number, text("Projet"), text("Structure"), text("Région"),
                    text("Recevabilité"), integer("Éligibilité (n/7)"), text("Maturité"), yesNo("Cible b"),
                    yesNo("Cible c"), scores, subtotals, number("Note globale"), integer("Nb évaluations"),
                    number("Écart max"), text("Avis"), yesNo("Proposé phase 2"), text("Motivation"),
                    text("Points forts"), text("Points d'attention"), text("Correspondant"), date("Date de l'avis"));
        }

        private Sheet required(String sheetName) {
            Sheet found = workbook.getSheet(sheetName);
            if (found == null) {
                throw new InputRefusedException(Location.file(name), "feuille « " + sheetName + " » manquante");
            }
            return found;
        }

        private static Map<String, String> metadata(Sheet sheet) {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Row row : sheet) {
                Cell key = row.getCell(0);
                Cell value = row.getCell(1);
                if (row.getRowNum() > 0 && key != null && key.getCellType() == CellType.STRING) {
                    metadata.putIfAbsent(key.getStringCellValue(),
                            value != null && value.getCellType() == CellType.STRING ? value.getStringCellValue()
                                    : "");
                }
            }
            return metadata;
        }

        private void readGrid(Sheet grid, Set<String> criteria, Set<String> blocks) {
            Row header = grid.getRow(0);
            int code = -1;
            int block = -1;
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                Cell cell = header.getCell(c);
                String text = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
                code = "Code".equals(text) && code < 0 ? c : code;
                block = "Bloc".equals(text) && block < 0 ? c : block;
            }
            if (code < 0 || block < 0) {
                throw new InputRefusedException(Location.sheet(name, AvisFormat.GRID_SHEET),
                        "colonnes « Code » et « Bloc » attendues");
            }
            for (int r = 1; r <= grid.getLastRowNum(); r++) {
                Row row = grid.getRow(r);
                if (row != null && row.getCell(code) != null && row.getCell(code).getCellType() == CellType.STRING) {
                    criteria.add(row.getCell(code).getStringCellValue());
                    Cell blockCell = row.getCell(block);
                    if (blockCell != null && blockCell.getCellType() == CellType.STRING) {
                        blocks.add(blockCell.getStringCellValue());
                    }
                }
            }
        }

        private Cell cell(String header) {
            Integer column = columns.get(header);
            if (column == null) {
                throw new InputRefusedException(Location.sheet(name, AvisFormat.AVIS_SHEET),
                        "colonne « " + header + " » manquante");
            }
            Row row = sheet.getRow(rowNumber);
            Cell cell = row == null ? null : row.getCell(column);
            return cell == null || cell.getCellType() == CellType.BLANK ? null : cell;
        }

        private String text(String header) {
            Cell cell = cell(header);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            requireType(cell, CellType.STRING, header, "un texte");
            return cell.getStringCellValue();
        }

        private BigDecimal number(String header) {
            Cell cell = cell(header);
            if (cell == null) {
                return null;
            }
            requireType(cell, CellType.NUMERIC, header, "un nombre");
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }

        private Integer integer(String header) {
            BigDecimal value = number(header);
            try {
                return value == null ? null : value.intValueExact();
            } catch (ArithmeticException e) {
                throw refused(header, "un nombre entier");
            }
        }

        private Boolean yesNo(String header) {
            String value = text(header);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "Oui" -> Boolean.TRUE;
                case "Non" -> Boolean.FALSE;
                default -> throw refused(header, "« Oui » ou « Non »");
            };
        }

        private LocalDate date(String header) {
            Cell cell = cell(header);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.STRING) {
                try {
                    return LocalDate.parse(cell.getStringCellValue());
                } catch (DateTimeParseException e) {
                    throw refused(header, "une date");
                }
            }
            if (cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
                throw refused(header, "une date");
            }
            return DateUtil.getLocalDateTime(cell.getNumericCellValue(), workbook.isDate1904(), true).toLocalDate();
        }

        private void requireType(Cell cell, CellType type, String header, String expected) {
            if (cell.getCellType() != type) {
                throw refused(header, expected);
            }
        }

        private InputRefusedException refused(String header, String expected) {
            return new InputRefusedException(new Location(name, AvisFormat.AVIS_SHEET, (long) rowNumber + 1, header),
                    expected + " attendu");
        }
    }
}
