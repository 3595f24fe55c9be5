package fr.ptce.workbench.spreadsheet.layout;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The columns of the {@code Évaluations} sheet (one row per review) and the values of one row. */
public final class ReviewSheetLayout {

    /** The header of the governance judgement, in both sheets. */
    static final String GOVERNANCE = "Gouvernance démocratique";

    private static final LayoutCache<ReviewLine> LAYOUTS = new LayoutCache<>(ReviewSheetLayout::layout);

    private ReviewSheetLayout() {}

    /**
     * The header: reviewer, grid version, each criterion's score and comment, total, eligibility, governance,
     * maturity, time.
     */
    public static List<AvisColumn> columns(Grid grid) {
        return SheetColumn.headers(LAYOUTS.of(grid));
    }

    /** The values of a review's row, in header order. */
    public static List<Object> row(Grid grid, ReviewLine line) {
        return SheetColumn.values(LAYOUTS.of(grid), line);
    }

    private static List<SheetColumn<ReviewLine>> layout(Grid grid) {
        List<SheetColumn<ReviewLine>> columns = new ArrayList<>(List.of(
                SheetColumn.of("N° dossier", Kind.ID, l -> text(l.review().dossierNumber())),
                SheetColumn.of(
                        "Évaluateur", Kind.TEXT, l -> text(l.review().reviewer().name())),
                SheetColumn.of(
                        "E-mail", Kind.TEXT, l -> text(l.review().reviewer().email())),
                SheetColumn.of(
                        "Rôle",
                        Kind.SHORT_TEXT,
                        l -> l.review().reviewer().role().label()),
                SheetColumn.of(
                        "Version de grille",
                        Kind.INTEGER,
                        l -> BigDecimal.valueOf(l.review().gridVersion()))));
        for (Criterion c : grid.criteria()) {
            columns.add(SheetColumn.of(
                    c.code(),
                    Kind.SCORE,
                    GridSheetLayout.criterionNote(c),
                    l -> l.review().score(c.code()).value()));
            columns.add(SheetColumn.of(
                    "Commentaire " + c.code(),
                    Kind.COMMENT,
                    l -> text(l.review().score(c.code()).comment())));
        }
        columns.addAll(List.of(
                SheetColumn.of("Note globale", Kind.TOTAL, "Sur 100, sur la grille de l'évaluation", ReviewLine::total),
                SheetColumn.of("Éligibilité (n/7)", Kind.INTEGER, l -> eligibility(l.review())),
                SheetColumn.of(
                        GOVERNANCE,
                        Kind.WORD,
                        l -> l.review().governance() == null
                                ? null
                                : l.review().governance().label()),
                SheetColumn.of(
                        "Maturité",
                        Kind.WORD,
                        l -> l.review().maturity() == null
                                ? null
                                : l.review().maturity().label()),
                SheetColumn.of(
                        "Mise à jour",
                        Kind.DATE_TIME,
                        l -> AvisValues.parisTime(l.review().updatedAt()))));
        return columns;
    }

    private static BigDecimal eligibility(Review review) {
        return review.eligibility().answered() == 0
                ? null
                : BigDecimal.valueOf(review.eligibility().met());
    }
}
