package fr.ptce.workbench.spreadsheet.layout;

import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.number;
import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.text;
import static fr.ptce.workbench.spreadsheet.xlsx.AvisValues.yesNo;

import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Targets.Target;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The columns of the {@code Avis} sheet (one row per dossier) and the values of one row. */
public final class AvisSheetLayout {

    /** The legal-form verdict's columns and the governance column, added in format version 3. */
    static final List<String> ADDED_IN_VERSION_3 = List.of(
            "Catégorie juridique INSEE",
            "Vérification forme juridique",
            "Désaccord forme juridique",
            ReviewSheetLayout.GOVERNANCE);

    /** Whether the consolidated total counts every criterion (version 3, before its release). */
    public static final String COMPLETE_TOTAL = "Note complète";

    /**
     * The headers the consolidation at PESSII does not store: the version-3 legal-form and governance columns, and
     * {@link #COMPLETE_TOTAL}, which PESSII computes again from the scores and its grid.
     */
    public static final List<String> NOT_CONSOLIDATED = java.util.stream.Stream.concat(
                    ADDED_IN_VERSION_3.stream(), java.util.stream.Stream.of(COMPLETE_TOTAL))
            .toList();

    private static final LayoutCache<AvisLine> LAYOUTS = new LayoutCache<>(AvisSheetLayout::layout);

    private AvisSheetLayout() {}

    /** The header: fixed columns, one per criterion (headed by its code), subtotals, totals and the avis. */
    public static List<AvisColumn> columns(Grid grid) {
        return SheetColumn.headers(LAYOUTS.of(grid));
    }

    /** The values of a dossier's row, in header order. */
    public static List<Object> row(Grid grid, AvisLine line) {
        return SheetColumn.values(LAYOUTS.of(grid), line);
    }

    private static List<SheetColumn<AvisLine>> layout(Grid grid) {
        List<SheetColumn<AvisLine>> columns = new ArrayList<>(List.of(
                SheetColumn.of("N° dossier", Kind.ID, l -> text(l.number())),
                SheetColumn.of("Projet", Kind.TEXT, l -> text(l.project())),
                SheetColumn.of("Structure", Kind.TEXT, l -> text(l.structure())),
                SheetColumn.of("Forme juridique", Kind.TEXT, l -> text(l.legalForm())),
                SheetColumn.of(
                        "Catégorie juridique INSEE",
                        Kind.TEXT,
                        "Code et libellé INSEE (niveau III) de l'établissement SIRET du porteur",
                        l -> verdict(l, v -> v.category() == null ? null : text(category(v.category())))),
                SheetColumn.of(
                        "Vérification forme juridique",
                        Kind.SHORT_TEXT,
                        "éligible, non éligible, agrément ESUS à vérifier ou inconnue",
                        l -> verdict(l, v -> v.status().label())),
                SheetColumn.of(
                        "Désaccord forme juridique",
                        Kind.LONG_TEXT,
                        "Quand la catégorie INSEE et la forme déclarée se contredisent",
                        l -> verdict(l, v -> text(v.disagreement()))),
                SheetColumn.of("Région", Kind.SHORT_TEXT, l -> text(l.region())),
                SheetColumn.of(
                        "Date de dépôt",
                        Kind.DATE_TIME,
                        "Dépôt sur démarches-simplifiées, heure de Paris",
                        l -> AvisValues.parisTime(l.depositedAt())),
                SheetColumn.of(
                        "Recevabilité",
                        Kind.WORD,
                        "Recevabilité annotée par le PESSII sur démarches-simplifiées, sinon calculée (ou corrigée par"
                                + " la région, motif à l'historique)",
                        l -> text(l.admissibility())),
                SheetColumn.of(
                        "Vague",
                        Kind.SHORT_TEXT,
                        "Vague du dossier\u00a0; «\u00a0hors délai\u00a0»\u00a0:" + " instruit au fil de l'eau",
                        l -> text(l.wave())),
                SheetColumn.of("Éligibilité (n/7)", Kind.INTEGER, l -> number(l.eligibilityMet())),
                SheetColumn.of(
                        ReviewSheetLayout.GOVERNANCE,
                        Kind.WORD,
                        "Au sens de l'ESS\u00a0: oui, en perspective, non",
                        l -> l.governance() == null ? null : l.governance().label()),
                SheetColumn.of(
                        "Maturité",
                        Kind.WORD,
                        l -> l.maturity() == null ? null : l.maturity().label()),
                SheetColumn.of("Cible b", Kind.WORD, targetNote(Target.B), l -> yesNo(l.targetB())),
                SheetColumn.of("Cible c", Kind.WORD, targetNote(Target.C), l -> yesNo(l.targetC())),
                SheetColumn.of("QPV déclaré", Kind.WORD, l -> yesNo(l.qpvDeclared())),
                SheetColumn.of("QPV détecté", Kind.WORD, l -> yesNo(l.qpvDetected())),
                SheetColumn.of("ZRR déclaré", Kind.WORD, l -> yesNo(l.zrrDeclared())),
                SheetColumn.of("ZRR détecté", Kind.WORD, l -> yesNo(l.zrrDetected()))));
        for (Criterion c : grid.criteria()) {
            columns.add(SheetColumn.of(
                    c.code(),
                    Kind.SCORE,
                    GridSheetLayout.criterionNote(c),
                    l -> l.scores().get(c.code())));
        }
        for (Block b : grid.blocks()) {
            columns.add(SheetColumn.of(
                    "Sous-total " + b.code(),
                    Kind.TOTAL,
                    b.label(),
                    l -> l.totals() == null ? null : l.totals().blocks().get(b.code())));
        }
        columns.addAll(List.of(
                SheetColumn.of(
                        "Note globale",
                        Kind.TOTAL,
                        "Sur 100",
                        l -> l.totals() == null ? null : l.totals().total()),
                SheetColumn.of(
                        COMPLETE_TOTAL,
                        Kind.WORD,
                        "Non\u00a0: des critères n'ont pas de note consolidée et"
                                + " comptent pour 0 dans la note globale, qui est donc provisoire",
                        l -> l.totals() == null ? null : yesNo(l.totals().complete())),
                SheetColumn.of("Nb évaluations", Kind.INTEGER, l -> number(l.reviewCount())),
                SheetColumn.of(
                        "Écart max",
                        Kind.SCORE,
                        "Plus grand écart entre deux évaluations sur un même critère",
                        AvisLine::spread),
                SheetColumn.of(
                        "Avis",
                        Kind.SHORT_TEXT,
                        l -> avis(l, a -> a.recommendation().label())),
                SheetColumn.of("Proposé phase 2", Kind.WORD, l -> avis(l, a -> yesNo(a.proposedForPhase2()))),
                SheetColumn.of("Motivation", Kind.LONG_TEXT, l -> avis(l, a -> text(a.motivation()))),
                SheetColumn.of("Points forts", Kind.LONG_TEXT, l -> avis(l, a -> text(a.strengths()))),
                SheetColumn.of("Points d'attention", Kind.LONG_TEXT, l -> avis(l, a -> text(a.attentionPoints()))),
                SheetColumn.of("Correspondant", Kind.TEXT, l -> avis(l, a -> text(a.author()))),
                SheetColumn.of("Date de l'avis", Kind.DATE, l -> avis(l, a -> AvisValues.day(a.at()))),
                SheetColumn.of(
                        "Alertes",
                        Kind.LONG_TEXT,
                        "Avis favorable sur un dossier non recevable ou non éligible",
                        l -> l.alerts().isEmpty() ? null : String.join("\n", l.alerts()))));
        return columns;
    }

    private static Object verdict(AvisLine line, Function<LegalFormVerdict, Object> value) {
        return line.legalFormVerdict() == null ? null : value.apply(line.legalFormVerdict());
    }

    private static Object avis(AvisLine line, Function<Avis, Object> value) {
        return line.avis() == null ? null : value.apply(line.avis());
    }

    /** What a target's column header says in a comment: its label, then the call's words. */
    private static String targetNote(Target target) {
        return target.label() + "\n«\u00a0" + target.callText() + "\u00a0»";
    }

    /** An INSEE category as one cell: its code, then its label when known. */
    static String category(InseeLegalCategory category) {
        return category.label() == null ? category.code() : category.code() + " — " + category.label();
    }
}
