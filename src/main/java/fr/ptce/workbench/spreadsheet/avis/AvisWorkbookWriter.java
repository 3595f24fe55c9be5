package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.layout.AvisSheetLayout;
import fr.ptce.workbench.spreadsheet.layout.GridSheetLayout;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import fr.ptce.workbench.spreadsheet.layout.ReviewSheetLayout;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisSheetWriter;
import fr.ptce.workbench.spreadsheet.xlsx.AvisStyles;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the region's avis workbook for PESSII (sheets {@code Avis}, {@code Évaluations}, {@code Grille},
 * {@code Métadonnées}; formats.md, « Out: avis workbook »): rows streamed with a small window, the checksum
 * computed from the values written, the file written beside the target and moved into place when complete.
 */
public final class AvisWorkbookWriter {

    private static final int ROW_WINDOW = 50;
    private static final int PROGRESS_EVERY = 50;

    private AvisWorkbookWriter() {}

    /** The header of the {@code Avis} sheet for a grid, as written (the documentation is checked against it). */
    public static List<String> avisHeaders(Grid grid) {
        return AvisSheetLayout.columns(grid).stream().map(AvisColumn::header).toList();
    }

    /**
     * The headers of the {@code Avis} and {@code Évaluations} sheets that the consolidation at PESSII does not store,
     * so that the national workbook does not show them: the legal-form verdict and the governance (version 3), and
     * whether the total is complete (PESSII computes it again from the scores and its grid).
     */
    public static List<String> headersNotConsolidated() {
        return AvisSheetLayout.NOT_CONSOLIDATED;
    }

    /**
     * Writes the workbook and returns the SHA-256 of its canonical content (also in its {@code Métadonnées}).
     *
     * @throws UncheckedIOException when the file cannot be written; the target is then untouched
     */
    public static String write(AvisWorkbookContent content, Path target, Progress progress) {
        return write(
                content.metadata(),
                content.grid(),
                (long) content.lines().size() + content.reviews().size(),
                content.lines().iterator(),
                content::reviews,
                target,
                progress);
    }

    /**
     * Writes the workbook from lines that may still be coming (read on another thread while the rows are written):
     * the {@code Avis} rows as {@code lines} gives them, then the reviews, asked once every line was taken.
     *
     * @param total the lines and reviews expected, for the progress only
     */
    public static String write(
            AvisMetadata metadata,
            Grid grid,
            long total,
            Iterator<AvisLine> lines,
            Supplier<List<ReviewLine>> reviews,
            Path target,
            Progress progress) {
        Path temp = TempFiles.beside(target);
        try {
            SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
            workbook.setCompressTempFiles(false);
            String sha256;
            try {
                POIXMLProperties.CoreProperties core =
                        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
                core.setCreated(Optional.of(Date.from(metadata.exportedAt().toInstant())));
                core.setCreator(metadata.author());
                core.setTitle("Avis de la région " + metadata.region() + " — AMI PTCE émergents");
                sha256 = fill(workbook, metadata, grid, total, lines, reviews, progress);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    workbook.write(out);
                }
            } finally {
                workbook.dispose();
                workbook.close();
            }
            TempFiles.moveIntoPlace(temp, target);
            return sha256;
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    private static String fill(
            SXSSFWorkbook workbook,
            AvisMetadata metadata,
            Grid grid,
            long total,
            Iterator<AvisLine> lines,
            Supplier<List<ReviewLine>> reviews,
            Progress progress) {
        AvisStyles styles = new AvisStyles(workbook);
        AvisCanonicalForm canonical = new AvisCanonicalForm();
        long done = 0;
        int rows = 0;
        AvisSheetWriter avis =
                new AvisSheetWriter(workbook, AvisFormat.AVIS_SHEET, AvisSheetLayout.columns(grid), styles, canonical);
        while (lines.hasNext()) {
            avis.add(AvisSheetLayout.row(grid, lines.next()));
            rows++;
            report(progress, ++done, total);
        }
        avis.finish();
        AvisSheetWriter reviewSheet = new AvisSheetWriter(
                workbook, AvisFormat.REVIEWS_SHEET, ReviewSheetLayout.columns(grid), styles, canonical);
        for (ReviewLine line : reviews.get()) {
            reviewSheet.add(ReviewSheetLayout.row(grid, line));
            report(progress, ++done, total);
        }
        reviewSheet.finish();
        AvisSheetWriter criteria =
                new AvisSheetWriter(workbook, AvisFormat.GRID_SHEET, GridSheetLayout.columns(), styles, canonical);
        GridSheetLayout.rows(grid).forEach(criteria::add);
        criteria.finish();
        AvisSheetWriter metadataSheet = new AvisSheetWriter(
                workbook,
                AvisFormat.METADATA_SHEET,
                List.of(
                        new AvisColumn("Clé", Kind.SHORT_TEXT),
                        new AvisColumn("Valeur", Kind.VALUE),
                        new AvisColumn("Signification", Kind.LONG_TEXT)),
                styles,
                canonical);
        metadataRows(metadata, grid, rows).forEach(metadataSheet::add);
        String sha256 = canonical.sha256();
        metadataSheet.addOutsideChecksum(List.of(
                AvisFormat.KEY_SHA256, sha256, "SHA-256 du contenu canonique (voir la documentation du format)"));
        metadataSheet.finish();
        workbook.setActiveSheet(0);
        return sha256;
    }

    private static void report(Progress progress, long done, long total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            progress.checkCancelled();
            progress.update(done, total, "Export des avis\u00a0: " + done + " / " + total);
        }
    }

    private static List<List<Object>> metadataRows(AvisMetadata m, Grid grid, int lines) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(AvisFormat.KEY_FORMAT, AvisFormat.NAME, "Classeur d'avis régional"));
        rows.add(Arrays.asList(AvisFormat.KEY_FORMAT_VERSION, AvisFormat.VERSION, "Version du format"));
        rows.add(Arrays.asList(AvisFormat.KEY_REGION, AvisValues.text(m.region()), "Région"));
        rows.add(Arrays.asList(AvisFormat.KEY_AUTHOR, AvisValues.text(m.author()), "Auteur de l'export"));
        rows.add(Arrays.asList(AvisFormat.KEY_WORKSPACE_ID, m.workspaceId(), "Identifiant de l'espace de travail"));
        rows.add(
                Arrays.asList(AvisFormat.KEY_APPLICATION_VERSION, m.applicationVersion(), "Version de l'Atelier PTCE"));
        rows.add(Arrays.asList(
                AvisFormat.KEY_EXPORTED_AT,
                m.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "Date et heure de l'export"));
        rows.add(Arrays.asList(AvisFormat.KEY_GRID_ID, grid.id(), "Identifiant de la grille"));
        rows.add(Arrays.asList(AvisFormat.KEY_GRID_VERSION, String.valueOf(grid.version()), "Version de la grille"));
        rows.add(Arrays.asList(
                AvisFormat.KEY_ROWS, String.valueOf(lines), "Nombre de dossiers (lignes de la feuille Avis)"));
        if (m.phase() != 1) {
            rows.add(Arrays.asList(
                    AvisFormat.KEY_PHASE,
                    String.valueOf(m.phase()),
                    "Phase des avis (2\u00a0: dossiers additionnels de la phase 2)"));
        }
        return rows;
    }
}
