package fr.ptce.workbench.domain.stats;

import java.math.BigDecimal;

/**
 * One bar of a histogram: the values from {@code lower} (included) to {@code upper} (excluded, included for the last).
 */
public record Bin(BigDecimal lower, BigDecimal upper, int count) {}
