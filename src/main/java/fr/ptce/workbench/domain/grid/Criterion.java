package fr.ptce.workbench.domain.grid;

import java.math.BigDecimal;
import java.util.Objects;

/** A criterion of the grid (V1…E2): what a reviewer scores, with its weight and an optional minimum score. */
public record Criterion(
        String code, String label, String help, String blockCode, BigDecimal weight, BigDecimal threshold) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(blockCode, "blockCode");
        Objects.requireNonNull(weight, "weight");
        help = help == null ? "" : help;
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("The weight of " + code + " must be positive");
        }
    }
}
