package fr.ptce.workbench.spreadsheet.layout;

import fr.ptce.workbench.domain.review.Review;
import java.math.BigDecimal;
import java.util.Objects;

/** One reviewer's review as the {@code Évaluations} sheet shows it, with its total out of 100 on its own grid. */
public record ReviewLine(Review review, BigDecimal total) {

    public ReviewLine {
        Objects.requireNonNull(review, "review");
    }
}
