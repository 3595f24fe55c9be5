package fr.ptce.workbench.domain.phase2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a laureate's fixed grant (« une enveloppe fixe de 100 000 euros chacun répartie sur 2 années ») splits over
 * years 1 and 2: in proportion to the State amounts the dossier's budget lines ask per year, to the euro, year 2
 * taking the rounding; half and half when the budget asks nothing or is unknown.
 */
public record GrantSplit(BigDecimal year1, BigDecimal year2) {

    public GrantSplit {
        Objects.requireNonNull(year1, "year1");
        Objects.requireNonNull(year2, "year2");
    }

    /**
     * The split of {@code grant} by the amounts asked for years 1 and 2 (either null or zero when nothing is asked).
     */
    public static GrantSplit of(BigDecimal grant, BigDecimal askedYear1, BigDecimal askedYear2) {
        BigDecimal one = askedYear1 == null ? BigDecimal.ZERO : askedYear1.max(BigDecimal.ZERO);
        BigDecimal two = askedYear2 == null ? BigDecimal.ZERO : askedYear2.max(BigDecimal.ZERO);
        BigDecimal asked = one.add(two);
        BigDecimal first = asked.signum() == 0
                ? grant.divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
                : grant.multiply(one).divide(asked, 0, RoundingMode.HALF_UP);
        return new GrantSplit(first, grant.subtract(first));
    }

    /** The grant over both years. */
    public BigDecimal total() {
        return year1.add(year2);
    }
}
