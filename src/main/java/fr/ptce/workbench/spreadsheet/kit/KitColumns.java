package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.layout.GridSheetLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a kit's {@code Notation} sheet for a grid: dossier number, project, one per criterion, one
 * comment per block, the overall comment, the democratic governance (from format version 2), the conflict of
 * interest.
 */
record KitColumns(List<Column> columns) {

    enum Kind {
        NUMBER,
        PROJECT,
        SCORE,
        BLOCK_COMMENT,
        GENERAL_COMMENT,
        GOVERNANCE,
        CONFLICT
    }

    /**
     * One column: its header, kind, the criterion or block code it holds (null for the others) and the header's
     * comment (a criterion's label and the call's words, a block's label; null for the others).
     */
    record Column(String header, Kind kind, String code, String comment) {

        Column(String header, Kind kind, String code) {
            this(header, kind, code, null);
        }

        boolean input() {
            return kind != Kind.NUMBER && kind != Kind.PROJECT;
        }
    }

    /** The columns this version of the workbench writes. */
    static KitColumns of(Grid grid) {
        return of(grid, KitFormat.VERSION, 1);
    }

    /** The columns this version of the workbench writes for a kit of this phase. */
    static KitColumns of(Grid grid, int phase) {
        return of(grid, KitFormat.VERSION, phase);
    }

    /**
     * The columns of a kit of that format version and phase: the democratic governance is phase 1's judgement,
     * asked from format version 2; a phase-2 kit has no governance column.
     */
    static KitColumns of(Grid grid, String formatVersion, int phase) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(KitFormat.NUMBER_HEADER, Kind.NUMBER, null));
        columns.add(new Column(KitFormat.PROJECT_HEADER, Kind.PROJECT, null));
        for (Criterion c : grid.criteria()) {
            columns.add(new Column(c.code(), Kind.SCORE, c.code(), GridSheetLayout.criterionNote(c)));
        }
        for (Block b : grid.blocks()) {
            columns.add(new Column(
                    KitFormat.BLOCK_COMMENT_HEADER + b.code(),
                    Kind.BLOCK_COMMENT,
                    b.code(),
                    b.code() + " — " + b.label()));
        }
        columns.add(new Column(KitFormat.GENERAL_COMMENT_HEADER, Kind.GENERAL_COMMENT, null));
        if (phase == 1 && !KitFormat.VERSION_WITHOUT_GOVERNANCE.equals(formatVersion)) {
            columns.add(new Column(KitFormat.GOVERNANCE_HEADER, Kind.GOVERNANCE, null));
        }
        columns.add(new Column(KitFormat.CONFLICT_HEADER, Kind.CONFLICT, null));
        return new KitColumns(List.copyOf(columns));
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
