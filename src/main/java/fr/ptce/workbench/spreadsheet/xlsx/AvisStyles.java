package fr.ptce.workbench.spreadsheet.xlsx;

import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of an avis workbook: a header style, and per column kind a plain and a "typed as text" style. */
public final class AvisStyles {

    private final CellStyle header;
    private final CellStyle centredHeader;
    private final Map<Kind, CellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> quoted = new EnumMap<>(Kind.class);

    public AvisStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        centredHeader = workbook.createCellStyle();
        centredHeader.cloneStyleFrom(header);
        centredHeader.setAlignment(HorizontalAlignment.CENTER);
        short text = workbook.createDataFormat().getFormat("@");
        for (Kind kind : Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(kind.wrapped());
            if (kind == Kind.SCORE) {
                // a narrow column of small numbers reads best centred, apart from the text beside it
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            String format = format(kind);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            plain.put(kind, style);
            // a text starting with = + - @ stays text even when the user edits the cell
            CellStyle asText = workbook.createCellStyle();
            asText.cloneStyleFrom(style);
            asText.setDataFormat(text);
            asText.setQuotePrefixed(true);
            quoted.put(kind, asText);
        }
    }

    private static String format(Kind kind) {
        return switch (kind) {
            case INTEGER -> "0";
            case TOTAL -> "0.00";
            case DATE -> "dd/mm/yyyy";
            case DATE_TIME -> "dd/mm/yyyy hh:mm";
            default -> null;
        };
    }

    /** The header style of a column: centred above centred scores. */
    public CellStyle header(Kind kind) {
        return kind == Kind.SCORE ? centredHeader : header;
    }

    public CellStyle of(Kind kind) {
        return plain.get(kind);
    }

    /** The style of a text that looks like a formula: shown and kept as typed text. */
    CellStyle quoted(Kind kind) {
        return quoted.get(kind);
    }
}
