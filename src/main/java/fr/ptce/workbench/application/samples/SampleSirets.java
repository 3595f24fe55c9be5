package fr.ptce.workbench.application.samples;

import fr.ptce.workbench.domain.Accents;
import java.util.Locale;
import java.util.Random;

/** Invented SIRET numbers (Luhn-valid or deliberately not) and the registry-style names that go with them. */
final class SampleSirets {

    private SampleSirets() {}

    /** A 14-digit SIRET whose Luhn check passes when {@code valid}, and fails otherwise. */
    static String next(Random random, boolean valid) {
        StringBuilder digits = new StringBuilder();
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < 13; i++) {
            digits.append(random.nextInt(10));
        }
        int check = checkDigit(digits);
        digits.append(valid ? check : (check + 1 + random.nextInt(9)) % 10);
        return digits.toString();
    }

    /** Whether the digits pass the Luhn check, as SIRET numbers do. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** The name as the SIRET directory writes it: upper case, no accents, no legal-form prefix. */
    static String raisonSociale(String name) {
        String trimmed = name.strip().replaceFirst("^(Association|SCIC|SCOP|CAE) ", "");
        return ascii(trimmed).toUpperCase(Locale.ROOT).replace('’', '\'');
    }

    /** A short name for file names: the structure name without its place. */
    static String shortName(String name, String place) {
        return name.replace(place, "").strip().replaceFirst("\\s+(du Val de|du Pays de|de|à|en)$", "");
    }

    /** The text without accents and ligatures. */
    static String ascii(String text) {
        return Accents.strip(text);
    }

    private static int checkDigit(CharSequence thirteen) {
        for (int check = 0; check < 10; check++) {
            if (luhnValid(thirteen.toString() + check)) {
                return check;
            }
        }
        throw new IllegalStateException("no Luhn check digit");
    }
}
