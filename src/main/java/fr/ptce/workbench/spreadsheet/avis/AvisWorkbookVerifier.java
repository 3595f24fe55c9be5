package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.spreadsheet.avis.AvisVerification.Verdict;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRowsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an avis workbook the way a reader (PESSII) must before trusting it: format and version, every sheet
 * present, and the SHA-256 of its canonical content equal to the one written in {@code Métadonnées}.
 */
public final class AvisWorkbookVerifier {

    private AvisWorkbookVerifier() {}

    /** Reads the workbook and returns the verdict; never throws for a bad file. */
    public static AvisVerification verify(Path file) {
        return verifyThenRead(file, false).verification();
    }

    /**
     * Verifies the workbook and, when it is intact, reads it ({@link AvisWorkbookReader}) from the same streaming
     * read of the file ({@link WorkbookRowsReader}); the rows are absent when it is not intact.
     *
     * @throws InputRefusedException when an intact workbook's columns or values are not as written
     */
    public static VerifiedAvisWorkbook verifyThenRead(Path file) {
        return verifyThenRead(file, true);
    }

    private static VerifiedAvisWorkbook verifyThenRead(Path file, boolean read) {
        String name = String.valueOf(file.getFileName());
        WorkbookRows workbook;
        AvisVerification verification;
        try {
            workbook = WorkbookRowsReader.read(file, name, AvisFormat.SHEETS);
            verification = verify(file, name, workbook);
        } catch (RuntimeException e) {
            return new VerifiedAvisWorkbook(unreadable(file, name), Optional.empty());
        }
        if (!read || !verification.intact()) {
            return new VerifiedAvisWorkbook(verification, Optional.empty());
        }
        // the reader's refusals are the caller's to report, as when it reads the file itself
        return new VerifiedAvisWorkbook(verification, Optional.of(AvisWorkbookReader.read(name, workbook)));
    }

    private static AvisVerification unreadable(Path file, String name) {
        return new AvisVerification(
                file,
                Verdict.UNREADABLE,
                "Fichier «\u00a0" + name + "\u00a0»\u00a0: illisible,"
                        + " le fichier est tronqué, abîmé ou n'est pas un classeur Excel (xlsx).",
                Map.of());
    }

    private static AvisVerification verify(Path file, String name, WorkbookRows workbook) {
        Optional<WorkbookRows.Sheet> metaSheet = workbook.sheet(AvisFormat.METADATA_SHEET);
        if (metaSheet.isEmpty()) {
            boolean dataSheet = AvisFormat.DATA_SHEETS.stream()
                    .anyMatch(s -> workbook.sheet(s).isPresent());
            return dataSheet ? missing(file, name, AvisFormat.METADATA_SHEET, Map.of()) : notAvis(file, name, Map.of());
        }
        List<List<Object>> metaRows = rows(metaSheet.get());
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
                    ? new AvisVerification(
                            file,
                            Verdict.OLDER_VERSION,
                            "Fichier «\u00a0" + name + "\u00a0»\u00a0:"
                                    + " classeur d'avis au format version " + version + ", version attendue "
                                    + AvisFormat.VERSION + " — exportez-le à nouveau avec l'Atelier PTCE actuel.",
                            metadata)
                    : new AvisVerification(
                            file,
                            Verdict.UNKNOWN_VERSION,
                            "Fichier «\u00a0" + name + "\u00a0»\u00a0:"
                                    + " classeur d'avis en version de format «\u00a0" + version
                                    + "\u00a0», inconnue de cette"
                                    + " version de l'Atelier PTCE (version lue\u00a0: " + AvisFormat.VERSION + ").",
                            metadata);
        }
        for (String sheet : AvisFormat.DATA_SHEETS) {
            if (workbook.sheet(sheet).isEmpty()) {
                return missing(file, name, sheet, metadata);
            }
        }
        AvisCanonicalForm canonical = new AvisCanonicalForm();
        for (String sheet : AvisFormat.DATA_SHEETS) {
            Optional<String> formula = feed(canonical, workbook.sheet(sheet).orElseThrow());
            if (formula.isPresent()) {
                return modified(
                        file,
                        name,
                        "la cellule " + sheet + "!" + formula.get()
                                + " contient une formule, ce que l'export n'écrit jamais",
                        metadata);
            }
        }
        canonical.sheet(AvisFormat.METADATA_SHEET);
        metaRows.stream()
                .filter(row -> row.isEmpty() || !AvisFormat.KEY_SHA256.equals(row.get(0)))
                .forEach(canonical::row);
        String expected = metadata.get(AvisFormat.KEY_SHA256);
        if (expected == null || !expected.equalsIgnoreCase(canonical.sha256())) {
            return modified(
                    file,
                    name,
                    "son contenu ne correspond plus à la somme de contrôle SHA-256 écrite à" + " l'export",
                    metadata);
        }
        return new AvisVerification(
                file,
                Verdict.INTACT,
                "Fichier «\u00a0" + name + "\u00a0»\u00a0: classeur d'avis"
                        + " intact (région " + metadata.get(AvisFormat.KEY_REGION) + ", "
                        + metadata.get(AvisFormat.KEY_ROWS)
                        + " dossiers, exporté le " + metadata.get(AvisFormat.KEY_EXPORTED_AT) + ").",
                metadata);
    }

    /** Whether a version is an earlier one of this format. */
    private static boolean olderVersion(String version) {
        try {
            int number = Integer.parseInt(version == null ? "" : version.strip());
            return number >= 1 && number < Integer.parseInt(AvisFormat.VERSION);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Feeds a sheet to the canonical form; returns the address of a formula cell if one is found. */
    private static Optional<String> feed(AvisCanonicalForm canonical, WorkbookRows.Sheet sheet) {
        List<List<Object>> rows = sheet.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) instanceof WorkbookRows.OtherCell other && other.formula()) {
                    return Optional.of(ReadLimits.columnLetters(c) + (r + 1));
                }
            }
        }
        canonical.sheet(sheet.name());
        rows(sheet).forEach(canonical::row);
        return Optional.empty();
    }

    /** The plain values of a sheet's rows ({@link WorkbookRows#plain}), trailing empty rows dropped. */
    private static List<List<Object>> rows(WorkbookRows.Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>(sheet.rows().size());
        for (List<Object> row : sheet.rows()) {
            List<Object> values = new ArrayList<>(row.size());
            row.forEach(cell -> values.add(WorkbookRows.plain(cell)));
            rows.add(values);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(v -> v == null || "".equals(v))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static AvisVerification missing(Path file, String name, String sheet, Map<String, String> metadata) {
        return new AvisVerification(
                file,
                Verdict.MISSING_SHEET,
                "Fichier «\u00a0" + name + "\u00a0»\u00a0: feuille" + " «\u00a0" + sheet
                        + "\u00a0» manquante\u00a0; ce classeur d'avis est incomplet.",
                metadata);
    }

    private static AvisVerification notAvis(Path file, String name, Map<String, String> metadata) {
        return new AvisVerification(
                file,
                Verdict.NOT_AVIS_WORKBOOK,
                "Fichier «\u00a0" + name + "\u00a0»\u00a0: pas"
                        + " un classeur d'avis de l'Atelier PTCE (feuille «\u00a0" + AvisFormat.METADATA_SHEET
                        + "\u00a0»"
                        + " sans le format «\u00a0" + AvisFormat.NAME + "\u00a0»).",
                metadata);
    }

    private static AvisVerification modified(Path file, String name, String why, Map<String, String> metadata) {
        return new AvisVerification(
                file,
                Verdict.MODIFIED,
                "Fichier «\u00a0" + name + "\u00a0»\u00a0: classeur"
                        + " d'avis modifié depuis son export (" + why + ")\u00a0; demandez à la région de l'exporter à"
                        + " nouveau.",
                metadata);
    }
}
