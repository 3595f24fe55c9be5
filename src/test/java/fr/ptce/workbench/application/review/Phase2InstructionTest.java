package fr.ptce.workbench.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Phase2Fixture;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Phase-2 dossiers scored, reviewed and given an avis by the phase-1 mechanism, on the phase-2 grid. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class Phase2InstructionTest {

    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");
    private static final Reviewer PAUL =
            new Reviewer("Paul Le Goff", "paul@example.fr", ReviewerRole.EXPERT, "Bretagne");

    @TempDir
    Path folder;

    private final Workspace workspace;
    private String phase2;
    private String phase1;

    Phase2InstructionTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-10-12T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void bothPhases() {
        List<String> numbers = Phase2Fixture.importBothPhases(workspace, folder);
        phase2 = numbers.get(0);
        phase1 = workspace.readDossiers().all().get(0).dossier().number();
        workspace.workspaceUser().set(MARIE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void eachPhaseHasItsOwnCurrentGrid() {
        Grid one = workspace.phaseGrids().current(Phase.ONE);
        Grid two = workspace.phaseGrids().current(Phase.TWO);

        assertEquals(Grids.AMI_PTCE_2021, one.id());
        assertEquals(Grids.AMI_PTCE_2021_PHASE2, two.id());
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5"), two.codes());
        assertEquals(Phase.TWO, workspace.phaseGrids().phaseOf(phase2, null));
        assertEquals(Phase.ONE, workspace.phaseGrids().phaseOf(phase1, Phase.ONE));
        InvalidInputException wrong = assertThrows(
                InvalidInputException.class, () -> workspace.phaseGrids().phaseOf(phase2, Phase.ONE));
        assertTrue(wrong.getMessage().contains("dossier de phase 2, pas de phase 1"), wrong.getMessage());
        assertThrows(InvalidInputException.class, () -> workspace.phaseGrids().phaseOf("999999999", null));
    }

    @Test
    void aPhase2DossierIsScoredOnThePhase2GridWithItsAudit() {
        Review review = workspace.scoreDossier().setScore(phase2, "P1", new BigDecimal("4"));
        workspace.scoreDossier().setComment(phase2, "p2", "Animation financée à 60 %");

        assertEquals(Grids.AMI_PTCE_2021_PHASE2, review.gridId());
        ReviewSheet sheet = workspace.readReviews().of(phase2);
        assertEquals(Grids.AMI_PTCE_2021_PHASE2, sheet.grid().id());
        assertEquals(new BigDecimal("16.00"), sheet.myTotals().total(), "4 / 5 on one of five equal criteria");
        assertEquals(
                "Animation financée à 60 %",
                sheet.mine().orElseThrow().score("P2").comment());
        assertFalse(sheet.history().isEmpty(), "each change is audited");
        InvalidInputException notOnGrid = assertThrows(
                InvalidInputException.class, () -> workspace.scoreDossier().setScore(phase2, "V1", BigDecimal.ONE));
        assertTrue(notOnGrid.getMessage().contains("P1, P2, P3, P4, P5"), notOnGrid.getMessage());
        assertEquals(
                Grids.AMI_PTCE_2021,
                workspace.scoreDossier().setScore(phase1, "V1", BigDecimal.ONE).gridId(),
                "phase 1 keeps its own grid");
    }

    @Test
    void theRegionsAvisOnAPhase2DossierUsesThePhase2GridsTotals() {
        workspace
                .scoreDossier()
                .setScores(phase2, Map.of("P1", new BigDecimal("4"), "P2", new BigDecimal("2")), Map.of());
        workspace.workspaceUser().set(PAUL);
        workspace
                .scoreDossier()
                .setScores(phase2, Map.of("P1", new BigDecimal("2"), "P2", new BigDecimal("4")), Map.of());
        workspace.workspaceUser().set(MARIE);

        Avis avis = workspace
                .saveAvis()
                .save(new AvisDraft(
                        phase2, Recommendation.FAVORABLE, false, "Animation solide", null, null, null, null));

        assertEquals(Map.of("P1", new BigDecimal("3"), "P2", new BigDecimal("3")), scaled(avis.consolidatedScores()));
        assertEquals(2, workspace.readReviews().of(phase2).others().size() + 1, "both reviews side by side");
        InvalidInputException proposed = assertThrows(
                InvalidInputException.class,
                () -> workspace
                        .saveAvis()
                        .save(new AvisDraft(phase2, Recommendation.FAVORABLE, true, "Oui", null, null, null, null)));
        assertTrue(proposed.getMessage().contains("dossier de phase 2"), proposed.getMessage());
        InvalidInputException reason = assertThrows(
                InvalidInputException.class,
                () -> workspace
                        .saveAvis()
                        .save(new AvisDraft(
                                phase2,
                                Recommendation.FAVORABLE,
                                false,
                                "Animation solide",
                                null,
                                null,
                                Map.of("P1", new BigDecimal("5"), "P2", new BigDecimal("3")),
                                null)));
        assertTrue(reason.getMessage().contains("motif"), reason.getMessage());
        assertEquals(0, workspace.dashboard().now().withAvis(), "phase 1's dashboard counts phase 1's avis only");
        assertEquals(0, workspace.dashboard().now().scored());
        assertEquals(0, workspace.listProgress().all().withAvis(), "nor does the list's progress");
    }

    @Test
    void thePhase2GridIsEditableUntilItsFirstScoreThenFrozen() {
        Grid builtIn = workspace.phaseGrids().current(Phase.TWO);
        Grid edited = new Grid(
                builtIn.id(),
                builtIn.version() + 1,
                builtIn.name(),
                builtIn.blocks(),
                builtIn.criteria().subList(0, 4),
                builtIn.scale(),
                null);
        workspace.phaseGrids().save(Phase.TWO, edited);
        assertEquals(4, workspace.phaseGrids().current(Phase.TWO).criteria().size());

        workspace.scoreDossier().setScore(phase2, "P4", new BigDecimal("3"));
        Grid changedAgain = new Grid(
                edited.id(), edited.version(), "Autre nom", edited.blocks(), edited.criteria(), edited.scale(), null);

        InvalidInputException frozen = assertThrows(
                InvalidInputException.class, () -> workspace.phaseGrids().save(Phase.TWO, changedAgain));
        assertTrue(frozen.getMessage().contains("déjà utilisée"), frozen.getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> workspace.phaseGrids().save(Phase.ONE, edited),
                "a phase-2 grid is not phase 1's");
        assertEquals(4, workspace.readReviews().of(phase2).grid().criteria().size());
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> scores) {
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        scores.forEach((k, v) -> out.put(k, v.stripTrailingZeros()));
        return out;
    }
}
