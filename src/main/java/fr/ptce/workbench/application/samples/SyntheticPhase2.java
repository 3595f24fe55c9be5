package fr.ptce.workbench.application.samples;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.BudgetPost;
import fr.ptce.workbench.domain.phase2.BudgetYear;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The invented phase-2 dossiers of the demo: the « dossier additionnel » of the invited phase-1 dossiers, with
 * budget lines, and the cases the checks must flag — one over the 100,000 € envelope, one with « biens
 * amortissables », one filed late, one with a SIRET other than phase 1's. The same phase-1 dossiers always give the
 * same phase-2 dossiers.
 */
public final class SyntheticPhase2 {

    /** How many phase-1 dossiers the demo's cabinet invites; all but the last file a phase-2 dossier. */
    public static final int INVITED = 7;

    /** The role of each filed dossier, in order. */
    public enum Case {
        PLAIN,
        OVER_ENVELOPE,
        DEPRECIABLE_ASSETS,
        LATE,
        WRONG_SIRET,
        THIRD_YEAR
    }

    private static final int FIRST_NUMBER = 6_100_000;

    private SyntheticPhase2() {}

    /** The phase-1 dossiers the demo's cabinet invites: the first {@link #INVITED} with a SIRET and a deposit. */
    public static List<Dossier> invited(List<Dossier> phase1) {
        return phase1.stream()
                .filter(d -> d.structure() != null && d.structure().siret() != null)
                .filter(d -> d.tracking() != null && d.tracking().depositedAt() != null)
                .limit(INVITED)
                .toList();
    }

    /** The phase-2 dossiers filed by the invited phase-1 dossiers (all but the last), one per {@link Case}. */
    public static List<Phase2Dossier> generate(List<Dossier> phase1) {
        List<Dossier> invited = invited(phase1);
        List<Phase2Dossier> dossiers = new ArrayList<>();
        Case[] cases = Case.values();
        for (int i = 0; i < Math.min(cases.length, invited.size() - 1); i++) {
            dossiers.add(dossier(FIRST_NUMBER + 37 * i, invited.get(i), cases[i]));
        }
        return dossiers;
    }

    private static Phase2Dossier dossier(int number, Dossier phase1, Case role) {
        Map<Phase2Champ, String> texts = new EnumMap<>(Phase2Champ.class);
        String project = phase1.projectName() == null ? "Projet " + phase1.number() : phase1.projectName();
        texts.put(
                Phase2Champ.ANIMATION,
                "Une animatrice à temps plein (1 ETP) porte l'animation des coopérations territoriales de «\u00a0"
                        + project + "\u00a0»\u00a0: réunions des membres, suivi des groupes de travail,"
                        + " veille sur les appels à projets.\nUn mi-temps administratif l'appuie.");
        texts.put(
                Phase2Champ.ACTION_PROGRAMME,
                "Année 1\u00a0: structuration de la gouvernance et premier plan d'actions mutualisées.\n"
                        + "Année 2\u00a0: essaimage des actions et consolidation des partenariats.");
        texts.put(
                Phase2Champ.ECONOMIC_MODEL,
                "Cotisations des membres, prestations mutualisées et contributions des collectivités.");
        texts.put(Phase2Champ.INDICATORS, "Nombre de membres actifs, actions mutualisées, emplois créés.");
        boolean thirdYear = role == Case.THIRD_YEAR;
        if (thirdYear) {
            texts.put(
                    Phase2Champ.THIRD_YEAR_JUSTIFICATION,
                    "La troisième année consolidera le modèle économique avant l'autonomie financière.");
        }
        String siret = role == Case.WRONG_SIRET
                ? otherSiret(phase1.structure().siret())
                : phase1.structure().siret();
        OffsetDateTime deposit = role == Case.LATE
                ? OffsetDateTime.parse("2021-10-01T00:12:40+02:00")
                : OffsetDateTime.parse("2021-09-2" + (number % 7 + 1) + "T1" + (number % 9) + ":24:05+02:00");
        return new Phase2Dossier(
                Integer.toString(number),
                phase1.number(),
                project,
                siret,
                texts,
                thirdYear,
                "lettres-engagement-" + phase1.number() + ".pdf",
                true,
                DossierState.EN_CONSTRUCTION,
                phase1.tracking().accountEmail(),
                deposit,
                budget(role),
                true);
    }

    private static List<BudgetLine> budget(Case role) {
        List<BudgetLine> lines = new ArrayList<>();
        int animation = role == Case.OVER_ENVELOPE ? 42_000 : 30_000;
        lines.add(line(1, BudgetPost.ANIMATION, BudgetYear.YEAR_1, animation, 5_000, "Animatrice (1 ETP)"));
        lines.add(line(2, BudgetPost.ANIMATION, BudgetYear.YEAR_2, animation, 5_000, "Animatrice (1 ETP)"));
        lines.add(line(3, BudgetPost.PERMANENT_OPERATION, BudgetYear.YEAR_1, 10_000, 2_000, "Frais généraux"));
        lines.add(line(4, BudgetPost.ECONOMIC_MODEL, BudgetYear.YEAR_2, 10_000, 0, "Accompagnement"));
        if (role == Case.DEPRECIABLE_ASSETS) {
            lines.add(line(5, BudgetPost.DEPRECIABLE_ASSETS, BudgetYear.YEAR_1, 8_500, 0, "Véhicule utilitaire"));
        } else {
            lines.add(line(5, BudgetPost.SHARED_ACTIONS, BudgetYear.YEAR_1, 8_500, 1_000, "Achats groupés"));
        }
        lines.add(line(6, BudgetPost.SHARED_ACTIONS, BudgetYear.YEAR_2, 11_500, 1_000, "Formations communes"));
        if (role == Case.THIRD_YEAR) {
            lines.add(line(7, BudgetPost.ANIMATION, BudgetYear.YEAR_3, 25_000, 10_000, "Animatrice (0,8 ETP)"));
        }
        return lines;
    }

    private static BudgetLine line(int n, BudgetPost post, BudgetYear year, int state, int other, String description) {
        return BudgetLine.of(n, post, year, BigDecimal.valueOf(state), BigDecimal.valueOf(other), description);
    }

    /** Another SIRET of the same SIREN: the establishment number changed (a common slip). */
    private static String otherSiret(String siret) {
        if (siret.length() != 14) {
            return siret + "0";
        }
        String nic = siret.substring(9);
        String other = nic.equals("00017") ? "00025" : "00017";
        return siret.substring(0, 9) + other;
    }
}
