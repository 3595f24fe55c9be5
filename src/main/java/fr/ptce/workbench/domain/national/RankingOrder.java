package fr.ptce.workbench.domain.national;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national ranking's order: {@code Note globale}, higher first, then the tie-break keys in order (default: block
 * V subtotal, then O, then E, then the earlier deposit), then the dossier number so that the order is total. An
 * empty value (no score, no deposit date) comes after every value.
 */
public record RankingOrder(List<TieBreak> tieBreaks) {

    public static final RankingOrder DEFAULT = new RankingOrder(
            List.of(TieBreak.subtotal("V"), TieBreak.subtotal("O"), TieBreak.subtotal("E"), TieBreak.DEPOSIT));

    public RankingOrder {
        tieBreaks = List.copyOf(tieBreaks);
        Set<TieBreak> seen = new HashSet<>();
        for (TieBreak key : tieBreaks) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException("critère de départage «\u00a0" + key + "\u00a0» répété");
            }
        }
    }

    /**
     * Reads an order written as keys separated by commas, e.g. {@code V, O, E, dépôt}.
     *
     * @throws IllegalArgumentException with a French message naming the wrong key
     */
    public static RankingOrder parse(String text) {
        List<TieBreak> keys = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (!part.isBlank()) {
                keys.add(TieBreak.parse(part));
            }
        }
        return new RankingOrder(keys);
    }

    /** The comparator of two rows: the best ranked first. */
    public Comparator<RegionalAvisRow> comparator() {
        Comparator<RegionalAvisRow> order = higherFirst(RegionalAvisRow::total);
        for (TieBreak key : tieBreaks) {
            order = order.thenComparing(
                    key.deposit()
                            ? earlierFirst(RegionalAvisRow::depositedAt)
                            : higherFirst(row -> row.subtotals().get(key.block())));
        }
        return order.thenComparing(RegionalAvisRow::dossierNumber);
    }

    private static Comparator<RegionalAvisRow> higherFirst(Function<RegionalAvisRow, BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
    }

    private static Comparator<RegionalAvisRow> earlierFirst(Function<RegionalAvisRow, LocalDateTime> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()));
    }

    /** The order as written: keys separated by {@code ", "}. */
    @Override
    public String toString() {
        return tieBreaks.stream().map(TieBreak::toString).collect(Collectors.joining(", "));
    }
}
