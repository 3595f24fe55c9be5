package fr.ptce.workbench.spreadsheet.letters;

import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterField;
import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisSheetWriter;
import fr.ptce.workbench.spreadsheet.xlsx.AvisStyles;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The mail-merge workbook of a set of letters (formats.md, « Out: letters and mail merge »): sheet
 * {@value #MAIL_SHEET}, one row per letter (recipient's e-mail and name, subject, the letter's file name, what to
 * complete), and, for the decision letters, sheet {@value #DECISIONS_SHEET} in the form PESSII records each decision
 * back in DS. Written atomically.
 */
public final class MailMergeWorkbookWriter {

    public static final String MAIL_SHEET = "Publipostage";
    public static final String DECISIONS_SHEET = "Décisions DS";
    static final List<String> MAIL_HEADERS = List.of(
            "N° dossier",
            "Courriel",
            "Destinataire",
            "Projet",
            "Structure",
            "Objet",
            "Fichier du courrier",
            "À compléter");
    static final List<String> DECISION_HEADERS = List.of("N° dossier", "État", "Motivation de la décision");

    private MailMergeWorkbookWriter() {}

    /**
     * Writes the workbook.
     *
     * @param decisionsSheet whether to add the sheet of DS decisions (the letters tell a DS decision)
     */
    public static void write(List<Letter> letters, boolean decisionsSheet, Path target) {
        Path temp = TempFiles.beside(target);
        try {
            SXSSFWorkbook workbook = new SXSSFWorkbook(50);
            workbook.setCompressTempFiles(false);
            try {
                AvisStyles styles = new AvisStyles(workbook);
                AvisSheetWriter mail = new AvisSheetWriter(
                        workbook,
                        MAIL_SHEET,
                        columns(
                                MAIL_HEADERS,
                                Kind.ID,
                                Kind.TEXT,
                                Kind.TEXT,
                                Kind.TEXT,
                                Kind.TEXT,
                                Kind.LONG_TEXT,
                                Kind.TEXT,
                                Kind.SHORT_TEXT),
                        styles,
                        new AvisCanonicalForm());
                for (Letter letter : letters) {
                    mail.add(Arrays.asList(
                            letter.dossierNumber(),
                            AvisValues.text(letter.recipient().email()),
                            AvisValues.text(letter.recipient().name()),
                            AvisValues.text(letter.value(LetterField.PROJET)),
                            AvisValues.text(letter.value(LetterField.PORTEUR)),
                            AvisValues.text(letter.subject()),
                            letter.fileName(),
                            AvisValues.text(toComplete(letter))));
                }
                mail.finish();
                if (decisionsSheet) {
                    AvisSheetWriter decisions = new AvisSheetWriter(
                            workbook,
                            DECISIONS_SHEET,
                            columns(DECISION_HEADERS, Kind.ID, Kind.WORD, Kind.LONG_TEXT),
                            styles,
                            new AvisCanonicalForm());
                    for (Letter letter : letters) {
                        decisions.add(Arrays.asList(
                                letter.dossierNumber(),
                                letter.dsState(),
                                AvisValues.text(letter.value(LetterField.MOTIVATION))));
                    }
                    decisions.finish();
                }
                workbook.setActiveSheet(0);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    workbook.write(out);
                }
            } finally {
                workbook.dispose();
                workbook.close();
            }
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    /** What PESSII must fill in before sending: an unknown e-mail or name; empty when nothing. */
    static String toComplete(Letter letter) {
        List<String> missing = new ArrayList<>();
        if (letter.recipient().email() == null) {
            missing.add("courriel");
        }
        if (letter.recipient().name() == null) {
            missing.add("destinataire");
        }
        return String.join(", ", missing);
    }

    private static List<AvisColumn> columns(List<String> headers, Kind... kinds) {
        List<AvisColumn> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new AvisColumn(headers.get(i), kinds[i]));
        }
        return columns;
    }
}
