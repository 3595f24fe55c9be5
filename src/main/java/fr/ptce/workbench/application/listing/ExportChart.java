package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.spreadsheet.image.PngImageFile;
import java.nio.file.Path;

/** Saves a chart of the dashboard, as the window drew it, in a PNG file. */
public final class ExportChart {

    private ExportChart() {}

    /** Writes the pixels (row by row, 0xAARRGGBB) to the file, never leaving a partial one. */
    public static Path toPng(int width, int height, int[] argb, Path target) {
        PngImageFile.write(width, height, argb, target);
        return target;
    }
}
