package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision made in the national view over someone else's newer one: refused, the view read again, the conflict
 * open with both versions and the header in Paris time; keep mine saves it over theirs, keep theirs saves nothing.
 */
class NationalConflictTest {

    @TempDir
    Path folder;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final NationalViewModel model = new NationalViewModel(runner, state, Messages.load(Locale.FRENCH));
    private final Workspace workspace =
            Workspace.inMemory(Clock.fixed(Instant.parse("2022-01-10T09:42:00Z"), ZoneId.of("UTC")));

    @BeforeEach
    void open() {
        state.replace(workspace);
        workspace.workspaceUser().set(new Reviewer("Claire Dumont", "claire@example.org", ReviewerRole.PESSII, null));
        model.importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(1))));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private RankedDossier eligible() {
        return model.rows().stream()
                .filter(r -> r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
    }

    private boolean laureate(String number) {
        return workspace.nationalDecisions().view().ranking().stream()
                .filter(r -> r.row().dossierNumber().equals(number))
                .allMatch(r -> r.decision().laureate());
    }

    @Test
    void aDecisionOverANewerOneOpensTheConflictAndKeepMineSavesIt() {
        RankedDossier shown = eligible();
        String number = shown.row().dossierNumber();
        // someone else proposes it behind the view's back
        workspace.workspaceUser().set(new Reviewer("Ghislaine Morel", "gm@example.org", ReviewerRole.PESSII, null));
        workspace.nationalDecisions().setLaureate(number, true, "motif", 0);
        workspace.workspaceUser().set(new Reviewer("Claire Dumont", "claire@example.org", ReviewerRole.PESSII, null));

        model.setLaureate(shown, false);

        ConcurrentChangeException open = model.conflict().openProperty().get();
        assertNotNull(open, "the refusal is a question, not an error");
        assertTrue(
                model.messageProperty()
                        .get()
                        .startsWith("Ghislaine Morel a modifié cette décision à 10:42 (dossier n° "),
                model.messageProperty().get());
        assertTrue(((NationalDecision) open.theirs()).laureate());
        assertFalse(((NationalDecision) open.mine()).laureate());
        assertTrue(laureate(number), "nothing written: theirs is kept");
        assertTrue(
                model.rows().stream()
                        .filter(r -> r.row().dossierNumber().equals(number))
                        .allMatch(r -> r.decision().laureate()),
                "the view was read again and shows theirs");
        assertEquals(
                "Lauréat phase 1\u00a0: oui\nInvité phase 2\u00a0: non",
                NationalDialogs.words(Messages.load(Locale.FRENCH), (NationalDecision) open.theirs()));

        model.conflict().keepMine();

        assertNull(model.conflict().openProperty().get());
        assertFalse(laureate(number), "mine saved over theirs");
    }

    @Test
    void keepTheirsSavesNothing() {
        RankedDossier shown = eligible();
        String number = shown.row().dossierNumber();
        workspace.nationalDecisions().setLaureate(number, true, "motif", 0);
        model.setLaureate(shown, false);
        assertNotNull(model.conflict().openProperty().get());

        model.conflict().keepTheirs();

        assertNull(model.conflict().openProperty().get());
        assertTrue(laureate(number));
    }
}
