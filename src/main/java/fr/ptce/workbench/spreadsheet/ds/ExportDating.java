package fr.ptce.workbench.spreadsheet.ds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when a DS export was made, and so whether DS HTML-escaped its texts (formats.md §1.7):
 * first from the file name DS gives, else from the Dossiers header, else it assumes raw texts.
 */
final class ExportDating {

    /** DS stopped HTML-escaping textareas on this day (commit f95988f8dd). */
    static final LocalDate RAW_TEXTAREAS_SINCE = LocalDate.of(2025, 7, 8);

    /** DS writes the first deposit in {@code Déposé le} from this day on (before: the last passage into construction).
     * */
    static final LocalDate FIRST_DEPOSIT_SINCE = LocalDate.of(2021, 12, 6);

    /** DS also HTML-escaped single-line text from this day until {@link #RAW_TEXTAREAS_SINCE}. */
    static final LocalDate ESCAPED_TEXT_SINCE = LocalDate.of(2025, 5, 5);

    // dossiers_<path>_<YYYY-MM-DD_HH-MM>.<ext>, with the " (1)" a browser adds to a second download
    private static final Pattern DS_FILE_NAME =
            Pattern.compile("dossiers_.+_(\\d{4}-\\d{2}-\\d{2})_\\d{2}-\\d{2}(?: ?\\(\\d+\\))?\\.[A-Za-z]+");

    private LocalDate exportDate;
    private boolean textareasEscaped;
    private boolean textEscaped;
    private boolean decided;
    private String reason =
            "date d'export inconnue (le fichier a été renommé)\u00a0: les textes sont supposés " + "non échappés";

    private ExportDating() {}

    /** Starts from the file name; the decision is final when the name carries DS's date stamp. */
    static ExportDating fromFileName(String fileName) {
        ExportDating dating = new ExportDating();
        Matcher matcher = DS_FILE_NAME.matcher(fileName);
        if (matcher.matches()) {
            try {
                dating.decide(LocalDate.parse(matcher.group(1)));
            } catch (DateTimeParseException notADate) {
                // a name that only looks like DS's: fall back on the header
            }
        }
        return dating;
    }

    private void decide(LocalDate date) {
        exportDate = date;
        decided = true;
        textareasEscaped = date.isBefore(RAW_TEXTAREAS_SINCE);
        textEscaped = textareasEscaped && !date.isBefore(ESCAPED_TEXT_SINCE);
        reason = "export du " + date + " d'après le nom du fichier\u00a0: "
                + (textareasEscaped
                        ? "zones de texte échappées en HTML" + (textEscaped ? ", textes courts aussi" : "")
                        : "textes bruts");
    }

    /** Uses the Dossiers header when the file name said nothing: {@code Archivé} was renamed on 2024-11-06. */
    void observeDossiersHeader(List<String> headers) {
        // export templates (N° dossier) also offer an "Archivé" label, so only the standard export counts
        if (decided || !headers.contains("Archivé") || headers.contains("N° dossier")) {
            return;
        }
        decided = true;
        textareasEscaped = true;
        reason = "colonne «\u00a0Archivé\u00a0» (renommée «\u00a0À archiver\u00a0» le 2024-11-06)\u00a0: export"
                + " antérieur à novembre 2024, zones de texte échappées en HTML";
    }

    LocalDate exportDate() {
        return exportDate;
    }

    /**
     * Whether {@code Déposé le} holds the last passage into "en construction" (exports made before 2021-12-06,
     * commit 2ba05bfb4f) rather than the first deposit; false when the export date is unknown.
     */
    boolean depositIsLastConstruction() {
        return exportDate != null && exportDate.isBefore(FIRST_DEPOSIT_SINCE);
    }

    boolean textareasEscaped() {
        return textareasEscaped;
    }

    boolean textEscaped() {
        return textEscaped;
    }

    String reason() {
        return reason;
    }
}
