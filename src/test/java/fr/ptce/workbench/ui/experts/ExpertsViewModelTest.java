package fr.ptce.workbench.ui.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.KitFiller;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitImportCheck;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
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

/** The experts window's model: add, assign with a conflict, export, import with a decision, progress. */
class ExpertsViewModelTest {

    private static final String NUMBER = "5019941";

    @TempDir
    Path folder;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ExpertsViewModel experts = main.experts();
    private Workspace workspace;

    @BeforeEach
    void sample() throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void assignsExportsAndImportsAKitAskingForTheDecisionItNeeds() {
        experts.addExpert("Odile Ferrand", "odile@example.org", "CRESS Bretagne");
        assertEquals(
                "Expert enregistré\u00a0: Odile Ferrand <odile@example.org>",
                experts.messageProperty().get());
        String other = main.dossiers().stream()
                .map(d -> d.number())
                .filter(n -> !n.equals(NUMBER))
                .findFirst()
                .orElseThrow();
        experts.assign("odile@example.org", NUMBER, false);
        experts.assign("odile@example.org", other, true);
        assertEquals(
                "Conflits d'intérêts enregistrés\u00a0: " + other,
                experts.messageProperty().get());
        Path kit = folder.resolve("kit.xlsx");
        experts.exportKit("odile@example.org", true, kit);
        assertEquals(
                "Kit expert écrit\u00a0: kit.xlsx (1 dossier)",
                experts.messageProperty().get());
        assertEquals(1, experts.experts().get(0).kitsSent());

        Path filled = KitFiller.poi(kit, folder.resolve("retour.xlsx"), Map.of(NUMBER, Map.of("V1", 8)));
        List<KitImportCheck> asked = new ArrayList<>();
        experts.importKit(filled, KitDecisions.NONE, asked::add);
        assertEquals(1, asked.size());
        assertEquals(1, asked.get(0).problems().size());
        assertEquals(0, experts.experts().get(0).kitsReturned());

        Path fixed = KitFiller.poi(kit, folder.resolve("corrige.xlsx"), Map.of(NUMBER, Map.of("V1", 5)));
        experts.importKit(fixed, KitDecisions.NONE, asked::add);
        assertEquals(1, asked.size());
        assertTrue(
                experts.messageProperty().get().startsWith("Kit expert de Odile Ferrand"),
                experts.messageProperty().get());
        assertEquals(1, experts.experts().get(0).kitsReturned());
        assertEquals(1, experts.experts().get(0).assigned());
    }
}
