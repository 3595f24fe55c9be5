package fr.ptce.workbench.ui.phase2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.phase2.LinkProblem;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Phase2ViewModelTest {

    private static Workspace workspace;
    private final WorkspaceState state = new WorkspaceState();
    private Phase2ViewModel viewModel;

    @BeforeAll
    static void demo() {
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        state.replace(workspace);
        viewModel = new Phase2ViewModel(new DirectTaskRunner(), state, Messages.load(Locale.FRENCH));
    }

    @Test
    void phaseTwoIsOfferedOnceTheWorkspaceHoldsPhaseTwoDossiers() {
        assertFalse(viewModel.availableProperty().get());

        viewModel.refresh();

        assertTrue(viewModel.availableProperty().get());
        assertEquals(6, viewModel.dossiers().size());
        assertEquals(Phase.ONE, viewModel.phaseProperty().get(), "the window opens on phase 1");
    }

    @Test
    void theLinkGoesFromPhaseOneToPhaseTwoAndBack() {
        viewModel.refresh();
        Phase2View first = viewModel.dossiers().get(0);
        String phase1 = first.dossier().phase1Number();

        assertEquals(first, viewModel.ofPhase1(phase1).orElseThrow());
        viewModel.showPhase2(first.number());
        assertEquals(Phase.TWO, viewModel.phaseProperty().get());
        assertEquals(first, viewModel.selectedProperty().get());

        viewModel.openPhase1();
        assertEquals(Phase.ONE, viewModel.phaseProperty().get());
        assertEquals(phase1, viewModel.phase1RequestProperty().get());
        assertTrue(viewModel.ofPhase1("0000000").isEmpty());
    }

    @Test
    void theReaderWordsEachCheckAndMarksTheAlerts() {
        viewModel.refresh();
        Phase2View wrongSiret = viewModel.dossiers().stream()
                .filter(v -> v.link().problems().contains(LinkProblem.SIRET_MISMATCH))
                .findFirst()
                .orElseThrow();
        Phase2View over = viewModel.dossiers().stream()
                .filter(v -> v.checks().overEnvelope())
                .findFirst()
                .orElseThrow();

        viewModel.selectedProperty().set(wrongSiret);
        Map<String, Phase2CheckLine> lines = byId(viewModel.checkLines());
        assertTrue(lines.get("linkCheck").alert());
        assertEquals(
                "SIRET différent de celui du dossier de phase 1",
                lines.get("linkCheck").value());
        assertFalse(lines.get("envelopeCheck").alert());
        assertEquals(
                "100\u00a0000\u00a0€ sur 100\u00a0000\u00a0€",
                lines.get("envelopeCheck").value());

        viewModel.selectedProperty().set(over);
        lines = byId(viewModel.checkLines());
        assertFalse(lines.get("linkCheck").alert());
        assertEquals(
                "vérifié (numéro, SIRET, invitation)", lines.get("linkCheck").value());
        assertTrue(lines.get("envelopeCheck").alert());
        assertEquals(
                "124\u00a0000\u00a0€, au-delà des 100\u00a0000\u00a0€ par lauréat",
                lines.get("envelopeCheck").value());
        assertEquals("68\u00a0% des années 1 et 2", lines.get("animationCheck").value());
    }

    @Test
    void depreciableAssetsAndALateDepositAreAlerts() {
        viewModel.refresh();
        Phase2View assets = viewModel.dossiers().stream()
                .filter(v -> !v.checks().depreciableAssets().isEmpty())
                .findFirst()
                .orElseThrow();
        Phase2View late = viewModel.dossiers().stream()
                .filter(v -> Boolean.FALSE.equals(v.checks().onTime()))
                .findFirst()
                .orElseThrow();

        viewModel.selectedProperty().set(assets);
        Phase2CheckLine line = byId(viewModel.checkLines()).get("assetsCheck");
        assertTrue(line.alert());
        assertEquals("8\u00a0500\u00a0€ non éligibles (Année 1\u00a0: 8\u00a0500\u00a0€)", line.value());
        viewModel.selectedProperty().set(late);
        line = byId(viewModel.checkLines()).get("onTimeCheck");
        assertTrue(line.alert());
        assertEquals(
                "déposé le 01/10/2021 00:12:40 (heure de Paris), après le 30 septembre 2021 minuit\u00a0: hors délai",
                line.value());
    }

    private static Map<String, Phase2CheckLine> byId(List<Phase2CheckLine> lines) {
        return lines.stream().collect(Collectors.toMap(Phase2CheckLine::id, l -> l));
    }
}
