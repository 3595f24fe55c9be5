package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an ods {@code content.xml} as SAX events and hands each sheet's rows to a {@link SheetRowRouter}, one row
 * in memory at a time. Repeated cells and rows ({@code number-columns-repeated}, {@code number-rows-repeated}) are
 * expanded only when they hold a value: the huge empty repeats LibreOffice writes up to the sheet's last column and
 * row are skipped, never materialised. Cell values are decoded by {@link OdsCellValue}.
 */
final class OdsContentHandler extends DefaultHandler {

    static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String CALCEXT_NS = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    /** The most spaces one {@code text:s} may stand for. */
    private static final int MAX_SPACES = 10_000;

    private final ReadContext context;
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    private String sheetName;
    private SheetRowRouter router;
    private boolean skipSheet;
    private long rowNumber;
    private long rowRepeat;
    private final List<String> cells = new ArrayList<>();
    private final BitSet computed = new BitSet();
    private int column;
    private long rowChars;

    private boolean inCell;
    private int cellRepeat;
    private OdsCellValue.Cell cell;
    private final StringBuilder text = new StringBuilder();
    private int paragraphDepth;
    private int paragraphs;
    private int annotationDepth;

    OdsContentHandler(ReadContext context) {
        this.context = context;
    }

    /** What the file held, sheet-wise; refuses a file without a Dossiers sheet. */
    XlsxExportReader.Result result() {
        OdsExportReader.requireDossiers(context.fileName(), sheetNames);
        return new XlsxExportReader.Result(sheetNames, ignored);
    }

    /** Where the parse is, for a refusal: the sheet and row being read, or the file. */
    Location location() {
        if (sheetName == null) {
            return Location.file(context.fileName());
        }
        return new Location(context.fileName(), sheetName, Math.max(1, rowNumber + 1), null);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        if (annotationDepth > 0) {
            annotationDepth++;
            return;
        }
        if (OFFICE_NS.equals(uri) && "annotation".equals(name)) {
            annotationDepth = 1; // a comment's text is no part of the cell's value
            return;
        }
        if (TABLE_NS.equals(uri)) {
            switch (name) {
                case "table" -> startTable(attribute(attributes, TABLE_NS, "table", "name"));
                case "table-row" -> startRow(attributes);
                case "table-cell", "covered-table-cell" -> startCell(attributes);
                default -> {
                    // columns, header-row groups and shapes carry no cell content
                }
            }
        } else if (inCell && TEXT_NS.equals(uri)) {
            textElement(name, attributes);
        }
    }

    private void textElement(String name, Attributes attributes) {
        switch (name) {
            case "p", "h" -> {
                if (paragraphDepth == 0) {
                    if (paragraphs > 0) {
                        append("\n");
                    }
                    paragraphs++;
                }
                paragraphDepth++;
            }
            case "s" -> append(" ".repeat((int) count(attribute(attributes, TEXT_NS, "text", "c"), MAX_SPACES)));
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            default -> {
                // span, a, and other inline elements: their characters are the text
            }
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        if (inCell && paragraphDepth > 0 && annotationDepth == 0) {
            append(chars, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        if (annotationDepth > 0) {
            annotationDepth--;
            return;
        }
        if (TABLE_NS.equals(uri)) {
            switch (name) {
                case "table" -> endTable();
                case "table-row" -> endRow();
                case "table-cell", "covered-table-cell" -> endCell();
                default -> {
                    // nothing to close
                }
            }
        } else if (inCell && TEXT_NS.equals(uri) && ("p".equals(name) || "h".equals(name))) {
            paragraphDepth--;
        }
    }

    private void startTable(String name) {
        context.progress().checkCancelled();
        sheetName = name == null ? "Feuille " + (sheetNames.size() + 1) : name;
        sheetNames.add(sheetName);
        router = new SheetRowRouter(context, sheetName, null, "Lecture de la feuille «\u00a0" + sheetName + "\u00a0»…");
        skipSheet = false;
        rowNumber = 0;
    }

    private void endTable() {
        if (router != null && router.finish()) {
            ignored.add(sheetName);
        }
        router = null;
        sheetName = null;
    }

    private void startRow(Attributes attributes) {
        rowRepeat = count(attribute(attributes, TABLE_NS, "table", "number-rows-repeated"), Integer.MAX_VALUE);
        cells.clear();
        computed.clear();
        column = 0;
        rowChars = 0;
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        cellRepeat =
                (int) count(attribute(attributes, TABLE_NS, "table", "number-columns-repeated"), Integer.MAX_VALUE);
        cell = new OdsCellValue.Cell(
                attribute(attributes, OFFICE_NS, "office", "value-type"),
                attribute(attributes, CALCEXT_NS, "calcext", "value-type"),
                attribute(attributes, OFFICE_NS, "office", "value"),
                attribute(attributes, OFFICE_NS, "office", "date-value"),
                attribute(attributes, OFFICE_NS, "office", "boolean-value"),
                attribute(attributes, OFFICE_NS, "office", "string-value"),
                attribute(attributes, TABLE_NS, "table", "formula") != null);
        text.setLength(0);
        paragraphs = 0;
        paragraphDepth = 0;
    }

    private void endCell() {
        inCell = false;
        if (router == null || skipSheet) {
            return;
        }
        String value = OdsCellValue.decode(cell, text.toString());
        if (value.isEmpty()) {
            column = (int) Math.min((long) column + cellRepeat, Integer.MAX_VALUE);
            return;
        }
        if ((long) column + cellRepeat > ReadLimits.MAX_COLUMNS) {
            throw refusal(rowNumber + 1, null, "cellule au-delà de la colonne XFD, la limite d'Excel");
        }
        while (cells.size() < column) {
            cells.add("");
        }
        boolean spreadsheetComputed = OdsCellValue.computed(cell);
        for (int i = 0; i < cellRepeat; i++) {
            if (spreadsheetComputed) {
                computed.set(cells.size());
            }
            cells.add(value);
        }
        column += cellRepeat;
    }

    private void endRow() {
        if (router == null || skipSheet || cells.isEmpty()) {
            // an empty row, however often repeated, is only counted
            rowNumber += rowRepeat;
            return;
        }
        for (long r = 0; r < rowRepeat; r++) {
            rowNumber++;
            if (rowNumber > ReadLimits.MAX_ROWS) {
                throw refusal(
                        rowNumber, null, "la feuille dépasse " + ReadLimits.MAX_ROWS + " lignes, la limite d'Excel");
            }
            for (int c = computed.nextSetBit(0); c >= 0; c = computed.nextSetBit(c + 1)) {
                router.computedCell(c);
            }
            if (!router.row(rowNumber, cells)) {
                skipSheet = true; // not part of a DS export: its header was enough
                return;
            }
        }
    }

    private void append(String chars) {
        append(chars.toCharArray(), 0, chars.length());
    }

    private void append(char[] chars, int start, int length) {
        if (text.length() + length > ReadLimits.MAX_CELL_CHARS) {
            throw refusal(
                    rowNumber + 1,
                    router == null ? null : router.columnName(column),
                    "une cellule dépasse " + ReadLimits.MAX_CELL_CHARS + " caractères");
        }
        rowChars += length;
        if (rowChars > 20L * ReadLimits.MAX_CELL_CHARS) {
            throw refusal(rowNumber + 1, null, "la ligne dépasse " + 20L * ReadLimits.MAX_CELL_CHARS + " caractères");
        }
        text.append(chars, start, length);
    }

    private static String attribute(Attributes attributes, String uri, String prefix, String name) {
        String value = attributes.getValue(uri, name);
        return value != null ? value : attributes.getValue(prefix + ":" + name);
    }

    /** A repeat count or a number of spaces: 1 when absent or unreadable, at most {@code max}. */
    private static long count(String text, long max) {
        if (text == null) {
            return 1;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value < 1 ? 1 : Math.min(value, max);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private InputRefusedException refusal(long row, String columnName, String reason) {
        return new InputRefusedException(new Location(context.fileName(), sheetName, row, columnName), reason);
    }
}
