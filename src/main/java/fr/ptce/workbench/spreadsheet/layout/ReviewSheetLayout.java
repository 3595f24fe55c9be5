package fr.ptce.workbench.spreadsheet.layout;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The columns of the {@code Évaluations} sheet (one row per review) and the values of one row. */
public final class ReviewSheetLayout {

    /** The header of the governance judgement, in both sheets. */
    static final String GOVERNANCE = "Gouvernance démocratique";

    private ReviewSheetLayout() {
    }

    /**
     * The header: reviewer, grid version, each criterion's score and comment, total, eligibility, governance,
     * maturity, time.
     */
    public static List<AvisColumn> columns(Grid grid) {
        List<AvisColumn> columns = new ArrayList<>(List.of(
                new AvisColumn("N° dossier", Kind.ID),
                new AvisColumn("Évaluateur", Kind.TEXT),
                new AvisColumn("E-mail", Kind.TEXT),
                new AvisColumn("Rôle", Kind.SHORT_TEXT),
                new AvisColumn("Version de grille", Kind.INTEGER)));
        for (Criterion c : grid.criteria()) {
            columns.add(new AvisColumn(c.code(), Kind.SCORE, GridSheetLayout.criterionNote(c)));
            columns.add(new AvisColumn("Commentaire " + c.code(), Kind.COMMENT));
        }
        columns.addAll(List.of(
                new AvisColumn("Note globale", Kind.TOTAL, "Sur 100, sur la grille de l'évaluation"),
                new AvisColumn("Éligibilité (n/7)", Kind.INTEGER),
                new AvisColumn(GOVERNANCE, Kind.WORD),
                new AvisColumn("Maturité", Kind.WORD),
                new AvisColumn("Mise à jour", Kind.DATE_TIME)));
        return columns;
    }

    /** The values of a review's row, in header order. */
    public static List<Object> row(Grid grid, ReviewLine line) {
        Review review = line.review();
        List<Object> row = new ArrayList<>();
        row.add(text(review.dossierNumber()));
        row.add(text(review.reviewer().name()));
        row.add(text(review.reviewer().email()));
        row.add(review.reviewer().role().label());
        row.add(BigDecimal.valueOf(review.gridVersion()));
        for (Criterion c : grid.criteria()) {
            Score score = review.score(c.code());
            row.add(score.value());
            row.add(text(score.comment()));
        }
        row.add(line.total());
        row.add(review.eligibility().answered() == 0 ? null : BigDecimal.valueOf(review.eligibility().met()));
        row.add(review.governance() == null ? null : review.governance().label());
        row.add(review.maturity() == null ? null : review.maturity().label());
        row.add(AvisValues.parisTime(review.updatedAt()));
        return row;
    }
}
