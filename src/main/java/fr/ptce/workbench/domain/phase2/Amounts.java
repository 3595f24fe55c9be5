package fr.ptce.workbench.domain.phase2;

import java.math.BigDecimal;

/** Reads euro amounts as DS and spreadsheets write them ({@code 12500}, {@code 12500.5}, {@code 12 500,50}). */
final class Amounts {

    private Amounts() {}

    /**
     * @throws NumberFormatException when the text is no amount
     */
    static BigDecimal parse(String text) {
        String plain = text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        BigDecimal amount = new BigDecimal(plain);
        if (amount.signum() < 0) {
            throw new NumberFormatException("negative amount " + text);
        }
        return amount;
    }
}
