package fr.ptce.workbench.domain.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What an avis workbook's {@code Grille} sheet says of the grid its scores are on: one line per criterion. */
public record GridSheet(List<Line> lines) {

    public GridSheet {
        lines = List.copyOf(lines);
    }

    /** One criterion row: the grid's id and version, the criterion's block, code and weight, and the scale. */
    public record Line(
            String gridId,
            Integer version,
            String block,
            String code,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            BigDecimal weight) {

        public Line {
            Objects.requireNonNull(code, "code");
        }
    }
}
