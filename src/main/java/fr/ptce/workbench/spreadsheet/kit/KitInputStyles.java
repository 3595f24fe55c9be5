package fr.ptce.workbench.spreadsheet.kit;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The unlocked, tinted styles of a kit's input cells: scores, comments, the conflict-of-interest choice. */
final class KitInputStyles {

    private final CellStyle score;
    private final CellStyle comment;
    private final CellStyle choice;

    KitInputStyles(Workbook workbook) {
        score = input(workbook);
        score.setAlignment(HorizontalAlignment.CENTER);
        comment = input(workbook);
        comment.setWrapText(true);
        // comments stay text even when they start with = + - @
        comment.setDataFormat(workbook.createDataFormat().getFormat("@"));
        choice = input(workbook);
        choice.setAlignment(HorizontalAlignment.CENTER);
    }

    private static CellStyle input(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(false);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.HAIR);
        style.setBorderTop(BorderStyle.HAIR);
        style.setBorderLeft(BorderStyle.HAIR);
        style.setBorderRight(BorderStyle.HAIR);
        return style;
    }

    CellStyle score() {
        return score;
    }

    CellStyle comment() {
        return comment;
    }

    CellStyle choice() {
        return choice;
    }
}
