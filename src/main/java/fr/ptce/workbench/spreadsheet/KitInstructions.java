package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.AvisColumn.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The {@code Consignes} sheet of a kit: how to fill it, the scale with its meaning, the deadline, in French. */
final class KitInstructions {

    private KitInstructions() {
    }

    static void write(XSSFSheet sheet, KitContent content, AvisStyles styles) {
        Grid grid = content.grid();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Grille d'évaluation", grid.name()});
        lines.add(new String[] {"Expert", content.expertName() + (content.expertOrganisation() == null ? ""
                : " (" + content.expertOrganisation() + ")")});
        lines.add(new String[] {"À renvoyer avant le", KitWorkbookWriter.day(content.deadline())});
        lines.add(new String[] {"Dossiers", String.valueOf(content.dossiers().size())});
        lines.add(new String[] {});
        lines.add(new String[] {"Comment remplir"});
        lines.add(new String[] {"1.", "Dans la feuille « Notation », une ligne par dossier : choisissez pour chaque"
                + " critère (" + grid.criteria().get(0).code() + " à "
                + grid.criteria().get(grid.criteria().size() - 1).code() + ") une note dans la liste déroulante."});
        lines.add(new String[] {"2.", "Écrivez un commentaire par bloc de critères et un commentaire général."});
        lines.add(new String[] {"", "Dans la colonne « Gouvernance démocratique », dites si les perspectives de"
                + " gouvernance du PTCE sont démocratiques au sens de l'économie sociale et solidaire (participation"
                + " active des parties prenantes aux objectifs et aux programmes d'actions du pôle) : oui, en"
                + " perspective ou non."});
        lines.add(new String[] {"3.", "En cas de conflit d'intérêts avec un dossier, choisissez « Oui » dans la"
                + " colonne « Conflit d'intérêts » et ne notez pas ce dossier."});
        lines.add(new String[] {"4.", "Le texte des dossiers est dans la feuille « Dossiers » (lecture seule)."});
        lines.add(new String[] {"5.", "Seules les cellules jaunes se remplissent. Ne modifiez ni les autres cellules"
                + " ni les feuilles : le fichier est vérifié à son retour."});
        lines.add(new String[] {"6.", "Enregistrez le fichier au format .xlsx (Excel ou LibreOffice) et renvoyez-le"
                + " à votre correspondant avant le " + KitWorkbookWriter.day(content.deadline()) + "."});
        lines.add(new String[] {});
        lines.add(new String[] {"Échelle des notes"});
        for (BigDecimal value : grid.scale().values()) {
            lines.add(new String[] {plain(value), grid.scale().meaning(value).orElse("")});
        }
        lines.add(new String[] {});
        lines.add(new String[] {"Critères"});
        for (Criterion c : grid.criteria()) {
            lines.add(new String[] {c.code(), c.label() + (c.help() == null || c.help().isBlank() ? ""
                    : " — " + c.help())});
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            String[] cells = lines.get(i);
            boolean heading = cells.length == 1 || i == 0;
            if (cells.length > 1 && cells[1].length() > 110) {
                // a wrapped text needs its second line: spreadsheets do not grow rows written by POI
                row.setHeightInPoints(30);
            }
            for (int c = 0; c < cells.length; c++) {
                KitWorkbookWriter.text(row, c, cells[c], heading ? styles.header(Kind.SHORT_TEXT)
                        : styles.of(Kind.LONG_TEXT));
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    private static String plain(BigDecimal value) {
        BigDecimal n = value.stripTrailingZeros();
        return n.signum() == 0 ? "0" : n.toPlainString();
    }
}
