package fr.ptce.workbench.spreadsheet.layout;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;

import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The columns of the {@code Grille} sheet (one row per criterion of the grid used) and its rows. */
public final class GridSheetLayout {

    private GridSheetLayout() {
    }

    /**
     * What a criterion's column header says in a comment: its code and label, then the call's words when they say
     * more than the label.
     */
    public static String criterionNote(Criterion c) {
        String note = c.code() + " — " + c.label();
        return c.help().isBlank() || c.help().equals(c.label()) ? note : note + "\n«\u00a0" + c.help() + "\u00a0»";
    }

    public static List<AvisColumn> columns() {
        return List.of(
                new AvisColumn("Grille", Kind.TEXT),
                new AvisColumn("Version", Kind.INTEGER),
                new AvisColumn("Nom de la grille", Kind.TEXT),
                new AvisColumn("Bloc", Kind.CODE),
                new AvisColumn("Libellé du bloc", Kind.TEXT),
                new AvisColumn("Code", Kind.CODE),
                new AvisColumn("Libellé", Kind.TEXT),
                new AvisColumn("Aide", Kind.LONG_TEXT),
                new AvisColumn("Note min", Kind.SCORE),
                new AvisColumn("Note max", Kind.SCORE),
                new AvisColumn("Pas", Kind.SCORE),
                new AvisColumn("Poids", Kind.SCORE),
                new AvisColumn("Seuil", Kind.SCORE),
                new AvisColumn("Seuil global", Kind.TOTAL));
    }

    public static List<List<Object>> rows(Grid grid) {
        List<List<Object>> rows = new ArrayList<>();
        for (Criterion c : grid.criteria()) {
            String blockLabel = grid.blocks().stream().filter(b -> b.code().equals(c.blockCode()))
                    .map(Block::label).findFirst().orElse(null);
            List<Object> row = new ArrayList<>();
            row.add(text(grid.id()));
            row.add(BigDecimal.valueOf(grid.version()));
            row.add(text(grid.name()));
            row.add(text(c.blockCode()));
            row.add(text(blockLabel));
            row.add(text(c.code()));
            row.add(text(c.label()));
            row.add(text(c.help()));
            row.add(grid.scale().min());
            row.add(grid.scale().max());
            row.add(grid.scale().step());
            row.add(c.weight());
            row.add(c.threshold());
            row.add(grid.overallThreshold());
            rows.add(row);
        }
        return rows;
    }
}
