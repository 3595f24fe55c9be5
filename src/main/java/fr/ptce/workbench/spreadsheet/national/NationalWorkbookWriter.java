package fr.ptce.workbench.spreadsheet.national;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalReview;
import fr.ptce.workbench.domain.national.ShortlistCounters;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisSheetWriter;
import fr.ptce.workbench.spreadsheet.xlsx.AvisStyles;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes PESSII's workbooks (formats.md, « Out: national workbook »): the national one ({@code Classement},
 * {@code Évaluations}, {@code Synthèse}) and the public lists of the cabinet's decisions; typed cells,
 * frozen filtered headers, widths, written beside the target and moved into place.
 */
public final class NationalWorkbookWriter {

    private static final int ROW_WINDOW = 50;

    private NationalWorkbookWriter() {}

    /** The header of the {@code Classement} sheet (the documentation is checked against it). */
    public static List<String> rankingHeaders(fr.ptce.workbench.domain.grid.Grid grid) {
        return NationalSheetLayout.rankingColumns(grid).stream()
                .map(AvisColumn::header)
                .toList();
    }

    /** Writes the national workbook. */
    public static void write(NationalWorkbookContent content, Path target, Progress progress) {
        atomically(target, workbook -> {
            AvisStyles styles = new AvisStyles(workbook);
            AvisCanonicalForm unused = new AvisCanonicalForm();
            AvisSheetWriter ranking = new AvisSheetWriter(
                    workbook,
                    NationalSheetLayout.RANKING_SHEET,
                    NationalSheetLayout.rankingColumns(content.grid()),
                    styles,
                    unused);
            int done = 0;
            for (RankedDossier ranked : content.ranking()) {
                progress.checkCancelled();
                progress.update(
                        done++,
                        content.ranking().size(),
                        "Export national\u00a0: " + done + " / "
                                + content.ranking().size());
                ranking.add(NationalSheetLayout.rankingRow(content.grid(), ranked));
            }
            ranking.finish();
            AvisSheetWriter reviews = new AvisSheetWriter(
                    workbook,
                    NationalSheetLayout.REVIEWS_SHEET,
                    NationalSheetLayout.reviewColumns(content.grid()),
                    styles,
                    unused);
            for (RankedDossier ranked : content.ranking()) {
                for (RegionalReview review : ranked.row().reviews()) {
                    reviews.add(NationalSheetLayout.reviewRow(
                            content.grid(), ranked.dossier().exportingRegion(), review));
                }
            }
            reviews.finish();
            AvisSheetWriter summary = new AvisSheetWriter(
                    workbook,
                    NationalSheetLayout.SUMMARY_SHEET,
                    List.of(new AvisColumn("Élément", Kind.TEXT), new AvisColumn("Valeur", Kind.LONG_TEXT)),
                    styles,
                    unused);
            summaryRows(content).forEach(summary::add);
            summary.finish();
        });
    }

    /** Which public list: the phase-2 invitees or the phase-1 laureates, as the cabinet decided them. */
    public enum PublicList {
        INVITEES("Invités phase 2"),
        LAUREATES("Lauréats phase 1");

        private final String sheet;

        PublicList(String sheet) {
            this.sheet = sheet;
        }

        boolean holds(RankedDossier ranked) {
            return this == INVITEES
                    ? ranked.decision().decidedInvited()
                    : ranked.decision().decidedLaureate();
        }
    }

    /**
     * Writes a public list — project, structure and region of each dossier the cabinet's recorded decision names —
     * and returns its rows. PESSII's proposals never appear in it.
     */
    public static int writePublicList(List<RankedDossier> ranking, PublicList list, Path target) {
        List<RankedDossier> listed = ranking.stream()
                .filter(list::holds)
                .sorted(Comparator.comparing(
                                (RankedDossier r) -> String.valueOf(r.row().region()))
                        .thenComparing(r -> String.valueOf(r.row().project())))
                .toList();
        atomically(target, workbook -> {
            AvisSheetWriter sheet = new AvisSheetWriter(
                    workbook,
                    list.sheet,
                    List.of(
                            new AvisColumn("Projet", Kind.TEXT),
                            new AvisColumn("Structure", Kind.TEXT),
                            new AvisColumn("Région", Kind.SHORT_TEXT)),
                    new AvisStyles(workbook),
                    new AvisCanonicalForm());
            listed.forEach(r -> sheet.add(Arrays.asList(
                    AvisValues.text(r.row().project()),
                    AvisValues.text(r.row().structure()),
                    AvisValues.text(r.row().region()))));
            sheet.finish();
        });
        return listed.size();
    }

    private static List<List<Object>> summaryRows(NationalWorkbookContent content) {
        ShortlistCounters counters = content.counters();
        return List.of(
                Arrays.asList("Exporté le", content.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                Arrays.asList("Exporté par", AvisValues.text(content.author())),
                Arrays.asList(
                        "Dossiers (lignes de Classement)",
                        String.valueOf(content.ranking().size())),
                Arrays.asList(
                        "Classement",
                        "Par vague\u00a0; dans chaque vague les notes complètes, puis à part"
                                + " les notes incomplètes (Note complète\u00a0: Non)\u00a0; puis note globale, puis "
                                + content.order() + ", puis le numéro de dossier"),
                Arrays.asList(
                        "Dossiers à note incomplète (classés à part)",
                        String.valueOf(content.ranking().stream()
                                .filter(r -> !r.complete())
                                .count())),
                Arrays.asList("Lauréats de la phase\u00a01 proposés", String.valueOf(counters.proposedLaureates())),
                Arrays.asList(
                        "Lauréats de la phase\u00a01 décidés par le cabinet",
                        String.valueOf(counters.decidedLaureates())),
                Arrays.asList(
                        "Lauréats de la phase\u00a01",
                        "Sans dotation\u00a0: bouquet de services"
                                + " «\u00a0émergence\u00a0», sans plafond de nombre"),
                Arrays.asList(
                        "Invités en phase\u00a02 proposés",
                        counters.proposedInvited() + " (objectif "
                                + counters.invitedMin() + " à " + counters.invitedMax()
                                + (counters.invitedWithinTarget() ? ")" : ", hors objectif)")),
                Arrays.asList(
                        "Invités en phase\u00a02 décidés par le cabinet", String.valueOf(counters.decidedInvited())));
    }

    static void atomically(Path target, Consumer<SXSSFWorkbook> fill) {
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
