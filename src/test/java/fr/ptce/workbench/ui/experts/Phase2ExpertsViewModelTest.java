package fr.ptce.workbench.ui.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.KitFiller;
import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.scoring.ScoringViewModelTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experts window follows the list's phase: phase 2's kits hold the « dossiers additionnels ». */
class Phase2ExpertsViewModelTest {

    private static final String EMAIL = "odile@example.org";

    @TempDir
    Path folder;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ExpertsViewModel experts = main.experts();
    private Workspace workspace;

    @BeforeEach
    void demo() {
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
        main.useWorkspace(workspace);
        main.phase2().refresh();
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void kitsFollowTheListsPhaseAndAKitOfTheOtherPhaseIsRefused() {
        String number = main.phase2().dossiers().get(0).number();
        experts.addExpert("Odile Ferrand", EMAIL, "CRESS Bretagne");
        main.phase2().phaseProperty().set(Phase.TWO);
        assertEquals(Phase.TWO, experts.phaseProperty().getValue());
        assertTrue(experts.kitFileName("Odile Ferrand").startsWith("kit-expert-phase2-odile-ferrand-"));

        experts.assign(EMAIL, number, false);
        Path kit = folder.resolve("kit2.xlsx");
        experts.exportKit(EMAIL, false, kit);
        assertEquals(
                "Kit expert écrit\u00a0: kit2.xlsx (1 dossier)",
                experts.messageProperty().get());
        assertEquals(List.of(), runner.failures());

        Path filled = KitFiller.poi(kit, folder.resolve("kit2-rempli.xlsx"), Map.of(number, Map.of("P1", 4)));
        main.phase2().phaseProperty().set(Phase.ONE);
        List<Object> asked = new ArrayList<>();
        experts.importKit(filled, KitDecisions.NONE, asked::add);
        assertEquals(1, runner.failures().size());
        InputRefusedException refused =
                assertInstanceOf(InputRefusedException.class, runner.failures().get(0));
        assertTrue(refused.getMessage().contains("kit2-rempli.xlsx"), refused.getMessage());
        assertTrue(refused.getMessage().contains("kit expert de phase\u00a02, pas de phase\u00a01"));
        assertEquals(0, experts.experts().get(0).kitsReturned());

        main.phase2().phaseProperty().set(Phase.TWO);
        experts.importKit(filled, KitDecisions.NONE, asked::add);
        assertEquals(List.of(), asked);
        assertTrue(
                experts.messageProperty().get().startsWith("Kit expert de Odile Ferrand"),
                experts.messageProperty().get());
        assertEquals(1, experts.experts().get(0).kitsReturned());
        assertEquals(
                0,
                java.math.BigDecimal.valueOf(4)
                        .compareTo(workspace.readReviews().of(number).others().stream()
                                .filter(r -> r.reviewer().email().equals(EMAIL))
                                .findFirst()
                                .orElseThrow()
                                .score("P1")
                                .value()));
    }
}
