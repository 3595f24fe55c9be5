package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.phase2.Phase2Decisions;
import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The « Courriers » view offers the phase-2 kind: the cabinet's recorded phase-2 decisions, previewed. */
class Phase2LettersViewModelTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final Messages messages = Messages.load(Locale.FRENCH);
    private final Workspace workspace = Workspace.inMemory(Clock.systemDefaultZone());

    @BeforeEach
    void demo() {
        DemoWorkspace.fill(workspace, Progress.NONE);
        state.replace(workspace);
        workspace.workspaceUser().set(TestReviewers.PESSII);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void thePhaseTwoKindListsTheRecordedPhaseTwoDecisionsWithTheirAmounts() {
        LettersViewModel model = new LettersViewModel(runner, state, messages);
        assertTrue(model.kinds().contains(LetterKind.PHASE2));
        model.kindProperty().set(LetterKind.PHASE2);
        assertEquals(List.of(), model.letters(), "no phase-2 decision recorded yet");
        assertEquals(
                "Aucune décision du cabinet n'est enregistrée en phase\u00a02\u00a0: enregistrez-la dans l'onglet"
                        + " Phase\u00a02 de la vue nationale.",
                model.countProperty().get());

        List<Phase2Row> rows = workspace.phase2().decisions().view().ranking();
        String first = rows.get(0).number();
        workspace.phase2().decisions().setLaureate(first, true, "Animation solide.", null, Phase2Decisions.ANY_VERSION);
        workspace.phase2().decisions().confirm("Cabinet du ministre", LocalDate.of(2021, 11, 15));
        model.refresh();

        assertEquals(1, model.letters().size());
        assertEquals(first, model.selectedProperty().get().dossierNumber());
        String preview = model.previewProperty().get();
        assertTrue(preview.contains("désigné lauréat de la phase\u00a02"), preview);
        assertTrue(preview.contains("100\u00a0000\u00a0€ répartie sur 2 années"), preview);
        assertTrue(model.describe(model.letters().get(0)).contains("lauréat"));
    }
}
