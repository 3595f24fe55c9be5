package fr.ptce.workbench.domain.grid;

import java.util.Objects;

/** A block of the grid (V, O, E), whose criteria add up to a subtotal. */
public record Block(String code, String label) {

    public Block {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
