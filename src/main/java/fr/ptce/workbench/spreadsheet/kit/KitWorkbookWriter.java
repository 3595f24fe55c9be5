package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.spreadsheet.kit.KitColumns.Column;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisStyles;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an expert kit ({@code kit-expert-<nom>-<date>.xlsx}, formats.md, « Out and back: expert kit »):
 * instructions, the scoring sheet with drop-downs and its input cells unlocked, the dossiers' texts, and the hidden
 * metadata with the checksum of the locked parts; every sheet protected without a password; written beside the
 * target and moved into place when complete.
 */
public final class KitWorkbookWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private KitWorkbookWriter() {}

    /** The header of the {@code Notation} sheet for a grid, as written (the documentation is checked against it). */
    public static List<String> scoringHeaders(fr.ptce.workbench.domain.grid.Grid grid) {
        return KitColumns.of(grid).headers();
    }

    /**
     * Writes the kit and returns the SHA-256 of its locked parts (also in its metadata).
     *
     * @throws UncheckedIOException when the file cannot be written; the target is then untouched
     */
    public static String write(KitContent content, Path target) {
        Path temp = TempFiles.beside(target);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties()
                    .getCoreProperties()
                    .setCreated(Optional.of(Date.from(content.exportedAt().toInstant())));
            workbook.getProperties().getCoreProperties().setTitle("Kit expert — AMI PTCE émergents");
            workbook.getProperties().getCoreProperties().setCreator("Atelier PTCE");
            String sha256 = fill(workbook, content);
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            TempFiles.moveIntoPlace(temp, target);
            return sha256;
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    private static String fill(XSSFWorkbook workbook, KitContent content) {
        AvisStyles styles = new AvisStyles(workbook);
        KitInputStyles inputs = new KitInputStyles(workbook);
        KitColumns columns = KitColumns.of(content.grid(), content.phase());
        XSSFSheet instructions = workbook.createSheet(KitFormat.INSTRUCTIONS_SHEET);
        KitInstructions.write(instructions, content, styles);
        XSSFSheet scoring = workbook.createSheet(KitFormat.SCORING_SHEET);
        writeScoring(scoring, columns, content, styles, inputs);
        XSSFSheet dossiers = workbook.createSheet(KitFormat.DOSSIERS_SHEET);
        writeDossiers(dossiers, content, styles);
        XSSFSheet metadata = workbook.createSheet(KitFormat.METADATA_SHEET);
        List<String[]> rows = metadataRows(content);
        for (int i = 0; i < rows.size(); i++) {
            Row row = metadata.createRow(i);
            text(row, 0, rows.get(i)[0], styles.of(Kind.SHORT_TEXT));
            text(row, 1, rows.get(i)[1], styles.of(Kind.SHORT_TEXT));
        }
        Map<String, String> sums = KitLockedParts.sha256(workbook);
        int next = rows.size();
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            Row row = metadata.createRow(next++);
            String key = sum.getKey().equals("*") ? KitFormat.KEY_SHA256 : KitFormat.KEY_SHA256 + "-" + sum.getKey();
            text(row, 0, key, styles.of(Kind.SHORT_TEXT));
            text(row, 1, sum.getValue(), styles.of(Kind.SHORT_TEXT));
        }
        metadata.setColumnWidth(0, 36 * 256);
        metadata.setColumnWidth(1, 70 * 256);
        for (XSSFSheet sheet : List.of(instructions, scoring, dossiers, metadata)) {
            sheet.enableLocking();
            // printed or exported to PDF: landscape, every column on the page's width
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(metadata), true);
        workbook.setActiveSheet(workbook.getSheetIndex(scoring));
        workbook.setSelectedTab(workbook.getSheetIndex(scoring));
        return sums.get("*");
    }

    private static void writeScoring(
            XSSFSheet sheet, KitColumns columns, KitContent content, AvisStyles styles, KitInputStyles inputs) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        List<Column> list = columns.columns();
        for (int c = 0; c < list.size(); c++) {
            Column column = list.get(c);
            Kind kind = column.kind() == KitColumns.Kind.SCORE ? Kind.SCORE : Kind.SHORT_TEXT;
            text(header, c, column.header(), styles.header(kind));
            if (column.comment() != null) {
                comment(sheet, header.getCell(c), column.comment());
            }
            sheet.setColumnWidth(
                    c,
                    switch (column.kind()) {
                        case NUMBER -> 12 * 256;
                        case PROJECT -> 34 * 256;
                        case SCORE -> 6 * 256;
                        case CONFLICT -> 12 * 256;
                        case GOVERNANCE -> 16 * 256;
                        default -> 40 * 256;
                    });
        }
        List<KitContent.Dossier> dossiers = content.dossiers();
        for (int i = 0; i < dossiers.size(); i++) {
            KitContent.Dossier d = dossiers.get(i);
            Row row = sheet.createRow(i + 1);
            // room for a few lines of comment; the project's name wraps within it
            row.setHeightInPoints(48);
            for (int c = 0; c < list.size(); c++) {
                Column column = list.get(c);
                switch (column.kind()) {
                    case NUMBER -> text(row, c, d.number(), styles.of(Kind.SHORT_TEXT));
                    case PROJECT -> text(row, c, d.projectName(), styles.of(Kind.LONG_TEXT));
                    case SCORE -> number(row, c, d.entries().scores().get(column.code()), inputs.score());
                    case BLOCK_COMMENT ->
                        text(row, c, d.entries().blockComments().get(column.code()), inputs.comment());
                    case GENERAL_COMMENT -> text(row, c, d.entries().generalComment(), inputs.comment());
                    case GOVERNANCE ->
                        text(
                                row,
                                c,
                                d.entries().governance() == null
                                        ? null
                                        : d.entries().governance().label(),
                                inputs.choice());
                    case CONFLICT -> text(row, c, d.entries().conflict() ? KitFormat.YES : null, inputs.choice());
                }
            }
        }
        KitValidations.add(sheet, columns, content.grid().scale(), dossiers.size());
        sheet.createFreezePane(2, 1);
    }

    /** A header's comment: the criterion's label and the call's words, shown when the pointer is on the header. */
    private static void comment(XSSFSheet sheet, Cell cell, String text) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(
                0, 0, 0, 0, cell.getColumnIndex(), 0, cell.getColumnIndex() + 5, 3 + text.length() / 70);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        cell.setCellComment(comment);
    }

    private static void writeDossiers(XSSFSheet sheet, KitContent content, AvisStyles styles) {
        Row header = sheet.createRow(0);
        text(header, 0, KitFormat.NUMBER_HEADER, styles.header(Kind.SHORT_TEXT));
        text(header, 1, "Rubrique", styles.header(Kind.SHORT_TEXT));
        text(header, 2, "Texte", styles.header(Kind.SHORT_TEXT));
        int next = 1;
        for (KitContent.Dossier d : content.dossiers()) {
            for (Map.Entry<String, String> t : d.texts()) {
                Row row = sheet.createRow(next++);
                text(row, 0, d.number(), styles.of(Kind.SHORT_TEXT));
                text(row, 1, t.getKey(), styles.of(Kind.LONG_TEXT));
                text(row, 2, t.getValue(), styles.of(Kind.LONG_TEXT));
                // a wrapped text needs its lines: spreadsheets do not grow rows written by POI
                int lines = Math.max(lineCount(t.getKey(), 28), lineCount(t.getValue(), 98));
                if (lines > 1) {
                    row.setHeightInPoints(Math.min(409, 15 * lines));
                }
            }
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 100 * 256);
        sheet.createFreezePane(0, 1);
    }

    private static List<String[]> metadataRows(KitContent c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {KitFormat.KEY_FORMAT, KitFormat.NAME});
        rows.add(new String[] {KitFormat.KEY_FORMAT_VERSION, KitFormat.VERSION});
        rows.add(new String[] {KitFormat.KEY_KIT_ID, c.kitId()});
        rows.add(new String[] {KitFormat.KEY_EXPERT_NAME, c.expertName()});
        rows.add(new String[] {KitFormat.KEY_EXPERT_EMAIL, c.expertEmail()});
        rows.add(new String[] {KitFormat.KEY_EXPERT_ORGANISATION, c.expertOrganisation()});
        rows.add(new String[] {
            KitFormat.KEY_DOSSIERS,
            String.join(
                    ",", c.dossiers().stream().map(KitContent.Dossier::number).toList())
        });
        rows.add(new String[] {KitFormat.KEY_GRID_ID, c.grid().id()});
        rows.add(new String[] {
            KitFormat.KEY_GRID_VERSION, String.valueOf(c.grid().version())
        });
        rows.add(new String[] {KitFormat.KEY_EXPORTED_AT, c.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        });
        rows.add(new String[] {KitFormat.KEY_DEADLINE, c.deadline().toString()});
        rows.add(new String[] {KitFormat.KEY_PSEUDONYMISED, c.pseudonymised() ? KitFormat.YES : KitFormat.NO});
        if (c.phase() != 1) {
            rows.add(new String[] {KitFormat.KEY_PHASE, String.valueOf(c.phase())});
        }
        for (KitContent.Dossier d : c.dossiers()) {
            rows.add(new String[] {KitFormat.KEY_CONTENT_PREFIX + d.number(), d.contentVersion()});
        }
        return rows;
    }

    /** How many lines a text takes in a column of about this many characters. */
    private static int lineCount(String text, int width) {
        int count = 0;
        for (String line : (text == null ? "" : text).split("\n")) {
            count += 1 + line.length() / width;
        }
        return count;
    }

    /** The deadline as the instructions show it. */
    static String day(java.time.LocalDate date) {
        return date.format(DAY);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
