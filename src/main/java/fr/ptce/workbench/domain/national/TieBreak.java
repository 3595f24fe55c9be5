package fr.ptce.workbench.domain.national;

import java.util.Locale;
import java.util.Objects;

/**
 * One key of the ranking's tie-break order: a block's subtotal (higher first) or the deposit date (earlier first).
 *
 * @param block the block code for a subtotal key, null for the deposit date
 */
public record TieBreak(String block) {

    /** The deposit date key, as written in an order. */
    public static final String DEPOSIT_NAME = "dépôt";

    public static final TieBreak DEPOSIT = new TieBreak(null);

    /** A block's subtotal, higher first. */
    public static TieBreak subtotal(String block) {
        return new TieBreak(Objects.requireNonNull(block, "block"));
    }

    /** Whether this is the deposit date key. */
    public boolean deposit() {
        return block == null;
    }

    /**
     * Reads one key: {@code dépôt} (or {@code depot}) for the deposit date, else a block code of letters.
     *
     * @throws IllegalArgumentException with a French message when the key is neither
     */
    public static TieBreak parse(String text) {
        String key = text == null ? "" : text.strip();
        String folded = key.toLowerCase(Locale.ROOT);
        if (folded.equals(DEPOSIT_NAME) || folded.equals("depot")) {
            return DEPOSIT;
        }
        if (!key.matches("\\p{L}{1,8}")) {
            throw new IllegalArgumentException("critère de départage «\u00a0" + key + "\u00a0» inconnu\u00a0: un code"
                    + " de bloc"
                    + " (V, O, E) ou «\u00a0" + DEPOSIT_NAME + "\u00a0»");
        }
        return subtotal(key.toUpperCase(Locale.ROOT));
    }

    /** How the key is written in an order: the block code, or {@code dépôt}. */
    @Override
    public String toString() {
        return deposit() ? DEPOSIT_NAME : block;
    }
}
