package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.phase2.Phase2DecisionView;
import fr.ptce.workbench.application.phase2.Phase2Decisions;
import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.application.samples.SyntheticPhase2;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.national.AvisSource;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.phase2.LinkProblem;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Phase-2 decisions on the samples: laureates among the invited who filed, gates with their French reasons and
 * overrides, the third year, the cabinet's decision recorded as in phase 1, the envelope, a checked version.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class Phase2DecisionsTest {

    @TempDir
    Path folder;

    private final Workspace workspace;
    private List<Phase2Dossier> samples;

    Phase2DecisionsTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-11-05T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void bothPhases() {
        Path phase1 = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        workspace.importDossiers().fromFile(phase1, ColumnMapping.NONE, Progress.NONE);
        List<String> invited = GenerateSamples.invitedPhase1(workspace);
        // the first invited dossier's invitation is not recorded: its phase-2 dossier cannot be decided on
        DemoInvitations.record(
                workspace, invited.subList(1, invited.size()), "Cabinet du ministre", LocalDate.of(2021, 7, 26));
        workspace
                .importDossiers()
                .phase2FromFile(
                        GenerateSamples.writePhase2(folder, phase1, GenerateSamples.Format.XLSX),
                        Map.of(),
                        false,
                        Progress.NONE);
        samples = SyntheticPhase2.generate(workspace.readDossiers().all().stream()
                .map(fr.ptce.workbench.application.listing.DossierView::dossier)
                .toList());
        workspace.workspaceUser().set(new Reviewer("Claire Dumont", "claire@example.org", ReviewerRole.PESSII, null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String number(SyntheticPhase2.Case role) {
        return samples.get(role.ordinal()).number();
    }

    private Phase2Decisions decisions() {
        return workspace.phase2().decisions();
    }

    private static Phase2Row row(Phase2DecisionView view, String number) {
        return view.ranking().stream()
                .filter(r -> r.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLaureateIsProposedWithItsMotivationAndCountedInTheEnvelope() {
        String over = number(SyntheticPhase2.Case.OVER_ENVELOPE);

        Phase2DecisionView view =
                decisions().setLaureate(over, true, "Animation solide.", null, Phase2Decisions.ANY_VERSION);

        Phase2Row row = row(view, over);
        assertTrue(row.decision().laureate());
        assertEquals("Animation solide.", row.decision().motivation());
        assertEquals(1, row.version());
        assertEquals(1, view.envelope().proposed());
        assertEquals(new BigDecimal("100000"), view.envelope().committed());
        assertEquals(new BigDecimal("48790"), view.envelope().year1(), "60,500 of 124,000 asked in year 1");
        assertEquals(new BigDecimal("51210"), view.envelope().year2());
        List<AuditEntry> history = workspace.nationalDecisions().history(over);
        assertEquals("lauréat phase 2 proposé", history.get(0).field());
        assertEquals("oui", history.get(0).newValue());
        assertEquals("Animation solide.", history.get(1).newValue());
    }

    @Test
    void aDossierWhoseInvitationIsNotRecordedIsRefused() {
        String plain = number(SyntheticPhase2.Case.PLAIN);

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> decisions().setLaureate(plain, false, null, null, Phase2Decisions.ANY_VERSION));

        assertTrue(
                refused.getMessage()
                        .startsWith("Dossier de phase\u00a02 n°\u00a0" + plain
                                + "\u00a0: décision de la phase\u00a02 refusée — " + LinkProblem.NOT_INVITED.reason()),
                refused.getMessage());
        assertFalse(row(decisions().view(), plain).decidable());
        InvalidInputException unknown = assertThrows(
                InvalidInputException.class,
                () -> decisions().setLaureate("42", true, null, null, Phase2Decisions.ANY_VERSION));
        assertEquals(
                "Le dossier n°\u00a042 n'est pas un dossier de phase\u00a02 importé (phase2 import).",
                unknown.getMessage());
    }

    @Test
    void aLateDossierIsLaureateOnlyWithAWrittenOverride() {
        String late = number(SyntheticPhase2.Case.LATE);

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> decisions().setLaureate(late, true, null, null, Phase2Decisions.ANY_VERSION));
        assertTrue(refused.getMessage().contains("dossier additionnel déposé hors délai"), refused.getMessage());
        assertEquals(0, row(decisions().view(), late).version(), "nothing stored");

        decisions().setLaureate(late, true, null, "Panne de DS le 30 septembre au soir.", Phase2Decisions.ANY_VERSION);

        assertTrue(row(decisions().view(), late).decision().laureate());
        assertTrue(workspace.nationalDecisions().history(late).stream()
                .anyMatch(e -> "Panne de DS le 30 septembre au soir.".equals(e.newValue())));
        decisions().setLaureate(late, false, "Hors délai.", null, Phase2Decisions.ANY_VERSION);
        assertFalse(row(decisions().view(), late).decision().laureate(), "« non » needs no override");
    }

    @Test
    void theThirdYearIsDecidedForALaureateWithItsAmountOutsideTheEnvelope() {
        String third = number(SyntheticPhase2.Case.THIRD_YEAR);
        assertThrows(
                InvalidInputException.class,
                () -> decisions().setThirdYear(third, true, new BigDecimal("25000"), Phase2Decisions.ANY_VERSION),
                "not a laureate yet");
        decisions().setLaureate(third, true, null, null, Phase2Decisions.ANY_VERSION);
        InvalidInputException noAmount = assertThrows(
                InvalidInputException.class,
                () -> decisions().setThirdYear(third, true, null, Phase2Decisions.ANY_VERSION));
        assertTrue(noAmount.getMessage().contains("--third-year-amount"), noAmount.getMessage());

        Phase2DecisionView view =
                decisions().setThirdYear(third, true, new BigDecimal("25000"), Phase2Decisions.ANY_VERSION);

        assertTrue(row(view, third).view().dossier().thirdYearRequested());
        assertEquals(new BigDecimal("25000.00"), row(view, third).decision().thirdYearAmount());
        assertEquals(1, view.envelope().thirdYears());
        assertEquals(new BigDecimal("100000"), view.envelope().committed(), "outside the envelope");
    }

    @Test
    void theCabinetsDecisionIsRecordedOnEveryProposalAsInPhaseOne() {
        String over = number(SyntheticPhase2.Case.OVER_ENVELOPE);
        String assets = number(SyntheticPhase2.Case.DEPRECIABLE_ASSETS);
        decisions().setLaureate(over, true, null, null, Phase2Decisions.ANY_VERSION);
        decisions().setLaureate(assets, false, "Biens amortissables non éligibles.", null, Phase2Decisions.ANY_VERSION);

        int recorded = decisions().confirm("Cabinet du ministre", LocalDate.of(2021, 11, 15));

        assertEquals(2, recorded);
        Phase2DecisionView view = decisions().view();
        assertTrue(row(view, over).decision().decidedLaureate());
        assertEquals("Cabinet du ministre", row(view, over).decision().decided().by());
        assertFalse(row(view, assets).decision().decidedLaureate());
        assertEquals(
                LocalDate.of(2021, 11, 15),
                row(view, assets).decision().decided().on());
        assertEquals(1, view.envelope().decided());
        assertThrows(
                InvalidInputException.class,
                () -> decisions().confirm("Cabinet du ministre", LocalDate.of(2021, 11, 16)),
                "nothing awaits a decision");
        assertThrows(InvalidInputException.class, () -> decisions().confirm(" ", LocalDate.of(2021, 11, 16)));
    }

    @Test
    void aSaveOverANewerChangeIsRefusedAndNothingIsLost() {
        String over = number(SyntheticPhase2.Case.OVER_ENVELOPE);
        decisions().setLaureate(over, true, "Premier avis.", null, 0);

        ConcurrentChangeException stale = assertThrows(
                ConcurrentChangeException.class, () -> decisions().setLaureate(over, false, "Autre avis.", null, 0));

        assertTrue(stale.getMessage().contains("a modifié cette décision à"), stale.getMessage());
        assertTrue(stale.getMessage().contains("dossier de phase\u00a02 n°\u00a0" + over), stale.getMessage());
        assertEquals(1, stale.currentVersion());
        assertEquals("Autre avis.", ((fr.ptce.workbench.domain.phase2.Phase2Decision) stale.mine()).motivation());
        assertEquals("Premier avis.", ((fr.ptce.workbench.domain.phase2.Phase2Decision) stale.theirs()).motivation());
        Phase2Row row = row(decisions().view(), over);
        assertEquals("Premier avis.", row.decision().motivation());
        decisions().setLaureate(over, false, "Autre avis.", null, row.version());
        assertEquals(2, row(decisions().view(), over).version());
    }

    @Test
    void theRankingReadsTheConsolidatedPhaseTwoScores() {
        String over = number(SyntheticPhase2.Case.OVER_ENVELOPE);
        String third = number(SyntheticPhase2.Case.THIRD_YEAR);
        workspace.database().inTransaction(r -> {
            r.national()
                    .save(
                            new AvisSource(
                                    "avis-phase2.xlsx",
                                    "Bretagne",
                                    null,
                                    OffsetDateTime.parse("2021-10-20T10:00:00+02:00"),
                                    "a".repeat(64)),
                            List.of(scored(over, "14"), scored(third, "17.5")),
                            2);
            return null;
        });

        List<Phase2Row> ranking = decisions().view().ranking();

        assertEquals(third, ranking.get(0).number());
        assertEquals(1, ranking.get(0).rank());
        assertEquals(new BigDecimal("17.5"), ranking.get(0).score());
        assertEquals(over, ranking.get(1).number());
        assertEquals(0, ranking.get(2).rank(), "the others have no consolidated phase-2 score");
        assertNull(ranking.get(2).score());
    }

    private static RegionalAvisRow scored(String number, String total) {
        return new RegionalAvisRow(
                number,
                "Projet " + number,
                "Structure " + number,
                "Association",
                "Bretagne",
                null,
                "recevable",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                new BigDecimal(total),
                1,
                null,
                "favorable",
                true,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }
}
