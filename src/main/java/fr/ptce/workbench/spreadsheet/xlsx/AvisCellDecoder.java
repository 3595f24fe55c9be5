package fr.ptce.workbench.spreadsheet.xlsx;

import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows.DateCell;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows.OtherCell;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Decodes the cells of an avis workbook into the values of {@link WorkbookRows}, typed as POI's usermodel types
 * them: any cell with a formula is a formula; a number without value is blank; a number whose style is a date
 * format is a date; shared strings and date styles are looked up through a {@link CellValueFormatter}.
 */
final class AvisCellDecoder implements CellDecoder<Object> {

    private final CellValueFormatter workbook;
    private final boolean date1904;

    /**
     * @param workbook the workbook's styles and shared strings
     * @param date1904 whether the workbook counts its dates from 1904
     */
    AvisCellDecoder(CellValueFormatter workbook, boolean date1904) {
        this.workbook = workbook;
        this.date1904 = date1904;
    }

    @Override
    public Object gap() {
        return null;
    }

    @Override
    public Object decode(String type, int styleIndex, String text, boolean hasValue, String formula) {
        if (formula != null) {
            return new OtherCell("=" + formula, true);
        }
        return switch (type) {
            case "n" -> hasValue ? number(styleIndex, text) : null;
            case "s" -> hasValue ? workbook.sharedString(text) : "";
            case "inlineStr", "str" -> unescaped(text);
            case "b" -> new OtherCell(hasValue && "1".equals(text) ? "TRUE" : "FALSE", false);
            case "e" ->
                new OtherCell("#" + (hasValue ? FormulaError.forString(text).getCode() : 0), false);
            default -> throw new IllegalArgumentException("type de cellule inconnu («\u00a0" + type + "\u00a0»)");
        };
    }

    private Object number(int styleIndex, String text) {
        double value;
        try {
            value = text.isEmpty() ? 0.0 : Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("nombre illisible («\u00a0" + text + "\u00a0»)", notANumber);
        }
        if (DateUtil.isValidExcelDate(value) && workbook.isDateStyle(styleIndex)) {
            return new DateCell(DateUtil.getLocalDateTime(value, date1904, true), value);
        }
        return BigDecimal.valueOf(value);
    }

    /** The text with its {@code _xHHHH_} escapes decoded, as POI's usermodel reads it. */
    private static String unescaped(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
