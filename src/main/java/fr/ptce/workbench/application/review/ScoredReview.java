package fr.ptce.workbench.application.review;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.Review;

/** A review with the grid version it was scored on and its totals. */
public record ScoredReview(Review review, Grid grid, GridTotals totals) {}
