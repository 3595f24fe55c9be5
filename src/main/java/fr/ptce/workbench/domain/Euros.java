package fr.ptce.workbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts as French writes them in letters, counters and workbooks' text. */
public final class Euros {

    private Euros() {}

    /** {@code 100 000 €}, with non-breaking spaces, cents only when there are some. */
    public static String format(BigDecimal amount) {
        BigDecimal value = amount.stripTrailingZeros();
        String cents = "";
        if (value.scale() > 0) {
            value = value.setScale(2, RoundingMode.HALF_UP);
            cents = "," + value.toPlainString().substring(value.toPlainString().indexOf('.') + 1);
        }
        String whole = value.setScale(0, RoundingMode.DOWN).abs().toPlainString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + cents + "\u00a0€";
    }
}
