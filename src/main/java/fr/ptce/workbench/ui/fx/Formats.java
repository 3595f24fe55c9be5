package fr.ptce.workbench.ui.fx;

import fr.ptce.workbench.domain.grid.Scale;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes scores, totals and instruction times the French way: decimal comma, times in the machine's zone (as the
 * status bar's « Enregistré à … »); only the call's deadlines are written in Paris time, saying so (ReaderText).
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private Formats() {}

    /** 4, 3,5 or 62,5 — no trailing zeros; a dash for none. */
    public static String french(BigDecimal value) {
        return value == null ? "—" : Scale.normalize(value).toPlainString().replace('.', ',');
    }

    /** {@code dd/MM/yyyy HH:mm:ss} in the machine's zone. */
    public static String dateTime(OffsetDateTime time) {
        return dateTime(time, ZoneId.systemDefault());
    }

    /** {@code dd/MM/yyyy HH:mm:ss} in the given zone. */
    public static String dateTime(OffsetDateTime time, ZoneId zone) {
        return time == null ? "—" : DATE_TIME.format(time.atZoneSameInstant(zone));
    }
}
