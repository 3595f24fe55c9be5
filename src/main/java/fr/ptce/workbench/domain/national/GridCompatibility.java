package fr.ptce.workbench.domain.national;

import fr.ptce.workbench.domain.grid.Grid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a region's workbook was scored on a grid PESSII can rank with its own: the metadata's grid id and version
 * must be those of every {@code Grille} row, the id PESSII's, and the criteria (codes, in order, their blocks and
 * weights) and the scale (min, max, step) the same as PESSII's grid; the version may differ when they are (a label
 * or a help text changed).
 */
public final class GridCompatibility {

    private GridCompatibility() {}

    /** The French reason why the grid is not compatible, empty when it is. */
    public static Optional<String> problem(String gridId, String gridVersion, GridSheet sheet, Grid expected) {
        if (sheet.lines().isEmpty()) {
            return Optional.of("la feuille «\u00a0Grille\u00a0» ne contient aucun critère");
        }
        for (GridSheet.Line line : sheet.lines()) {
            if (!Objects.equals(line.gridId(), gridId)
                    || line.version() == null
                    || !String.valueOf(line.version()).equals(gridVersion)) {
                return Optional.of("la grille des métadonnées (" + gridId + " version " + gridVersion
                        + ") n'est pas celle de la feuille «\u00a0Grille\u00a0» (" + line.gridId() + " version "
                        + line.version() + ")");
            }
        }
        if (!expected.id().equals(gridId)) {
            return Optional.of("grille «\u00a0" + gridId + "\u00a0», le PESSII attend la grille" + " «\u00a0"
                    + expected.id() + "\u00a0»");
        }
        String theirs = describe(sheet.lines().stream()
                .map(l -> l.block() + ":" + l.code() + ":" + plain(l.weight()))
                .toList());
        String ours = describe(expected.criteria().stream()
                .map(c -> c.blockCode() + ":" + c.code() + ":" + plain(c.weight()))
                .toList());
        if (!theirs.equals(ours)) {
            return Optional.of("grille «\u00a0" + gridId + "\u00a0» version " + gridVersion + " aux critères ou poids"
                    + " différents de ceux du PESSII (version " + expected.version() + ")\u00a0: " + theirs
                    + " au lieu de " + ours);
        }
        for (GridSheet.Line line : sheet.lines()) {
            if (!same(line.min(), expected.scale().min())
                    || !same(line.max(), expected.scale().max())
                    || !same(line.step(), expected.scale().step())) {
                return Optional.of("échelle de notation du critère " + line.code() + " (" + plain(line.min())
                        + " à " + plain(line.max()) + ", pas " + plain(line.step()) + ") différente de celle du"
                        + " PESSII (" + plain(expected.scale().min()) + " à "
                        + plain(expected.scale().max())
                        + ", pas " + plain(expected.scale().step()) + ")");
            }
        }
        return Optional.empty();
    }

    private static String describe(List<String> criteria) {
        return String.join(", ", new ArrayList<>(criteria));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : RegionalAvisRow.normalize(value).toPlainString();
    }
}
