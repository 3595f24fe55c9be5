package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national view's model on an in-memory PESSII workspace: import, filters, decisions, counters, refusals. */
class NationalViewModelTest {

    @TempDir
    Path folder;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final NationalViewModel model = new NationalViewModel(runner, state, Messages.load(Locale.FRENCH));
    private final Workspace workspace = Workspace.inMemory(Clock.systemDefaultZone());

    @BeforeEach
    void open() {
        state.replace(workspace);
        workspace.workspaceUser().set(new Reviewer("Claire Dumont", "claire.dumont@example.org",
                ReviewerRole.PESSII, null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void importsFiltersDecidesAndRefusesAnInvitationWithoutTargets() {
        Path bretagne = RegionWorkbooks.write(folder, 2, 4, new Random(1));
        Path corse = RegionWorkbooks.write(folder, 4, 4, new Random(2));

        model.importFiles(List.of(bretagne, corse));

        assertEquals(8, model.rows().size());
        assertTrue(model.messageProperty().get().contains("«\u00a0avis-corse-2021-12-01.xlsx\u00a0»\u00a0: accepté"),
                model.messageProperty().get());
        assertEquals(List.of("", "Bretagne", "Corse"), model.regions());
        model.regionProperty().set("Corse");
        assertEquals(4, model.rows().size());
        model.targetsOnlyProperty().set(true);
        assertEquals(3, model.rows().size(), "the fourth dossier meets neither target");
        model.targetsOnlyProperty().set(false);
        model.regionProperty().set(NationalViewModel.ANY);

        RankedDossier eligible = model.rows().stream().filter(r -> r.row().meetsPhase2Target()).findFirst()
                .orElseThrow();
        model.setInvited(eligible, true);
        model.setLaureate(eligible, true);
        assertEquals("Invités en phase 2 : 1 (objectif 15 à 20)", model.invitedTextProperty().get());
        assertEquals("Lauréats phase 1 : 1 × 100 000 € = 100 000 € / enveloppe 1 500 000 €",
                model.laureatesTextProperty().get());
        assertFalse(model.overEnvelopeProperty().get());
        assertTrue(model.invitedOffTargetProperty().get());

        RankedDossier neither = model.rows().stream().filter(r -> !r.row().meetsPhase2Target()).findFirst()
                .orElseThrow();
        model.setInvited(neither, true);
        assertEquals("Le dossier " + neither.row().dossierNumber() + " ne peut pas être invité en phase 2 : il ne"
                + " relève ni de la cible (b) ni de la cible (c).", model.messageProperty().get());
        assertFalse(model.rows().stream().filter(r -> r.row().dossierNumber().equals(neither.row().dossierNumber()))
                .findFirst().orElseThrow().decision().invited());
        assertEquals("Invités en phase 2 : 1 (objectif 15 à 20)", model.invitedTextProperty().get());

        model.orderProperty().set("dépôt, V");
        model.applyOrder();
        assertEquals("dépôt, V", workspace.nationalDecisions().view().order().toString());
    }

    @Test
    void onlyXlsxFilesAreTakenFromADrop() {
        assertTrue(NationalViewModel.isWorkbook(Path.of("avis-bretagne.XLSX")));
        assertFalse(NationalViewModel.isWorkbook(Path.of("notes.csv")));
    }
}
