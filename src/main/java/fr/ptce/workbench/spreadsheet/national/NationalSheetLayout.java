package fr.ptce.workbench.spreadsheet.national;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.number;
import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;
import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.yesNo;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.national.RegionalReview;
import fr.ptce.workbench.spreadsheet.layout.AvisSheetLayout;
import fr.ptce.workbench.spreadsheet.layout.ReviewSheetLayout;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the national workbook's {@code Classement} sheet (one row per dossier and region, in ranking
 * order) and {@code Évaluations} sheet (one row per review), and the values of their rows.
 */
final class NationalSheetLayout {

    static final String RANKING_SHEET = "Classement";
    static final String REVIEWS_SHEET = "Évaluations";
    static final String SUMMARY_SHEET = "Synthèse";
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NationalSheetLayout() {
    }

    /**
     * The region's {@code Avis} columns, unchanged and in the same order, framed by PESSII's: the rank first, the
     * exporting region and the conflict flag after the dossier number, the decisions and the source file last. The
     * columns version 3 added (legal-form verdict, governance) are left out: the consolidation does not carry them.
     */
    static List<AvisColumn> rankingColumns(Grid grid) {
        List<AvisColumn> avis = carried(AvisSheetLayout.columns(grid));
        List<AvisColumn> columns = new ArrayList<>();
        columns.add(new AvisColumn("Rang", Kind.INTEGER,
                "Rang dans la vague du dossier\u00a0: note globale, puis l'ordre de départage (feuille Synthèse)\u00a0;"
                + " une note incomplète vient après toutes les notes complètes de sa vague"));
        columns.add(new AvisColumn(AvisSheetLayout.COMPLETE_TOTAL, Kind.WORD, "Non\u00a0: des critères de la grille"
                + " n'ont pas de note consolidée, la note globale est provisoire et le dossier classé à part"));
        columns.add(avis.get(0));
        columns.add(new AvisColumn("Région de l'avis", Kind.SHORT_TEXT, "Région qui a exporté le classeur d'avis"));
        columns.add(new AvisColumn("Conflit", Kind.WORD, "Conflit ouvert sur ce numéro de dossier"));
        columns.addAll(avis.subList(1, avis.size()));
        columns.add(new AvisColumn("Lauréat phase 1 proposé", Kind.WORD, "Proposition du PESSII (sans dotation)"));
        columns.add(new AvisColumn("Invité phase 2 proposé", Kind.WORD, "Proposition du PESSII"));
        columns.add(new AvisColumn("Dérogation", Kind.LONG_TEXT,
                "Motif écrit du PESSII quand une proposition passe outre une condition de l'appel"));
        columns.add(new AvisColumn("Lauréat phase 1 décidé", Kind.WORD, "Décision du cabinet, enregistrée"));
        columns.add(new AvisColumn("Invité phase 2 décidé", Kind.WORD, "Décision du cabinet, enregistrée"));
        columns.add(new AvisColumn("Décision", Kind.TEXT, "Qui a décidé, et quel jour"));
        columns.add(new AvisColumn("Fichier", Kind.TEXT, "Classeur d'avis d'où vient la ligne"));
        return columns;
    }

    static List<Object> rankingRow(Grid grid, RankedDossier ranked) {
        RegionalAvisRow row = ranked.row();
        List<Object> values = new ArrayList<>(List.of(BigDecimal.valueOf(ranked.rank())));
        values.add(yesNo(ranked.complete()));
        values.add(text(row.dossierNumber()));
        values.add(text(ranked.dossier().exportingRegion()));
        values.add(yesNo(ranked.dossier().inConflict()));
        values.add(text(row.project()));
        values.add(text(row.structure()));
        values.add(text(row.legalForm()));
        values.add(text(row.region()));
        values.add(row.depositedAt());
        values.add(text(row.admissibility()));
        values.add(text(row.wave()));
        values.add(number(row.eligibilityMet()));
        values.add(text(row.maturity()));
        values.add(yesNo(row.targetB()));
        values.add(yesNo(row.targetC()));
        values.add(yesNo(row.qpvDeclared()));
        values.add(yesNo(row.qpvDetected()));
        values.add(yesNo(row.zrrDeclared()));
        values.add(yesNo(row.zrrDetected()));
        grid.criteria().forEach(c -> values.add(row.scores().get(c.code())));
        grid.blocks().forEach(b -> values.add(row.subtotals().get(b.code())));
        values.add(row.total());
        values.add(number(row.reviewCount()));
        values.add(row.spread());
        values.add(text(row.recommendation()));
        values.add(yesNo(row.proposedForPhase2()));
        values.add(text(row.motivation()));
        values.add(text(row.strengths()));
        values.add(text(row.attentionPoints()));
        values.add(text(row.correspondent()));
        values.add(row.avisDate());
        values.add(row.alerts().isEmpty() ? null : String.join("\n", row.alerts()));
        NationalDecision decision = ranked.decision();
        values.add(yesNo(decision.laureate()));
        values.add(yesNo(decision.invited()));
        values.add(text(overrides(decision)));
        values.add(decision.decided() == null ? null : yesNo(decision.decidedLaureate()));
        values.add(decision.decided() == null ? null : yesNo(decision.decidedInvited()));
        values.add(decision.decided() == null ? null
                : text(decision.decided().by() + ", le " + decision.decided().on().format(FRENCH_DAY)));
        values.add(text(ranked.dossier().sourceFile()));
        return values;
    }

    private static String overrides(NationalDecision decision) {
        List<String> reasons = new ArrayList<>();
        if (decision.laureateOverride() != null) {
            reasons.add("Lauréat\u00a0: " + decision.laureateOverride());
        }
        if (decision.inviteOverride() != null) {
            reasons.add("Invitation\u00a0: " + decision.inviteOverride());
        }
        return reasons.isEmpty() ? null : String.join("\n", reasons);
    }

    /**
     * The region's {@code Évaluations} columns, unchanged, with the exporting region after the dossier number (but
     * the governance, which the consolidation does not carry).
     */
    static List<AvisColumn> reviewColumns(Grid grid) {
        List<AvisColumn> region = carried(ReviewSheetLayout.columns(grid));
        List<AvisColumn> columns = new ArrayList<>();
        columns.add(region.get(0));
        columns.add(new AvisColumn("Région de l'avis", Kind.SHORT_TEXT, "Région qui a exporté le classeur d'avis"));
        columns.addAll(region.subList(1, region.size()));
        return columns;
    }

    /** The region's columns the consolidation stores and the national workbook shows. */
    private static List<AvisColumn> carried(List<AvisColumn> region) {
        return region.stream().filter(c -> !AvisSheetLayout.NOT_CONSOLIDATED.contains(c.header())).toList();
    }

    static List<Object> reviewRow(Grid grid, String exportingRegion, RegionalReview review) {
        List<Object> values = new ArrayList<>();
        values.add(text(review.dossierNumber()));
        values.add(text(exportingRegion));
        values.add(text(review.reviewer()));
        values.add(text(review.email()));
        values.add(text(review.role()));
        values.add(number(review.gridVersion()));
        for (Criterion c : grid.criteria()) {
            values.add(review.scores().get(c.code()));
            values.add(text(review.comments().get(c.code())));
        }
        values.add(review.total());
        values.add(number(review.eligibilityMet()));
        values.add(text(review.maturity()));
        values.add(review.updatedAt());
        return values;
    }
}
