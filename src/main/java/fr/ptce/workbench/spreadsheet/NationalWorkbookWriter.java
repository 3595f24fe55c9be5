package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalReview;
import fr.ptce.workbench.domain.national.Shortlist;
import fr.ptce.workbench.domain.national.ShortlistCounters;
import fr.ptce.workbench.spreadsheet.AvisColumn.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes PESSII's workbooks (formats.md "Out: national workbook"): the national one ({@code Classement},
 * {@code Évaluations}, {@code Synthèse}) and the public list of the dossiers invited to phase 2; typed cells,
 * frozen filtered headers, widths, written beside the target and moved into place.
 */
public final class NationalWorkbookWriter {

    private static final int ROW_WINDOW = 50;
    static final String PUBLIC_SHEET = "Invités phase 2";

    private NationalWorkbookWriter() {
    }

    /** The header of the {@code Classement} sheet (the documentation is checked against it). */
    public static List<String> rankingHeaders(fr.ptce.workbench.domain.grid.Grid grid) {
        return NationalSheetLayout.rankingColumns(grid).stream().map(AvisColumn::header).toList();
    }

    /** Writes the national workbook. */
    public static void write(NationalWorkbookContent content, Path target, Progress progress) {
        atomically(target, workbook -> {
            AvisStyles styles = new AvisStyles(workbook);
            AvisCanonicalForm unused = new AvisCanonicalForm();
            AvisSheetWriter ranking = new AvisSheetWriter(workbook, NationalSheetLayout.RANKING_SHEET,
                    NationalSheetLayout.rankingColumns(content.grid()), styles, unused);
            int done = 0;
            for (RankedDossier ranked : content.ranking()) {
                progress.checkCancelled();
                progress.update(done++, content.ranking().size(), "Export national\u00a0: " + done + " / "
                        + content.ranking().size());
                ranking.add(NationalSheetLayout.rankingRow(content.grid(), ranked));
            }
            ranking.finish();
            AvisSheetWriter reviews = new AvisSheetWriter(workbook, NationalSheetLayout.REVIEWS_SHEET,
                    NationalSheetLayout.reviewColumns(content.grid()), styles, unused);
            for (RankedDossier ranked : content.ranking()) {
                for (RegionalReview review : ranked.row().reviews()) {
                    reviews.add(NationalSheetLayout.reviewRow(content.grid(), ranked.dossier().exportingRegion(),
                            review));
                }
            }
            reviews.finish();
            AvisSheetWriter summary = new AvisSheetWriter(workbook, NationalSheetLayout.SUMMARY_SHEET, List.of(
                    new AvisColumn("Élément", Kind.TEXT), new AvisColumn("Valeur", Kind.TEXT),
                    new AvisColumn("Montant (€)", Kind.INTEGER)), styles, unused);
            summaryRows(content).forEach(summary::add);
            summary.finish();
        });
    }

    /** Writes the public list: project, structure and region of each dossier invited to phase 2. */
    public static int writePublicList(List<RankedDossier> ranking, Path target) {
        List<RankedDossier> invited = ranking.stream().filter(r -> r.decision().invited())
                .sorted(Comparator.comparing((RankedDossier r) -> String.valueOf(r.row().region()))
                        .thenComparing(r -> String.valueOf(r.row().project())))
                .toList();
        atomically(target, workbook -> {
            AvisSheetWriter sheet = new AvisSheetWriter(workbook, PUBLIC_SHEET, List.of(
                    new AvisColumn("Projet", Kind.TEXT), new AvisColumn("Structure", Kind.TEXT),
                    new AvisColumn("Région", Kind.SHORT_TEXT)), new AvisStyles(workbook), new AvisCanonicalForm());
            invited.forEach(r -> sheet.add(Arrays.asList(AvisValues.text(r.row().project()),
                    AvisValues.text(r.row().structure()), AvisValues.text(r.row().region()))));
            sheet.finish();
        });
        return invited.size();
    }

    private static List<List<Object>> summaryRows(NationalWorkbookContent content) {
        ShortlistCounters counters = content.counters();
        return List.of(
                Arrays.asList("Exporté le", content.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        null),
                Arrays.asList("Exporté par", AvisValues.text(content.author()), null),
                Arrays.asList("Dossiers (lignes de Classement)", String.valueOf(content.ranking().size()), null),
                Arrays.asList("Classement", "Note globale, puis " + content.order()
                        + ", puis le numéro de dossier", null),
                Arrays.asList("Invités en phase 2", counters.invited() + " (objectif " + Shortlist.INVITED_MIN
                        + " à " + Shortlist.INVITED_MAX + (counters.invitedWithinTarget() ? ")" : ", hors objectif)"),
                        null),
                Arrays.asList("Lauréats phase 1", counters.laureates() + " × 100 000 €", counters.amount()),
                Arrays.asList("Enveloppe", "1 500 000 €", Shortlist.ENVELOPE),
                Arrays.asList("Dépassement de l'enveloppe", counters.overEnvelope() ? "Oui" : "Non",
                        counters.overEnvelope() ? counters.amount().subtract(Shortlist.ENVELOPE) : BigDecimal.ZERO));
    }

    private static void atomically(Path target, Consumer<SXSSFWorkbook> fill) {
        Path temp = TempFiles.beside(target);
        try {
            SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
            workbook.setCompressTempFiles(false);
            try {
                fill.accept(workbook);
                workbook.setActiveSheet(0);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    workbook.write(out);
                }
            } finally {
                workbook.dispose();
                workbook.close();
            }
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }
}
