package fr.ptce.workbench.domain.letters;

/**
 * Who the letter goes to, from the dossier's DS data when the workspace holds it: the referent's name and e-mail,
 * else the DS account's e-mail; null parts are unknown (the mail-merge workbook then asks to complete them).
 */
public record Recipient(String name, String email) {

    /** Nobody known: the workspace holds the avis workbooks but not the DS export. */
    public static final Recipient UNKNOWN = new Recipient(null, null);

    public Recipient {
        name = blankToNull(name);
        email = blankToNull(email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
