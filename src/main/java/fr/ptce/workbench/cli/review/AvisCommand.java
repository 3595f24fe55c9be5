package fr.ptce.workbench.cli.review;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.review.ReviewSheet;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code avis}: writes the region's avis on a dossier, with the same rules as the window (phase 2, motivation). */
@Command(name = "avis", mixinStandardHelpOptions = true, description = "Enregistre l'avis de la région sur un dossier.")
public final class AvisCommand implements Callable<Integer> {

    /** The recommendations as typed on the command line. */
    enum Choice {
        favorable(Recommendation.FAVORABLE),
        reserves(Recommendation.FAVORABLE_WITH_RESERVATIONS),
        defavorable(Recommendation.UNFAVORABLE);

        private final Recommendation recommendation;

        Choice(Recommendation recommendation) {
            this.recommendation = recommendation;
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Option(names = "--dossier", required = true, paramLabel = "N°", description = "Numéro du dossier.")
    private String dossier;

    @Option(
            names = "--recommendation",
            required = true,
            paramLabel = "AVIS",
            description = "favorable, reserves (favorable avec réserves) ou defavorable.")
    private Choice recommendation;

    @Option(names = "--phase2", description = "Propose le dossier pour la phase 2 (cible b ou c, avis favorable).")
    private boolean phase2;

    @Option(names = "--motivation", required = true, paramLabel = "TEXTE", description = "Motivation de l'avis.")
    private String motivation;

    @Option(names = "--strengths", paramLabel = "TEXTE", description = "Points forts.")
    private String strengths;

    @Option(names = "--attention", paramLabel = "TEXTE", description = "Points d'attention.")
    private String attention;

    @Option(
            names = "--score",
            paramLabel = "CODE=NOTE",
            mapFallbackValue = "",
            description = "Note consolidée d'un critère (répétable, ex. V1=3,5)\u00a0; les autres restent inchangées.")
    private Map<String, String> scores = new LinkedHashMap<>();

    @Option(
            names = "--score-reason",
            paramLabel = "TEXTE",
            description = "Motif d'une note consolidée différente de la moyenne des évaluations.")
    private String scoreReason;

    @Override
    public Integer call() {
        Avis avis;
        fr.ptce.workbench.domain.campaign.Phase asked = phase.asked();
        try (Workspace opened = workspace.open()) {
            opened.phaseGrids().phaseOf(dossier, asked);
            ReviewSheet sheet = opened.readReviews().of(dossier);
            avis = opened.saveAvis()
                    .save(new AvisDraft(
                            dossier,
                            recommendation.recommendation,
                            phase2,
                            motivation,
                            strengths,
                            attention,
                            ConsolidatedScoreOptions.scores(dossier, sheet, scores),
                            ConsolidatedScoreOptions.reason(sheet, scoreReason)));
        }
        spec.commandLine()
                .getOut()
                .println("Dossier n° " + dossier + "\u00a0: avis "
                        + avis.recommendation().label() + (avis.proposedForPhase2() ? ", proposé en phase 2" : "")
                        + " — enregistré");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
