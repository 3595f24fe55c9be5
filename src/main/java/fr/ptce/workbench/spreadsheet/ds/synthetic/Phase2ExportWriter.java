package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes phase-2 dossiers as the export of the assumed phase-2 DS procedure (formats.md, phase-2 import): the
 * {@code Dossiers} sheet with the fixed columns and the phase-2 champs, the empty {@code Etablissements} and
 * {@code Avis} sheets and the « Dépenses prévisionnelles » repetition sheet; or the csv table alone. For the samples
 * and the tests; the same dossiers give the same bytes.
 */
public final class Phase2ExportWriter {

    /** The repetition sheet's name: {@code (<stable_id>) <libellé>}, transliterated, cut at 30 characters. */
    public static final String BUDGET_SHEET = "(4412871) Depenses previsionne";

    private static final List<String> BUDGET_HEADERS = List.of(
            "Dossier ID",
            "Ligne",
            "Poste",
            "Année",
            "Montant demandé à l'État (€)",
            "Autres financements (€)",
            "Description");

    private Phase2ExportWriter() {}

    /** Writes the xlsx export, dated {@code exportedAt}. */
    public static void writeXlsx(List<Phase2Dossier> dossiers, DsEra era, OffsetDateTime exportedAt, Path target) {
        Path raw = TempFiles.beside(target);
        Path stable = TempFiles.beside(target);
        try {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(exportedAt.toInstant())));
                fill(workbook, dossiers, era);
                try (OutputStream out = Files.newOutputStream(raw)) {
                    workbook.write(out);
                }
            }
            DsExportWriter.restamp(
                    raw, stable, exportedAt.atZoneSameInstant(PARIS).toLocalDateTime());
            TempFiles.moveIntoPlace(stable, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(raw);
            TempFiles.deleteQuietly(stable);
        }
    }

    /** Writes the csv export: the {@code Dossiers} table only (DS leaves the repetition blocks out of a csv). */
    public static void writeCsv(List<Phase2Dossier> dossiers, DsEra era, Path target) {
        Path temp = TempFiles.beside(target);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                CsvExport.writeRecord(out, headers(era));
                for (Phase2Dossier dossier : dossiers) {
                    CsvExport.writeRecord(out, row(dossier, era));
                }
            }
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    private static void fill(XSSFWorkbook workbook, List<Phase2Dossier> dossiers, DsEra era) {
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd h:mm AM/PM"));
        Sheet main = workbook.createSheet("Dossiers");
        header(main, headers(era));
        int r = 1;
        for (Phase2Dossier dossier : dossiers) {
            values(main.createRow(r++), row(dossier, era), dateTime);
        }
        workbook.createSheet("Etablissements").createRow(0);
        workbook.createSheet("Avis").createRow(0);
        Sheet budget = workbook.createSheet(BUDGET_SHEET);
        header(budget, BUDGET_HEADERS);
        int b = 1;
        for (Phase2Dossier dossier : dossiers) {
            int line = 1;
            for (BudgetLine l : dossier.budget()) {
                values(
                        budget.createRow(b++),
                        Arrays.asList(
                                Long.parseLong(dossier.number()),
                                line++,
                                l.postText(),
                                l.yearText(),
                                l.stateAmount(),
                                l.otherAmount(),
                                l.description()),
                        dateTime);
            }
        }
    }

    static List<String> headers(DsEra era) {
        boolean now = era == DsEra.Y2025;
        List<String> headers = new ArrayList<>(List.of("ID", "Email"));
        if (now) {
            headers.add("FranceConnect ?");
        }
        headers.add(now ? "À archiver" : "Archivé");
        headers.add("État du dossier");
        headers.add("Dernière mise à jour le");
        headers.addAll(List.of(
                "Déposé le",
                "Passé en instruction le",
                "Traité le",
                "Motivation de la décision",
                "Instructeurs",
                "Groupe instructeur"));
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.inDossiersSheet()) {
                headers.add(champ.label());
            }
        }
        return headers;
    }

    static List<Object> row(Phase2Dossier d, DsEra era) {
        boolean now = era == DsEra.Y2025;
        List<Object> row = new ArrayList<>();
        row.add(d.number());
        row.add(d.email());
        if (now) {
            row.add("false");
        }
        row.add("false");
        row.add(d.state() == null ? null : d.state().label());
        row.add(d.depositedAt());
        row.addAll(Arrays.asList(d.depositedAt(), null, null, null, null, null));
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.inDossiersSheet()) {
                row.add(value(d, champ, era));
            }
        }
        return row;
    }

    private static Object value(Phase2Dossier d, Phase2Champ champ, DsEra era) {
        return switch (champ) {
            case PHASE1_NUMBER -> d.phase1Number() == null ? null : Long.valueOf(d.phase1Number());
            case PROJECT_NAME -> d.projectName();
            case SIRET -> d.siret();
            case THIRD_YEAR -> d.thirdYearRequested() == null ? null : d.thirdYearRequested() ? "Oui" : "Non";
            case PARTNER_LETTERS -> d.partnerLetters();
            case ATTESTATION -> Boolean.TRUE.equals(d.attestation()) ? "on" : "off";
            default -> {
                String text = d.text(champ);
                yield text.isEmpty() ? null : DossierColumns.textarea(text, era);
            }
        };
    }

    private static void header(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
        }
    }

    private static void values(Row row, List<Object> values, CellStyle dateTime) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof OffsetDateTime time) {
                cell.setCellValue(
                        DateUtil.getExcelDate(time.atZoneSameInstant(PARIS).toLocalDateTime()));
                cell.setCellStyle(dateTime);
            } else if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
