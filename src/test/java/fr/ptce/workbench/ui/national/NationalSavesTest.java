package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cabinet's confirmation and the tie-break order from the national view over someone else's newer change: the
 * same conflict as a decision's, nothing written; keep mine saves over theirs.
 */
class NationalSavesTest {

    private static final Reviewer CLAIRE =
            new Reviewer("Claire Dumont", "claire@example.org", ReviewerRole.PESSII, null);
    private static final Reviewer GHISLAINE =
            new Reviewer("Ghislaine Morel", "gm@example.org", ReviewerRole.PESSII, null);

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
        workspace.workspaceUser().set(CLAIRE);
        model.importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(1))));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long decided() {
        return workspace.nationalDecisions().view().ranking().stream()
                .filter(r -> r.decision().decided() != null)
                .count();
    }

    @Test
    void aConfirmationOverAProposalMadeMeanwhileOpensTheConflictAndKeepMineConfirmsEveryProposal() {
        List<RankedDossier> eligible =
                model.rows().stream().filter(r -> r.row().meetsPhase2Target()).toList();
        workspace.nationalDecisions().setLaureate(eligible.get(0).row().dossierNumber(), true, "motif", 0);
        model.refresh();
        workspace.workspaceUser().set(GHISLAINE);
        workspace.nationalDecisions().setLaureate(eligible.get(1).row().dossierNumber(), true, "motif", 0);
        workspace.workspaceUser().set(CLAIRE);

        model.confirm("Cabinet du ministre", LocalDate.of(2022, 1, 10), false);

        ConcurrentChangeException open = model.conflict().openProperty().get();
        assertNotNull(open, "a proposal the view did not show refuses the confirmation");
        assertTrue(
                model.messageProperty().get().startsWith("Ghislaine Morel a modifié cette décision à 10:42"),
                model.messageProperty().get());
        assertEquals(0, decided(), "nothing recorded");

        model.conflict().keepMine();

        assertNull(model.conflict().openProperty().get());
        assertEquals(2, decided(), "both proposals, as now stored, recorded");
    }

    @Test
    void aTieBreakOrderOverANewerOneOpensTheConflictAndKeepMineSavesIt() {
        workspace.workspaceUser().set(GHISLAINE);
        workspace.nationalDecisions().setOrder("dépôt, E", 0);
        workspace.workspaceUser().set(CLAIRE);
        String theirs = workspace.nationalDecisions().view().order().toString();

        model.orderProperty().set("O, V");
        model.applyOrder();

        ConcurrentChangeException open = model.conflict().openProperty().get();
        assertNotNull(open);
        assertTrue(
                model.messageProperty()
                        .get()
                        .startsWith("Ghislaine Morel a modifié ce réglage à 10:42 (ordre de départage)"),
                model.messageProperty().get());
        assertEquals(theirs, open.theirs());
        assertEquals(theirs, workspace.nationalDecisions().view().order().toString(), "theirs kept");

        model.conflict().keepMine();

        assertNull(model.conflict().openProperty().get());
        assertTrue(
                workspace.nationalDecisions().view().order().toString().startsWith("O, V"),
                workspace.nationalDecisions().view().order().toString());
    }
}
