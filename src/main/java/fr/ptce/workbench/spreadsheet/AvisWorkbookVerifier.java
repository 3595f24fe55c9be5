package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.spreadsheet.AvisVerification.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks an avis workbook the way a reader (PESSII) must before trusting it: format and version, every sheet
 * present, and the SHA-256 of its canonical content equal to the one written in {@code Métadonnées}.
 */
public final class AvisWorkbookVerifier {

    private AvisWorkbookVerifier() {
    }

    /** Reads the workbook and returns the verdict; never throws for a bad file. */
    public static AvisVerification verify(Path file) {
        return verifyThenRead(file, false).verification();
    }

    /**
     * Verifies the workbook and, when it is intact, reads it ({@link AvisWorkbookReader}) from the same opening of
     * the file; the rows are absent when it is not intact.
     *
     * @throws InputRefusedException when an intact workbook's columns or values are not as written
     */
    public static VerifiedAvisWorkbook verifyThenRead(Path file) {
        return verifyThenRead(file, true);
    }

    private static VerifiedAvisWorkbook verifyThenRead(Path file, boolean read) {
        String name = String.valueOf(file.getFileName());
        boolean reading = false;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            AvisVerification verification = verify(file, name, workbook);
            if (!read || !verification.intact()) {
                return new VerifiedAvisWorkbook(verification, Optional.empty());
            }
            // the reader's refusals are the caller's to report, as when it opens the file itself
            reading = true;
            return new VerifiedAvisWorkbook(verification, Optional.of(AvisWorkbookReader.read(name, workbook)));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (reading && e instanceof RuntimeException failure) {
                throw failure;
            }
            return new VerifiedAvisWorkbook(unreadable(file, name), Optional.empty());
        }
    }

    private static AvisVerification unreadable(Path file, String name) {
        return new AvisVerification(file, Verdict.UNREADABLE, "Fichier « " + name + " » : illisible, le fichier"
                + " est tronqué, abîmé ou n'est pas un classeur Excel (xlsx).", Map.of());
    }

    private static AvisVerification verify(Path file, String name, XSSFWorkbook workbook) {
        Sheet metaSheet = workbook.getSheet(AvisFormat.METADATA_SHEET);
        if (metaSheet == null) {
            boolean dataSheet = AvisFormat.DATA_SHEETS.stream().anyMatch(s -> workbook.getSheet(s) != null);
            return dataSheet ? missing(file, name, AvisFormat.METADATA_SHEET, Map.of())
                    : notAvis(file, name, Map.of());
        }
        List<List<Object>> metaRows = rows(metaSheet, workbook.isDate1904());
        Map<String, String> metadata = new LinkedHashMap<>();
        for (List<Object> row : metaRows.subList(Math.min(1, metaRows.size()), metaRows.size())) {
            if (!row.isEmpty() && row.get(0) instanceof String key) {
                metadata.putIfAbsent(key, row.size() > 1 ? AvisCanonicalForm.text(row.get(1)) : "");
            }
        }
        if (!AvisFormat.NAME.equals(metadata.get(AvisFormat.KEY_FORMAT))) {
            return notAvis(file, name, metadata);
        }
        String version = metadata.get(AvisFormat.KEY_FORMAT_VERSION);
        if (!AvisFormat.VERSION.equals(version)) {
            return olderVersion(version)
                    ? new AvisVerification(file, Verdict.OLDER_VERSION, "Fichier « " + name + " » : classeur d'avis"
                            + " au format version " + version + ", version attendue " + AvisFormat.VERSION
                            + " — exportez-le à nouveau avec l'Atelier PTCE actuel.", metadata)
                    : new AvisVerification(file, Verdict.UNKNOWN_VERSION, "Fichier « " + name + " » : classeur"
                            + " d'avis en version de format « " + version + " », inconnue de cette version de"
                            + " l'Atelier PTCE (version lue : " + AvisFormat.VERSION + ").", metadata);
        }
        for (String sheet : AvisFormat.DATA_SHEETS) {
            if (workbook.getSheet(sheet) == null) {
                return missing(file, name, sheet, metadata);
            }
        }
        AvisCanonicalForm canonical = new AvisCanonicalForm();
        for (String sheet : AvisFormat.DATA_SHEETS) {
            Optional<String> formula = feed(canonical, workbook.getSheet(sheet), workbook.isDate1904());
            if (formula.isPresent()) {
                return modified(file, name, "la cellule " + sheet + "!" + formula.get()
                        + " contient une formule, ce que l'export n'écrit jamais", metadata);
            }
        }
        canonical.sheet(AvisFormat.METADATA_SHEET);
        metaRows.stream().filter(row -> row.isEmpty() || !AvisFormat.KEY_SHA256.equals(row.get(0)))
                .forEach(canonical::row);
        String expected = metadata.get(AvisFormat.KEY_SHA256);
        if (expected == null || !expected.equalsIgnoreCase(canonical.sha256())) {
            return modified(file, name, "son contenu ne correspond plus à la somme de contrôle SHA-256 écrite à"
                    + " l'export", metadata);
        }
        return new AvisVerification(file, Verdict.INTACT, "Fichier « " + name + " » : classeur d'avis intact ("
                + "région " + metadata.get(AvisFormat.KEY_REGION) + ", " + metadata.get(AvisFormat.KEY_ROWS)
                + " dossiers, exporté le " + metadata.get(AvisFormat.KEY_EXPORTED_AT) + ").", metadata);
    }

    /** Whether a version is an earlier one of this format (a whole number below the current one). */
    private static boolean olderVersion(String version) {
        try {
            int number = Integer.parseInt(version == null ? "" : version.strip());
            return number >= 1 && number < Integer.parseInt(AvisFormat.VERSION);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Feeds a sheet to the canonical form; returns the address of a formula cell if one is found. */
    private static Optional<String> feed(AvisCanonicalForm canonical, Sheet sheet, boolean date1904) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    return Optional.of(new CellReference(cell).formatAsString(false));
                }
            }
        }
        canonical.sheet(sheet.getSheetName());
        rows(sheet, date1904).forEach(canonical::row);
        return Optional.empty();
    }

    /** The values of a sheet's rows, a missing row as an empty one, trailing empty rows dropped. */
    private static List<List<Object>> rows(Sheet sheet, boolean date1904) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object> values = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                values.add(value(row.getCell(c), date1904));
            }
            rows.add(values);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(v -> v == null || "".equals(v))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static Object value(Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? DateUtil.getLocalDateTime(cell.getNumericCellValue(), date1904, true)
                    : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#" + cell.getErrorCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> null;
        };
    }

    private static AvisVerification missing(Path file, String name, String sheet, Map<String, String> metadata) {
        return new AvisVerification(file, Verdict.MISSING_SHEET, "Fichier « " + name + " » : feuille « " + sheet
                + " » manquante ; ce classeur d'avis est incomplet.", metadata);
    }

    private static AvisVerification notAvis(Path file, String name, Map<String, String> metadata) {
        return new AvisVerification(file, Verdict.NOT_AVIS_WORKBOOK, "Fichier « " + name + " » : pas un classeur"
                + " d'avis de l'Atelier PTCE (feuille « " + AvisFormat.METADATA_SHEET + " » sans le format « "
                + AvisFormat.NAME + " »).", metadata);
    }

    private static AvisVerification modified(Path file, String name, String why, Map<String, String> metadata) {
        return new AvisVerification(file, Verdict.MODIFIED, "Fichier « " + name + " » : classeur d'avis modifié"
                + " depuis son export (" + why + ") ; demandez à la région de l'exporter à nouveau.", metadata);
    }
}
