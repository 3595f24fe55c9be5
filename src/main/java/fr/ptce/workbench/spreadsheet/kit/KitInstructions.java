package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisStyles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The {@code Consignes} sheet of a kit, in French: how to fill it, the deadline, the scale with its meaning, the
 * call's guidance on the dossier's maturity, and the criteria block by block, each with its label and the call's
 * words.
 */
final class KitInstructions {

    private KitInstructions() {}

    static void write(XSSFSheet sheet, KitContent content, AvisStyles styles) {
        Grid grid = content.grid();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Grille d'évaluation", grid.name()});
        if (content.phase() == 2) {
            lines.add(new String[] {"Phase", "Phase\u00a02\u00a0: dossiers additionnels des lauréats invités"});
        }
        lines.add(new String[] {
            "Expert",
            content.expertName()
                    + (content.expertOrganisation() == null ? "" : " (" + content.expertOrganisation() + ")")
        });
        lines.add(new String[] {"À renvoyer avant le", KitWorkbookWriter.day(content.deadline())});
        lines.add(new String[] {"Dossiers", String.valueOf(content.dossiers().size())});
        lines.add(new String[] {});
        lines.add(new String[] {"Comment remplir"});
        lines.add(new String[] {
            "1.",
            "Dans la feuille «\u00a0Notation\u00a0», une ligne par dossier\u00a0:"
                    + " choisissez pour chaque critère ("
                    + grid.criteria().get(0).code() + " à "
                    + grid.criteria().get(grid.criteria().size() - 1).code() + ") une note dans la liste déroulante."
        });
        lines.add(new String[] {"2.", "Écrivez un commentaire par bloc de critères et un commentaire général."});
        if (content.phase() == 1) {
            lines.add(new String[] {
                "",
                "Dans la colonne «\u00a0Gouvernance démocratique\u00a0», dites si les perspectives"
                        + " de gouvernance du PTCE sont démocratiques au sens de l'économie sociale et solidaire"
                        + " (participation"
                        + " active des parties prenantes aux objectifs et aux programmes d'actions du pôle)\u00a0:"
                        + " oui, en perspective ou non."
            });
        }
        lines.add(new String[] {
            "3.",
            "En cas de conflit d'intérêts avec un dossier, choisissez «\u00a0Oui\u00a0»"
                    + " dans la colonne «\u00a0Conflit d'intérêts\u00a0» et ne notez pas ce dossier."
        });
        lines.add(
                new String[] {"4.", "Le texte des dossiers est dans la feuille «\u00a0Dossiers\u00a0» (lecture seule)."
                });
        lines.add(new String[] {
            "5.",
            "Seules les cellules jaunes se remplissent. Ne modifiez ni les autres cellules"
                    + " ni les feuilles\u00a0: le fichier est vérifié à son retour."
        });
        lines.add(new String[] {
            "6.",
            "Enregistrez le fichier au format .xlsx (Excel ou LibreOffice) et renvoyez-le"
                    + " à votre correspondant avant le " + KitWorkbookWriter.day(content.deadline()) + "."
        });
        lines.add(new String[] {});
        lines.add(new String[] {"Échelle des notes"});
        for (BigDecimal value : grid.scale().values()) {
            lines.add(new String[] {plain(value), grid.scale().meaning(value).orElse("")});
        }
        lines.add(new String[] {});
        if (content.phase() == 1) {
            lines.add(new String[] {"Maturité du dossier"});
            lines.add(new String[] {"Selon l'appel", Grids.MATURITY_GUIDANCE});
            lines.add(new String[] {});
        }
        lines.add(new String[] {"Critères (libellé, puis texte de l'appel)"});
        for (Block block : grid.blocks()) {
            lines.add(new String[] {block.code() + " — " + block.label()});
            for (Criterion c : grid.criteria(block.code())) {
                lines.add(new String[] {
                    c.code(),
                    c.help().isBlank() || c.help().equals(c.label()) ? c.label() : c.label() + "\n" + quoted(c.help())
                });
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            String[] cells = lines.get(i);
            boolean heading = cells.length == 1 || i == 0;
            if (cells.length > 1) {
                // a wrapped text needs its lines: spreadsheets do not grow rows written by POI
                int lineCount = 0;
                for (String line : cells[1].split("\n")) {
                    lineCount += 1 + line.length() / 110;
                }
                if (lineCount > 1) {
                    row.setHeightInPoints(15 * lineCount);
                }
            }
            for (int c = 0; c < cells.length; c++) {
                KitWorkbookWriter.text(
                        row, c, cells[c], heading ? styles.header(Kind.SHORT_TEXT) : styles.of(Kind.LONG_TEXT));
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    /** The call's words between « », unless they already are (the phase-2 grid quotes them itself). */
    private static String quoted(String help) {
        String text = help.strip();
        return text.startsWith("«") && text.endsWith("»") ? text : "«\u00a0" + text + "\u00a0»";
    }

    private static String plain(BigDecimal value) {
        BigDecimal n = value.stripTrailingZeros();
        return n.signum() == 0 ? "0" : n.toPlainString();
    }
}
