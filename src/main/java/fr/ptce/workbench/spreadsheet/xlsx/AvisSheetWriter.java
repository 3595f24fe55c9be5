package fr.ptce.workbench.spreadsheet.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams one sheet of an avis workbook: a frozen, filtered header with its comments, typed cells in the column's
 * style, and every row fed to the canonical form exactly as written.
 */
public final class AvisSheetWriter {

    /** Height of one line of text in points, and the most lines a row is given (Excel's limit is 409 points). */
    private static final float LINE_POINTS = 15f;

    private static final int MAX_LINES = 27;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<AvisColumn> columns;
    private final AvisStyles styles;
    private final AvisCanonicalForm canonical;
    private int next;

    public AvisSheetWriter(
            SXSSFWorkbook workbook,
            String name,
            List<AvisColumn> columns,
            AvisStyles styles,
            AvisCanonicalForm canonical) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.canonical = canonical;
        canonical.sheet(name);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).kind().width() * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setLandscape(true);
        writeHeader();
    }

    private void writeHeader() {
        Row row = sheet.createRow(next++);
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = null;
        for (int i = 0; i < columns.size(); i++) {
            AvisColumn column = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header(column.kind()));
            if (column.comment() != null) {
                drawing = drawing == null ? sheet.createDrawingPatriarch() : drawing;
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 4);
                anchor.setRow1(0);
                // a long comment (a criterion with the call's words) gets a taller box
                anchor.setRow2(3 + column.comment().length() / 60);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(column.comment()));
                cell.setCellComment(comment);
            }
        }
        List<String> headers = columns.stream().map(AvisColumn::header).toList();
        fitHeight(row, headers, true);
        canonical.row(headers);
    }

    /**
     * Gives a row the height its wrapped texts need: neither Excel nor LibreOffice re-measures rows of a streamed
     * workbook when opening it, so wrapped text would overlap the next row.
     */
    private void fitHeight(Row row, List<?> values, boolean header) {
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
            AvisColumn.Kind kind = columns.get(i).kind();
            if (values.get(i) instanceof String text && (header || kind.wrapped())) {
                lines = Math.max(lines, lines(text, kind.width()));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(lines, MAX_LINES) * LINE_POINTS);
        }
    }

    /** The lines a text takes in a column this many characters wide (a letter is narrower than a digit). */
    static int lines(String text, int width) {
        int perLine = Math.max(1, (int) (width * 1.2) - 1);
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + perLine - 1) / perLine);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** Writes a row and adds it to the canonical form. */
    public void add(List<Object> values) {
        write(values);
        canonical.row(values);
    }

    /** Writes a row the canonical form leaves out (the checksum's own row). */
    public void addOutsideChecksum(List<Object> values) {
        write(values);
    }

    private void write(List<Object> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            AvisColumn.Kind kind = columns.get(i).kind();
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.of(kind));
            if (value instanceof String text) {
                cell.setCellValue(text);
                if (AvisValues.looksLikeFormula(text)) {
                    cell.setCellStyle(styles.quoted(kind));
                }
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
            } else {
                throw new IllegalArgumentException(
                        "No cell for a " + value.getClass().getSimpleName());
            }
        }
        fitHeight(row, values, false);
    }

    /** Rows written so far, the header included. */
    int rows() {
        return next;
    }

    /** Puts the auto-filter over the header and every row written. */
    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
    }
}
