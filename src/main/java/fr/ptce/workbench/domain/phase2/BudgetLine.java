package fr.ptce.workbench.domain.phase2;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of « Dépenses prévisionnelles »: a post, a year, the amount asked of the State and the other funding,
 * in euros. A post or year DS gave but the workbench does not know is kept as written ({@code postText},
 * {@code yearText}) with a null enum.
 *
 * @param line the 1-based « Ligne » of the dossier's block
 * @param stateAmount null when the cell was empty or unreadable
 */
public record BudgetLine(
        int line,
        BudgetPost post,
        String postText,
        BudgetYear year,
        String yearText,
        BigDecimal stateAmount,
        BigDecimal otherAmount,
        String description) {

    public BudgetLine {
        postText = Objects.requireNonNullElse(postText, post == null ? "" : post.label());
        yearText = Objects.requireNonNullElse(yearText, year == null ? "" : year.label());
        stateAmount = cents(stateAmount);
        otherAmount = cents(otherAmount);
        description = description == null || description.isEmpty() ? null : description;
    }

    /** A line with known post and year. */
    public static BudgetLine of(
            int line, BudgetPost post, BudgetYear year, BigDecimal state, BigDecimal other, String description) {
        return new BudgetLine(line, post, post.label(), year, year.label(), state, other, description);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The amount asked of the State, zero when unknown. */
    public BigDecimal stateOrZero() {
        return stateAmount == null ? BigDecimal.ZERO : stateAmount;
    }
}
