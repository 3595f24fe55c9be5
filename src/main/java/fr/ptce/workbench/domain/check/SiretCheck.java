package fr.ptce.workbench.domain.check;

/**
 * Checks a SIRET's form and key: 14 digits with a valid Luhn key, except La Poste's establishments (SIREN
 * 356000000), whose SIRETs have digits summing to a multiple of 5.
 */
public final class SiretCheck {

    private static final String LA_POSTE_SIREN = "356000000";

    private SiretCheck() {}

    /** True when valid, false when not, null when there is no SIRET to check. */
    public static Boolean isValid(String siret) {
        if (siret == null || siret.isBlank()) {
            return null;
        }
        String digits = siret.replaceAll("[\\s\\u00A0\\u202F.]", "");
        if (!digits.matches("[0-9]{14}")) {
            return false;
        }
        if (digits.startsWith(LA_POSTE_SIREN) && !digits.equals("35600000000048")) {
            return digits.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
