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
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The columns of the {@code Avis} sheet (one row per dossier) and the values of one row. */
public final class AvisSheetLayout {

    /** The legal-form verdict's columns and the governance column, added in format version 3. */
    static final List<String> ADDED_IN_VERSION_3 = List.of("Catégorie juridique INSEE", "Vérification forme juridique",
            "Désaccord forme juridique", ReviewSheetLayout.GOVERNANCE);

    /** Whether the consolidated total counts every criterion (version 3, before its release). */
    public static final String COMPLETE_TOTAL = "Note complète";

    /**
     * The headers the consolidation at PESSII does not store: the version-3 legal-form and governance columns, and
     * {@link #COMPLETE_TOTAL}, which PESSII computes again from the scores and its grid.
     */
    public static final List<String> NOT_CONSOLIDATED = java.util.stream.Stream.concat(ADDED_IN_VERSION_3.stream(),
            java.util.stream.Stream.of(COMPLETE_TOTAL)).toList();

    private AvisSheetLayout() {
    }

    /** The header: fixed columns, one per criterion (headed by its code), subtotals, totals and the avis. */
    public static List<AvisColumn> columns(Grid grid) {
        List<AvisColumn> columns = new ArrayList<>(List.of(
                new AvisColumn("N° dossier", Kind.ID),
                new AvisColumn("Projet", Kind.TEXT),
                new AvisColumn("Structure", Kind.TEXT),
                new AvisColumn("Forme juridique", Kind.TEXT),
                new AvisColumn("Catégorie juridique INSEE", Kind.TEXT,
                        "Code et libellé INSEE (niveau III) de l'établissement SIRET du porteur"),
                new AvisColumn("Vérification forme juridique", Kind.SHORT_TEXT,
                        "éligible, non éligible, agrément ESUS à vérifier ou inconnue"),
                new AvisColumn("Désaccord forme juridique", Kind.LONG_TEXT,
                        "Quand la catégorie INSEE et la forme déclarée se contredisent"),
                new AvisColumn("Région", Kind.SHORT_TEXT),
                new AvisColumn("Date de dépôt", Kind.DATE_TIME, "Dépôt sur démarches-simplifiées, heure de Paris"),
                new AvisColumn("Recevabilité", Kind.WORD,
                        "Recevabilité annotée par le PESSII sur démarches-simplifiées, sinon calculée (ou corrigée par"
                        + " la région, motif à l'historique)"),
                new AvisColumn("Vague", Kind.SHORT_TEXT, "Vague du dossier\u00a0; «\u00a0hors délai\u00a0»\u00a0: instruit au fil de"
                        + " l'eau"),
                new AvisColumn("Éligibilité (n/7)", Kind.INTEGER),
                new AvisColumn(ReviewSheetLayout.GOVERNANCE, Kind.WORD, "Au sens de l'ESS : oui, en perspective, non"),
                new AvisColumn("Maturité", Kind.WORD),
                new AvisColumn("Cible b", Kind.WORD, targetNote(Target.B)),
                new AvisColumn("Cible c", Kind.WORD, targetNote(Target.C)),
                new AvisColumn("QPV déclaré", Kind.WORD),
                new AvisColumn("QPV détecté", Kind.WORD),
                new AvisColumn("ZRR déclaré", Kind.WORD),
                new AvisColumn("ZRR détecté", Kind.WORD)));
        for (Criterion c : grid.criteria()) {
            columns.add(new AvisColumn(c.code(), Kind.SCORE, GridSheetLayout.criterionNote(c)));
        }
        for (Block b : grid.blocks()) {
            columns.add(new AvisColumn("Sous-total " + b.code(), Kind.TOTAL, b.label()));
        }
        columns.addAll(List.of(
                new AvisColumn("Note globale", Kind.TOTAL, "Sur 100"),
                new AvisColumn(COMPLETE_TOTAL, Kind.WORD, "Non\u00a0: des critères n'ont pas de note consolidée et"
                        + " comptent pour 0 dans la note globale, qui est donc provisoire"),
                new AvisColumn("Nb évaluations", Kind.INTEGER),
                new AvisColumn("Écart max", Kind.SCORE,
                        "Plus grand écart entre deux évaluations sur un même critère"),
                new AvisColumn("Avis", Kind.SHORT_TEXT),
                new AvisColumn("Proposé phase 2", Kind.WORD),
                new AvisColumn("Motivation", Kind.LONG_TEXT),
                new AvisColumn("Points forts", Kind.LONG_TEXT),
                new AvisColumn("Points d'attention", Kind.LONG_TEXT),
                new AvisColumn("Correspondant", Kind.TEXT),
                new AvisColumn("Date de l'avis", Kind.DATE),
                new AvisColumn("Alertes", Kind.LONG_TEXT,
                        "Avis favorable sur un dossier non recevable ou non éligible")));
        return columns;
    }

    /** What a target's column header says in a comment: its label, then the call's words. */
    private static String targetNote(Target target) {
        return target.label() + "\n«\u00a0" + target.callText() + "\u00a0»";
    }

    /** The values of a dossier's row, in header order. */
    public static List<Object> row(Grid grid, AvisLine line) {
        List<Object> row = new ArrayList<>();
        row.add(text(line.number()));
        row.add(text(line.project()));
        row.add(text(line.structure()));
        row.add(text(line.legalForm()));
        LegalFormVerdict verdict = line.legalFormVerdict();
        row.add(verdict == null || verdict.category() == null ? null : text(category(verdict.category())));
        row.add(verdict == null ? null : verdict.status().label());
        row.add(verdict == null ? null : text(verdict.disagreement()));
        row.add(text(line.region()));
        row.add(AvisValues.parisTime(line.depositedAt()));
        row.add(text(line.admissibility()));
        row.add(text(line.wave()));
        row.add(number(line.eligibilityMet()));
        row.add(line.governance() == null ? null : line.governance().label());
        row.add(line.maturity() == null ? null : line.maturity().label());
        row.add(yesNo(line.targetB()));
        row.add(yesNo(line.targetC()));
        row.add(yesNo(line.qpvDeclared()));
        row.add(yesNo(line.qpvDetected()));
        row.add(yesNo(line.zrrDeclared()));
        row.add(yesNo(line.zrrDetected()));
        for (Criterion c : grid.criteria()) {
            row.add(line.scores().get(c.code()));
        }
        for (Block b : grid.blocks()) {
            row.add(line.totals() == null ? null : line.totals().blocks().get(b.code()));
        }
        row.add(line.totals() == null ? null : line.totals().total());
        row.add(line.totals() == null ? null : yesNo(line.totals().complete()));
        row.add(number(line.reviewCount()));
        row.add(line.spread());
        Avis avis = line.avis();
        if (avis == null) {
            row.addAll(Collections.nCopies(7, null));
        } else {
            row.add(avis.recommendation().label());
            row.add(yesNo(avis.proposedForPhase2()));
            row.add(text(avis.motivation()));
            row.add(text(avis.strengths()));
            row.add(text(avis.attentionPoints()));
            row.add(text(avis.author()));
            row.add(AvisValues.day(avis.at()));
        }
        row.add(line.alerts().isEmpty() ? null : String.join("\n", line.alerts()));
        return row;
    }

    /** An INSEE category as one cell: its code, then its label when known. */
    static String category(InseeLegalCategory category) {
        return category.label() == null ? category.code() : category.code() + " — " + category.label();
    }
}
