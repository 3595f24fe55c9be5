package fr.ptce.workbench.domain.review;

import java.math.BigDecimal;

/** One criterion's score (null while not scored) and the reviewer's comment on it (null when none). */
public record Score(BigDecimal value, String comment) {

    /** Neither scored nor commented. */
    public static final Score EMPTY = new Score(null, null);

    public Score {
        comment = comment == null || comment.isBlank() ? null : comment;
    }

    /** Whether there is neither a value nor a comment. */
    public boolean isEmpty() {
        return value == null && comment == null;
    }

    /** This score with another value. */
    public Score withValue(BigDecimal newValue) {
        return new Score(newValue, comment);
    }

    /** This score with another comment. */
    public Score withComment(String newComment) {
        return new Score(value, newComment);
    }
}
