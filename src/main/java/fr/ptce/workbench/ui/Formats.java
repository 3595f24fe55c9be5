package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes scores, totals and instruction times the French way: decimal comma, times in the machine's zone (as the
 * status bar's « Enregistré à … »); only the call's deadlines are written in Paris time, saying so (ReaderText).
 */
final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private Formats() {
    }

    /** 4, 3,5 or 62,5 — no trailing zeros; a dash for none. */
    static String french(BigDecimal value) {
        return value == null ? "—" : Scale.normalize(value).toPlainString().replace('.', ',');
    }

    /** A block's share of the 100 points: 50 for V on the default grid. */
    static BigDecimal blockMax(Grid grid, String blockCode) {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal block = BigDecimal.ZERO;
        for (Criterion c : grid.criteria()) {
            all = all.add(c.weight());
            block = c.blockCode().equals(blockCode) ? block.add(c.weight()) : block;
        }
        return BigDecimal.valueOf(100).multiply(block).divide(all, 2, RoundingMode.HALF_UP);
    }

    /** {@code dd/MM/yyyy HH:mm:ss} in the machine's zone. */
    static String dateTime(OffsetDateTime time) {
        return dateTime(time, ZoneId.systemDefault());
    }

    /** {@code dd/MM/yyyy HH:mm:ss} in the given zone. */
    static String dateTime(OffsetDateTime time, ZoneId zone) {
        return time == null ? "—" : DATE_TIME.format(time.atZoneSameInstant(zone));
    }
}
