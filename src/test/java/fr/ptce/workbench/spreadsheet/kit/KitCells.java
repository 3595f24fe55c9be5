package fr.ptce.workbench.spreadsheet.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills an expert kit's input cells with POI, as a test's stand-in for the expert (no other program needed), and
 * turns a kit into one of format version 1, as kits were sent before the governance column came.
 */
public final class KitCells {

    private KitCells() {}

    /** Writes {@code target}: the kit with each dossier's {@code header → value} edits (numbers stay numbers). */
    public static Path fill(Path kit, Path target, Map<String, Map<String, Object>> edits) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(kit))) {
            Sheet notation = workbook.getSheet(KitFormat.SCORING_SHEET);
            List<String> headers = headers(notation.getRow(0));
            for (int r = 1; r <= notation.getLastRowNum(); r++) {
                Row row = notation.getRow(r);
                Map<String, Object> cells = edits.get(row.getCell(0).getStringCellValue());
                if (cells != null) {
                    cells.forEach((header, value) -> {
                        Cell cell = row.getCell(headers.indexOf(header));
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(String.valueOf(value));
                        }
                    });
                }
            }
            write(workbook, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code target}: the kit as format version 1 wrote it, without the governance column, with its
     * version and checksums to match.
     */
    public static Path asVersionOne(Path kit, Path target) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(kit))) {
            Sheet notation = workbook.getSheet(KitFormat.SCORING_SHEET);
            int governance = headers(notation.getRow(0)).indexOf(KitFormat.GOVERNANCE_HEADER);
            for (Row row : notation) {
                int last = row.getLastCellNum() - 1;
                for (int c = governance; c < last; c++) {
                    Cell from = row.getCell(c + 1);
                    Cell to = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    to.setCellStyle(from.getCellStyle());
                    if (from.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        to.setCellValue(from.getStringCellValue());
                    } else {
                        to.setBlank();
                    }
                }
                row.removeCell(row.getCell(last));
            }
            Sheet metadata = workbook.getSheet(KitFormat.METADATA_SHEET);
            Map<String, String> sums = null;
            for (Row row : metadata) {
                if (KitFormat.KEY_FORMAT_VERSION.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue(KitFormat.VERSION_WITHOUT_GOVERNANCE);
                }
            }
            sums = KitLockedParts.sha256(workbook);
            for (Row row : metadata) {
                String key = row.getCell(0).getStringCellValue();
                if (key.equals(KitFormat.KEY_SHA256)) {
                    row.getCell(1).setCellValue(sums.get("*"));
                } else if (key.startsWith(KitFormat.KEY_SHA256 + "-")) {
                    row.getCell(1).setCellValue(sums.get(key.substring(KitFormat.KEY_SHA256.length() + 1)));
                }
            }
            write(workbook, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Row header) {
        List<String> headers = new java.util.ArrayList<>();
        header.forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static void write(XSSFWorkbook workbook, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }
}
