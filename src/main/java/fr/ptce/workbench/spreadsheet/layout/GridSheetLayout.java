package fr.ptce.workbench.spreadsheet.layout;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;

import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import java.math.BigDecimal;
import java.util.List;

/** The columns of the {@code Grille} sheet (one row per criterion of the grid used) and its rows. */
public final class GridSheetLayout {

    private GridSheetLayout() {}

    /**
     * What a criterion's column header says in a comment: its code and label, then the call's words when they say
     * more than the label.
     */
    public static String criterionNote(Criterion c) {
        String note = c.code() + " — " + c.label();
        return c.help().isBlank() || c.help().equals(c.label()) ? note : note + "\n«\u00a0" + c.help() + "\u00a0»";
    }

    public static List<AvisColumn> columns() {
        return SheetColumn.headers(LAYOUT);
    }

    /** One row per criterion, in the grid's order. */
    public static List<List<Object>> rows(Grid grid) {
        return grid.criteria().stream()
                .map(c -> SheetColumn.values(LAYOUT, new CriterionLine(grid, c)))
                .toList();
    }

    /** A criterion of a grid, as one row of the sheet shows it. */
    private record CriterionLine(Grid grid, Criterion criterion) {

        String blockLabel() {
            return grid.blocks().stream()
                    .filter(b -> b.code().equals(criterion.blockCode()))
                    .map(Block::label)
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final List<SheetColumn<CriterionLine>> LAYOUT = List.of(
            SheetColumn.of("Grille", Kind.TEXT, l -> text(l.grid().id())),
            SheetColumn.of(
                    "Version", Kind.INTEGER, l -> BigDecimal.valueOf(l.grid().version())),
            SheetColumn.of("Nom de la grille", Kind.TEXT, l -> text(l.grid().name())),
            SheetColumn.of("Bloc", Kind.CODE, l -> text(l.criterion().blockCode())),
            SheetColumn.of("Libellé du bloc", Kind.TEXT, l -> text(l.blockLabel())),
            SheetColumn.of("Code", Kind.CODE, l -> text(l.criterion().code())),
            SheetColumn.of("Libellé", Kind.TEXT, l -> text(l.criterion().label())),
            SheetColumn.of("Aide", Kind.LONG_TEXT, l -> text(l.criterion().help())),
            SheetColumn.of("Note min", Kind.SCORE, l -> l.grid().scale().min()),
            SheetColumn.of("Note max", Kind.SCORE, l -> l.grid().scale().max()),
            SheetColumn.of("Pas", Kind.SCORE, l -> l.grid().scale().step()),
            SheetColumn.of("Poids", Kind.SCORE, l -> l.criterion().weight()),
            SheetColumn.of("Seuil", Kind.SCORE, l -> l.criterion().threshold()),
            SheetColumn.of("Seuil global", Kind.TOTAL, l -> l.grid().overallThreshold()));
}
