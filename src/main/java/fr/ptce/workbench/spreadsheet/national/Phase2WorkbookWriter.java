package fr.ptce.workbench.spreadsheet.national;

import fr.ptce.workbench.domain.Euros;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.phase2.Envelope;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisSheetWriter;
import fr.ptce.workbench.spreadsheet.xlsx.AvisStyles;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes PESSII's phase-2 workbook (formats.md, « Phase-2 workbook »): {@code Classement phase 2}, {@code Décisions
 * phase 2}, {@code Enveloppe} (over in red), and the public list of the phase-2 laureates the cabinet decided.
 */
public final class Phase2WorkbookWriter {

    public static final String RANKING_SHEET = "Classement phase 2";
    public static final String DECISIONS_SHEET = "Décisions phase 2";
    public static final String ENVELOPE_SHEET = "Enveloppe";
    public static final String LAUREATES_SHEET = "Lauréats phase 2";

    private static final List<AvisColumn> RANKING = List.of(
            new AvisColumn("Rang", Kind.INTEGER),
            new AvisColumn("Note phase 2", Kind.TOTAL),
            new AvisColumn("Dossier phase 2", Kind.ID),
            new AvisColumn("Dossier phase 1", Kind.ID),
            new AvisColumn("Projet", Kind.TEXT),
            new AvisColumn("Structure", Kind.TEXT),
            new AvisColumn("Région", Kind.SHORT_TEXT),
            new AvisColumn("Lien phase 1", Kind.SHORT_TEXT),
            new AvisColumn("Dans les délais", Kind.WORD),
            new AvisColumn("Champs manquants", Kind.SHORT_TEXT),
            new AvisColumn("État année 1 (€)", Kind.INTEGER),
            new AvisColumn("État année 2 (€)", Kind.INTEGER),
            new AvisColumn("État année 3 (€)", Kind.INTEGER),
            new AvisColumn("Au-delà de 100 000 €", Kind.WORD),
            new AvisColumn("Biens amortissables (€)", Kind.INTEGER),
            new AvisColumn("Troisième année demandée", Kind.WORD));

    private static final List<AvisColumn> DECISIONS = List.of(
            new AvisColumn("Dossier phase 2", Kind.ID),
            new AvisColumn("Projet", Kind.TEXT),
            new AvisColumn("Lauréat proposé", Kind.WORD),
            new AvisColumn("Motivation", Kind.LONG_TEXT),
            new AvisColumn("Décision du cabinet", Kind.WORD),
            new AvisColumn("Décidé par", Kind.SHORT_TEXT),
            new AvisColumn("Décidé le", Kind.DATE),
            new AvisColumn("Subvention année 1 (€)", Kind.INTEGER),
            new AvisColumn("Subvention année 2 (€)", Kind.INTEGER),
            new AvisColumn("Troisième année", Kind.WORD),
            new AvisColumn("Montant troisième année (€)", Kind.INTEGER));

    private Phase2WorkbookWriter() {}

    /** The headers of the {@code Classement phase 2} sheet (the documentation is checked against them). */
    public static List<String> rankingHeaders() {
        return RANKING.stream().map(AvisColumn::header).toList();
    }

    /** The headers of the {@code Décisions phase 2} sheet. */
    public static List<String> decisionHeaders() {
        return DECISIONS.stream().map(AvisColumn::header).toList();
    }

    /** Writes the phase-2 workbook, atomically. */
    public static void write(Phase2WorkbookContent content, Path target) {
        NationalWorkbookWriter.atomically(target, workbook -> {
            AvisStyles styles = new AvisStyles(workbook);
            AvisSheetWriter ranking =
                    new AvisSheetWriter(workbook, RANKING_SHEET, RANKING, styles, new AvisCanonicalForm());
            content.rows().forEach(row -> ranking.add(rankingRow(row)));
            ranking.finish();
            AvisSheetWriter decisions =
                    new AvisSheetWriter(workbook, DECISIONS_SHEET, DECISIONS, styles, new AvisCanonicalForm());
            content.rows().stream()
                    .filter(Phase2WorkbookContent.Row::stored)
                    .forEach(row -> decisions.add(decisionRow(row)));
            decisions.finish();
            envelopeSheet(workbook, content);
        });
    }

    private static List<Object> rankingRow(Phase2WorkbookContent.Row row) {
        var checks = row.checks();
        boolean known = !checks.stateAmountByYear().isEmpty();
        return Arrays.asList(
                row.rank() == 0 ? null : BigDecimal.valueOf(row.rank()),
                row.score(),
                row.dossier().number(),
                AvisValues.text(row.dossier().phase1Number()),
                AvisValues.text(row.dossier().projectName()),
                AvisValues.text(row.structure()),
                AvisValues.text(row.region()),
                row.linkProblem() == null ? "lié" : row.linkProblem(),
                AvisValues.yesNo(checks.onTime()),
                checks.missing().isEmpty()
                        ? null
                        : checks.missing().stream().map(Phase2Champ::label).collect(Collectors.joining(", ")),
                known ? checks.stateAmountByYear().get(1) : null,
                known ? checks.stateAmountByYear().get(2) : null,
                known ? checks.stateAmountByYear().get(3) : null,
                known ? AvisValues.yesNo(checks.overEnvelope()) : null,
                checks.depreciableAmount(),
                AvisValues.yesNo(row.dossier().thirdYearRequested()));
    }

    private static List<Object> decisionRow(Phase2WorkbookContent.Row row) {
        Phase2Decision d = row.decision();
        CabinetDecision decided = d.decided();
        return Arrays.asList(
                row.dossier().number(),
                AvisValues.text(row.dossier().projectName()),
                AvisValues.yesNo(d.laureate()),
                AvisValues.text(d.motivation()),
                decided == null ? "en attente" : (decided.laureate() ? "lauréat" : "non retenu"),
                decided == null ? null : decided.by(),
                decided == null ? null : decided.on(),
                d.laureate() ? row.split().year1() : null,
                d.laureate() ? row.split().year2() : null,
                d.thirdYear() == null ? null : (d.thirdYearGranted() ? "accordée" : "refusée"),
                d.thirdYearAmount());
    }

    private static void envelopeSheet(SXSSFWorkbook workbook, Phase2WorkbookContent content) {
        Envelope e = content.envelope();
        SXSSFSheet sheet = workbook.createSheet(ENVELOPE_SHEET);
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        CellStyle bold = workbook.createCellStyle();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold.setFont(boldFont);
        CellStyle red = workbook.createCellStyle();
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        red.setFont(white);
        red.setFillForegroundColor(IndexedColors.RED.getIndex());
        red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        int[] next = {0};
        java.util.function.BiConsumer<List<Object>, Boolean> line = (values, over) -> {
            Row row = sheet.createRow(next[0]++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
                if (next[0] == 1) {
                    cell.setCellStyle(bold);
                } else if (over && i == 2) {
                    cell.setCellStyle(red);
                }
            }
        };
        line.accept(List.of("Élément", "Valeur", "État"), false);
        line.accept(
                Arrays.asList(
                        "Lauréats de la phase 2 proposés",
                        BigDecimal.valueOf(e.proposed()),
                        e.overCount() ? "DÉPASSÉ" : "ok"),
                e.overCount());
        line.accept(Arrays.asList("Lauréats prévus par l'enveloppe", BigDecimal.valueOf(e.target()), null), false);
        line.accept(
                Arrays.asList("Lauréats de la phase 2 décidés par le cabinet", BigDecimal.valueOf(e.decided()), null),
                false);
        line.accept(Arrays.asList("Subvention fixe par lauréat (€)", e.grant(), null), false);
        line.accept(
                Arrays.asList("Engagé, lauréats × subvention (€)", e.committed(), e.overAmount() ? "DÉPASSÉ" : "ok"),
                e.overAmount());
        line.accept(Arrays.asList("Enveloppe (€)", e.envelope(), null), false);
        line.accept(Arrays.asList("Reste (€)", e.remaining(), null), false);
        line.accept(Arrays.asList("Année 1 (€)", e.year1(), null), false);
        line.accept(Arrays.asList("Année 2 (€)", e.year2(), null), false);
        line.accept(
                Arrays.asList(
                        "Troisième année accordée, hors enveloppe (dossiers)",
                        BigDecimal.valueOf(e.thirdYears()),
                        null),
                false);
        line.accept(Arrays.asList("Troisième année, hors enveloppe (€)", e.thirdYearAmount(), null), false);
        line.accept(
                Arrays.asList(
                        "Répartition par année",
                        "Subvention fixe répartie selon les montants demandés à l'État pour les années 1 et 2",
                        null),
                false);
        line.accept(
                Arrays.asList("Exporté le", content.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), null),
                false);
        line.accept(Arrays.asList("Exporté par", AvisValues.text(content.author()), null), false);
        line.accept(
                Arrays.asList("Résumé", Euros.format(e.committed()) + " sur " + Euros.format(e.envelope()), null),
                false);
    }

    /**
     * Writes the public list of the phase-2 laureates the cabinet decided (project, structure, region) and returns
     * its rows; PESSII's proposals never appear in it.
     */
    public static int writePublicList(List<Phase2WorkbookContent.Row> rows, Path target) {
        List<Phase2WorkbookContent.Row> listed = rows.stream()
                .filter(r -> r.decision().decidedLaureate())
                .sorted(Comparator.comparing((Phase2WorkbookContent.Row r) -> String.valueOf(r.region()))
                        .thenComparing(r -> String.valueOf(r.dossier().projectName())))
                .toList();
        NationalWorkbookWriter.atomically(target, workbook -> {
            AvisSheetWriter sheet = new AvisSheetWriter(
                    workbook,
                    LAUREATES_SHEET,
                    List.of(
                            new AvisColumn("Projet", Kind.TEXT),
                            new AvisColumn("Structure", Kind.TEXT),
                            new AvisColumn("Région", Kind.SHORT_TEXT)),
                    new AvisStyles(workbook),
                    new AvisCanonicalForm());
            listed.forEach(r -> sheet.add(Arrays.asList(
                    AvisValues.text(r.dossier().projectName()),
                    AvisValues.text(r.structure()),
                    AvisValues.text(r.region()))));
            sheet.finish();
        });
        return listed.size();
    }
}
