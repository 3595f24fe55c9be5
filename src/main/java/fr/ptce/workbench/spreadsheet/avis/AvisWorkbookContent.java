package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import java.util.List;
import java.util.Objects;

/** Everything an avis workbook carries: metadata, the grid, one line per dossier and one per review. */
public record AvisWorkbookContent(AvisMetadata metadata, Grid grid, List<AvisLine> lines, List<ReviewLine> reviews) {

    public AvisWorkbookContent {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(grid, "grid");
        lines = List.copyOf(lines);
        reviews = List.copyOf(reviews);
    }
}
