package fr.ptce.workbench.spreadsheet.xlsx;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML of one worksheet as SAX events and hands each row, cells decoded by a {@link CellDecoder} and gaps
 * filled, to a {@link RowTarget}; only one row is held in memory at a time.
 *
 * @param <T> the type of a decoded cell
 */
public final class SheetXmlHandler<T> extends DefaultHandler {

    /** Thrown to stop the parse early when the rest of the sheet is of no interest. */
    static final class StopSheet extends SAXException {
        StopSheet() {
            super("sheet ignored");
        }
    }

    private final String fileName;
    private final String sheetName;
    private final CellDecoder<T> decoder;
    private final RowTarget<T> target;

    private final List<T> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private long rowNumber;
    private int rowChars;
    private int column;
    private String cellType;
    private int styleIndex;
    private boolean hasValue;
    private boolean hasFormula;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean inFormula;

    public SheetXmlHandler(String fileName, String sheetName, CellDecoder<T> decoder, RowTarget<T> target) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.decoder = decoder;
        this.target = target;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (name(localName, qName)) {
            case "dimension" -> dimension(attributes.getValue("ref"));
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInlineString && !inPhonetic;
            default -> {
                // other elements (cols, sheetViews, merges…) carry no cell content
            }
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        if (inValue || inInlineText) {
            append(text, chars, start, length);
        } else if (inFormula) {
            append(formula, chars, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inInlineText = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to close
            }
        }
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        return qName.substring(qName.indexOf(':') + 1);
    }

    private void dimension(String ref) {
        // "A1:AO13" announces 12 data rows; it is only an estimate for the progress bar
        if (ref == null || ref.indexOf(':') < 0) {
            return;
        }
        String last = ref.substring(ref.indexOf(':') + 1).replaceAll("[^0-9]", "");
        if (!last.isEmpty() && last.length() < 10) {
            target.expectRows(Math.max(0, Long.parseLong(last) - 1));
        }
    }

    private void startRow(String reference) {
        long number = reference == null ? rowNumber + 1 : parseRowNumber(reference);
        if (number <= rowNumber || number > ReadLimits.MAX_ROWS) {
            throw refusal(
                    number,
                    null,
                    number > ReadLimits.MAX_ROWS
                            ? "la feuille dépasse " + ReadLimits.MAX_ROWS + " lignes, la limite d'Excel"
                            : "numéro de ligne hors d'ordre dans le XML de la feuille");
        }
        rowNumber = number;
        rowChars = 0;
        column = -1;
        cells.clear();
    }

    private long parseRowNumber(String reference) {
        try {
            return Long.parseLong(reference.trim());
        } catch (NumberFormatException notANumber) {
            throw refusal(rowNumber + 1, null, "numéro de ligne illisible («\u00a0" + reference + "\u00a0»)");
        }
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnIndex(reference);
        if (column >= ReadLimits.MAX_COLUMNS) {
            throw refusal(rowNumber, null, "cellule au-delà de la colonne XFD, la limite d'Excel");
        }
        String type = attributes.getValue("t");
        cellType = type == null ? "n" : type;
        String style = attributes.getValue("s");
        styleIndex = parseStyle(style);
        text.setLength(0);
        formula.setLength(0);
        hasValue = false;
        hasFormula = false;
    }

    private int columnIndex(String reference) {
        int index = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && index <= ReadLimits.MAX_COLUMNS) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0) {
            throw refusal(rowNumber, null, "référence de cellule illisible («\u00a0" + reference + "\u00a0»)");
        }
        return index - 1;
    }

    private int parseStyle(String style) {
        if (style == null) {
            return 0;
        }
        try {
            return Integer.parseInt(style.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private void append(StringBuilder into, char[] chars, int start, int length) {
        if (into.length() + length > ReadLimits.MAX_CELL_CHARS) {
            throw refusal(
                    rowNumber,
                    target.columnName(column),
                    "une cellule dépasse " + ReadLimits.MAX_CELL_CHARS + " caractères");
        }
        rowChars += length;
        if (rowChars > ReadLimits.MAX_ROW_CHARS) {
            throw refusal(rowNumber, null, "la ligne dépasse " + ReadLimits.MAX_ROW_CHARS + " caractères");
        }
        into.append(chars, start, length);
    }

    private void endCell() {
        T value;
        try {
            value = decoder.decode(
                    cellType, styleIndex, text.toString(), hasValue, hasFormula ? formula.toString() : null);
        } catch (IllegalArgumentException unreadable) {
            throw refusal(rowNumber, target.columnName(column), unreadable.getMessage());
        }
        while (cells.size() < column) {
            cells.add(decoder.gap());
        }
        if (column < cells.size()) {
            throw refusal(rowNumber, target.columnName(column), "cellule en double ou hors d'ordre dans le XML");
        }
        cells.add(value);
        if (decoder.computed(cellType, hasValue, hasFormula ? formula.toString() : null)) {
            target.computedCell(column);
        }
    }

    private void endRow() throws SAXException {
        if (!target.row(rowNumber, cells)) {
            throw new StopSheet();
        }
    }

    private InputRefusedException refusal(long row, String columnName, String reason) {
        return new InputRefusedException(new Location(fileName, sheetName, row, columnName), reason);
    }
}
