package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
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
        workspace.workspaceUser().set(TestReviewers.PESSII);
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
        assertTrue(
                model.messageProperty().get().contains("«\u00a0avis-corse-2021-12-01.xlsx\u00a0»\u00a0: accepté"),
                model.messageProperty().get());
        assertEquals(List.of("", "Bretagne", "Corse"), model.regions());
        model.regionProperty().set("Corse");
        assertEquals(4, model.rows().size());
        model.targetsOnlyProperty().set(true);
        assertEquals(3, model.rows().size(), "the fourth dossier meets neither target");
        model.targetsOnlyProperty().set(false);
        model.regionProperty().set(NationalViewModel.ANY);

        RankedDossier eligible = model.rows().stream()
                .filter(r -> r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
        model.setLaureate(eligible, true);
        model.setInvited(eligible, true);
        assertEquals(
                "Invités en phase\u00a02\u00a0: 1 proposé (objectif 15 à 20), 0 décidé par le cabinet",
                model.invitedTextProperty().get());
        assertEquals(
                "Lauréats de la phase\u00a01\u00a0: 1 proposé, 0 décidé par le cabinet",
                model.laureatesTextProperty().get());
        assertTrue(model.invitedOffTargetProperty().get());

        RankedDossier neither = model.rows().stream()
                .filter(r -> !r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
        model.setInvited(neither, true);
        assertTrue(
                model.messageProperty().get().contains("il n'est pas lauréat de la phase\u00a01"),
                model.messageProperty().get());
        assertNull(model.overrideRequestProperty().get(), "being a laureate is not overridable");
        model.setLaureate(neither, true);
        model.setInvited(neither, true);
        assertTrue(model.messageProperty().get().contains("ni à la cible b) ni à la cible c)"));
        assertEquals(
                neither.row().dossierNumber(),
                model.overrideRequestProperty().get().dossier().row().dossierNumber(),
                "a refusal by the targets offers an override");
        model.override(model.overrideRequestProperty().get(), "Territoire fragile selon le préfet");
        assertTrue(model.rows().stream()
                .filter(r -> r.row().dossierNumber().equals(neither.row().dossierNumber()))
                .findFirst()
                .orElseThrow()
                .decision()
                .invited());
        assertEquals(
                "Invités en phase\u00a02\u00a0: 2 proposés (objectif 15 à 20), 0 décidé par le cabinet",
                model.invitedTextProperty().get());

        model.orderProperty().set("dépôt, V");
        model.applyOrder();
        assertEquals("dépôt, V", workspace.nationalDecisions().view().order().toString());
    }

    @Test
    void onlyXlsxFilesAreTakenFromADrop() {
        assertTrue(NationalViewModel.isWorkbook(Path.of("avis-bretagne.XLSX")));
        assertFalse(NationalViewModel.isWorkbook(Path.of("notes.csv")));
    }

    @Test
    void theEnglishWindowWordsARefusedProposalInEnglish() {
        NationalViewModel english = new NationalViewModel(runner, state, Messages.load(Locale.ENGLISH));
        var refused = new fr.ptce.workbench.application.national.GateRefusedException(
                "message français",
                List.of(
                        new fr.ptce.workbench.domain.national.GateRefusal(
                                fr.ptce.workbench.domain.national.GateRefusal.Kind.INCOMPLETE, null, null),
                        new fr.ptce.workbench.domain.national.GateRefusal(
                                fr.ptce.workbench.domain.national.GateRefusal.Kind.NOT_ELIGIBLE, null, 2)));
        assertEquals(
                "Dossier no. 12: proposal as a phase-1 laureate refused — not admissible: incomplete; not eligible:"
                        + " 2 of 7 criteria met, 4 needed. To override, give the reason for the override.",
                english.refusal("12", NationalViewModel.Decision.LAUREATE, refused));
    }
}
