package fr.ptce.workbench.spreadsheet.national;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.number;
import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;
import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.yesNo;

import fr.ptce.workbench.domain.avis.AvisAlert;
import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalReview;
import fr.ptce.workbench.spreadsheet.layout.AvisSheetLayout;
import fr.ptce.workbench.spreadsheet.layout.ReviewSheetLayout;
import fr.ptce.workbench.spreadsheet.layout.SheetColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the national workbook's {@code Classement} sheet (one row per dossier and region, in ranking
 * order) and {@code Évaluations} sheet (one row per review), and the values of their rows.
 */
final class NationalSheetLayout {

    static final String RANKING_SHEET = "Classement";
    static final String REVIEWS_SHEET = "Évaluations";
    static final String SUMMARY_SHEET = "Synthèse";
    private static final String REGION_OF_AVIS = "Région de l'avis";
    private static final String REGION_OF_AVIS_NOTE = "Région qui a exporté le classeur d'avis";
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NationalSheetLayout() {}

    /**
     * The region's {@code Avis} columns, unchanged and in the same order, framed by PESSII's: the rank first, the
     * exporting region and the conflict flag after the dossier number, the decisions and the source file last. The
     * columns version 3 added (legal-form verdict, governance) are left out: the consolidation does not carry them.
     */
    static List<AvisColumn> rankingColumns(Grid grid) {
        return SheetColumn.headers(rankingLayout(grid));
    }

    static List<Object> rankingRow(Grid grid, RankedDossier ranked) {
        return SheetColumn.values(rankingLayout(grid), ranked);
    }

    static List<AvisColumn> reviewColumns(Grid grid) {
        return SheetColumn.headers(reviewLayout(grid));
    }

    static List<Object> reviewRow(Grid grid, String exportingRegion, RegionalReview review) {
        return SheetColumn.values(reviewLayout(grid), new ReviewOfRegion(exportingRegion, review));
    }

    private static List<SheetColumn<RankedDossier>> rankingLayout(Grid grid) {
        Carried region = new Carried(AvisSheetLayout.columns(grid));
        List<SheetColumn<RankedDossier>> columns = new ArrayList<>(List.of(
                SheetColumn.of(
                        "Rang",
                        Kind.INTEGER,
                        "Rang dans la vague du dossier\u00a0: note globale, puis l'ordre de"
                                + " départage (feuille Synthèse)\u00a0; une note incomplète vient après toutes"
                                + " les notes"
                                + " complètes de sa vague",
                        r -> BigDecimal.valueOf(r.rank())),
                SheetColumn.of(
                        AvisSheetLayout.COMPLETE_TOTAL,
                        Kind.WORD,
                        "Non\u00a0: des critères de la grille"
                                + " n'ont pas de note consolidée, la note globale est provisoire et le dossier"
                                + " classé à part",
                        r -> yesNo(r.complete())),
                region.column("N° dossier", r -> text(r.row().dossierNumber())),
                SheetColumn.of(
                        REGION_OF_AVIS,
                        Kind.SHORT_TEXT,
                        REGION_OF_AVIS_NOTE,
                        r -> text(r.dossier().exportingRegion())),
                SheetColumn.of(
                        "Conflit",
                        Kind.WORD,
                        "Conflit ouvert sur ce numéro de dossier",
                        r -> yesNo(r.dossier().inConflict())),
                region.column("Projet", r -> text(r.row().project())),
                region.column("Structure", r -> text(r.row().structure())),
                region.column("Forme juridique", r -> text(r.row().legalForm())),
                region.column("Région", r -> text(r.row().region())),
                region.column("Date de dépôt", r -> r.row().depositedAt()),
                region.column("Recevabilité", r -> text(r.row().admissibility())),
                region.column("Vague", r -> text(r.row().wave())),
                region.column("Éligibilité (n/7)", r -> number(r.row().eligibilityMet())),
                region.column("Maturité", r -> text(r.row().maturity())),
                region.column("Cible b", r -> yesNo(r.row().targetB())),
                region.column("Cible c", r -> yesNo(r.row().targetC())),
                region.column("QPV déclaré", r -> yesNo(r.row().qpvDeclared())),
                region.column("QPV détecté", r -> yesNo(r.row().qpvDetected())),
                region.column("ZRR déclaré", r -> yesNo(r.row().zrrDeclared())),
                region.column("ZRR détecté", r -> yesNo(r.row().zrrDetected()))));
        for (Criterion c : grid.criteria()) {
            columns.add(region.column(c.code(), r -> r.row().scores().get(c.code())));
        }
        for (Block b : grid.blocks()) {
            columns.add(region.column(
                    "Sous-total " + b.code(), r -> r.row().subtotals().get(b.code())));
        }
        columns.addAll(List.of(
                region.column("Note globale", r -> r.row().total()),
                region.column("Nb évaluations", r -> number(r.row().reviewCount())),
                region.column("Écart max", r -> r.row().spread()),
                region.column("Avis", r -> text(r.row().recommendation())),
                region.column("Proposé phase 2", r -> yesNo(r.row().proposedForPhase2())),
                region.column("Motivation", r -> text(r.row().motivation())),
                region.column("Points forts", r -> text(r.row().strengths())),
                region.column("Points d'attention", r -> text(r.row().attentionPoints())),
                region.column("Correspondant", r -> text(r.row().correspondent())),
                region.column("Date de l'avis", r -> r.row().avisDate()),
                region.column(
                        "Alertes",
                        r -> r.row().alerts().isEmpty()
                                ? null
                                : r.row().alerts().stream()
                                        .map(AvisAlert::french)
                                        .collect(Collectors.joining("\n"))),
                SheetColumn.of(
                        "Lauréat phase 1 proposé",
                        Kind.WORD,
                        "Proposition du PESSII (sans dotation)",
                        r -> yesNo(r.decision().laureate())),
                SheetColumn.of(
                        "Invité phase 2 proposé",
                        Kind.WORD,
                        "Proposition du PESSII",
                        r -> yesNo(r.decision().invited())),
                SheetColumn.of(
                        "Dérogation",
                        Kind.LONG_TEXT,
                        "Motif écrit du PESSII quand une proposition passe outre une condition de l'appel",
                        r -> text(overrides(r.decision()))),
                SheetColumn.of(
                        "Lauréat phase 1 décidé",
                        Kind.WORD,
                        "Décision du cabinet, enregistrée",
                        r -> r.decision().decided() == null
                                ? null
                                : yesNo(r.decision().decidedLaureate())),
                SheetColumn.of(
                        "Invité phase 2 décidé",
                        Kind.WORD,
                        "Décision du cabinet, enregistrée",
                        r -> r.decision().decided() == null
                                ? null
                                : yesNo(r.decision().decidedInvited())),
                SheetColumn.of("Décision", Kind.TEXT, "Qui a décidé, et quel jour", r -> decidedBy(r.decision())),
                SheetColumn.of(
                        "Fichier",
                        Kind.TEXT,
                        "Classeur d'avis d'où vient la ligne",
                        r -> text(r.dossier().sourceFile()))));
        region.checkAllCarried();
        return columns;
    }

    /** A region's review and the region whose workbook brought it. */
    private record ReviewOfRegion(String exportingRegion, RegionalReview review) {}

    /**
     * The region's {@code Évaluations} columns, unchanged, with the exporting region after the dossier number (but
     * the governance, which the consolidation does not carry).
     */
    private static List<SheetColumn<ReviewOfRegion>> reviewLayout(Grid grid) {
        Carried region = new Carried(ReviewSheetLayout.columns(grid));
        List<SheetColumn<ReviewOfRegion>> columns = new ArrayList<>(List.of(
                region.column("N° dossier", r -> text(r.review().dossierNumber())),
                SheetColumn.of(REGION_OF_AVIS, Kind.SHORT_TEXT, REGION_OF_AVIS_NOTE, r -> text(r.exportingRegion())),
                region.column("Évaluateur", r -> text(r.review().reviewer())),
                region.column("E-mail", r -> text(r.review().email())),
                region.column("Rôle", r -> text(r.review().role())),
                region.column("Version de grille", r -> number(r.review().gridVersion()))));
        for (Criterion c : grid.criteria()) {
            columns.add(region.column(c.code(), r -> r.review().scores().get(c.code())));
            columns.add(region.column(
                    "Commentaire " + c.code(), r -> text(r.review().comments().get(c.code()))));
        }
        columns.addAll(List.of(
                region.column("Note globale", r -> r.review().total()),
                region.column("Éligibilité (n/7)", r -> number(r.review().eligibilityMet())),
                region.column("Maturité", r -> text(r.review().maturity())),
                region.column("Mise à jour", r -> r.review().updatedAt())));
        region.checkAllCarried();
        return columns;
    }

    /**
     * The region's columns the consolidation stores and the national workbook shows, taken by header so that their
     * kind and comment stay the region's; every one must be taken, in the region's order.
     */
    private static final class Carried {

        private final List<AvisColumn> columns;
        private final List<String> taken = new ArrayList<>();

        Carried(List<AvisColumn> region) {
            this.columns = region.stream()
                    .filter(c -> !AvisSheetLayout.NOT_CONSOLIDATED.contains(c.header()))
                    .toList();
        }

        <T> SheetColumn<T> column(String header, Function<? super T, Object> value) {
            AvisColumn column = columns.stream()
                    .filter(c -> c.header().equals(header))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("not a carried column of the region: " + header));
            taken.add(header);
            return new SheetColumn<>(column, value);
        }

        void checkAllCarried() {
            List<String> expected = columns.stream().map(AvisColumn::header).toList();
            if (!taken.equals(expected)) {
                throw new IllegalStateException("the region's columns " + expected + " carried as " + taken);
            }
        }
    }

    private static String decidedBy(NationalDecision decision) {
        return decision.decided() == null
                ? null
                : text(decision.decided().by() + ", le "
                        + decision.decided().on().format(FRENCH_DAY));
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
}
