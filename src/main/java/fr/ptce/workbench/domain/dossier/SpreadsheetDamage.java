package fr.ptce.workbench.domain.dossier;

import java.util.regex.Pattern;

/**
 * Tells a spreadsheet program's error value from a dossier's text. DS never writes one: a cell holding
 * {@code #VALUE!}, {@code #NAME?}, {@code Err:502}… was computed by a spreadsheet that opened the export and saved it
 * again — typically a DS 2021 text beginning with « = », which the 2021 xlsx export wrote as a formula.
 */
public final class SpreadsheetDamage {

    /** Excel's and LibreOffice's error values, as a cell shows them. */
    private static final Pattern ERROR_VALUE = Pattern.compile("#(?:VALUE!|NAME\\?|REF!|DIV/0!|N/A|NUM!|NULL!"
            + "|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERR\\d*!?|ERROR!?)"
            + "|Err:\\d{3}");

    private SpreadsheetDamage() {}

    /** Whether the value, spaces aside, is a spreadsheet error value and nothing else. */
    public static boolean isErrorValue(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return v.length() >= 4
                && v.length() <= 16
                && (v.charAt(0) == '#' || v.charAt(0) == 'E')
                && ERROR_VALUE.matcher(v).matches();
    }

    /** The report's sentence on one damaged cell of a dossier. */
    public static String describe(String dossierNumber, String value) {
        return "texte altéré par un tableur («\u00a0" + abbreviate(value) + "\u00a0») dans le dossier "
                + dossierNumber + "\u00a0: gardé tel quel\u00a0; réimportez l'export d'origine de "
                + "démarches-simplifiées";
    }

    private static String abbreviate(String value) {
        String v = value.strip().replace('\n', ' ');
        return v.length() <= 60 ? v : v.substring(0, 59) + "…";
    }
}
