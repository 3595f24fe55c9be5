package fr.ptce.workbench.spreadsheet.layout;

import fr.ptce.workbench.domain.grid.Grid;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a sheet for the last grid asked (a {@link Grid} is immutable): a row of an export asks for them once
 * per dossier, and building them again for every row (a criterion's note, the lambdas) was measured in the export's
 * profile.
 */
final class LayoutCache<T> {

    private record Entry<T>(Grid grid, List<SheetColumn<T>> columns) {}

    private final Function<Grid, List<SheetColumn<T>>> layout;
    private volatile Entry<T> last;

    LayoutCache(Function<Grid, List<SheetColumn<T>>> layout) {
        this.layout = layout;
    }

    List<SheetColumn<T>> of(Grid grid) {
        Entry<T> entry = last;
        if (entry == null || entry.grid() != grid) {
            entry = new Entry<>(grid, List.copyOf(layout.apply(grid)));
            last = entry;
        }
        return entry.columns();
    }
}
