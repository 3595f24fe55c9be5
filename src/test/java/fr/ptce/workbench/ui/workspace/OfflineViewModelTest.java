package fr.ptce.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.offline.Keep;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline flows' view model on the tests' PostgreSQL server: taking a shared workspace offline, then a
 * check-in whose conflict waits for a choice per dossier before anything is sent.
 */
class OfflineViewModelTest {

    private final WorkspaceState state = new WorkspaceState();
    private final List<String> done = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final OfflineViewModel offline = new OfflineViewModel(
            new DirectTaskRunner(),
            state,
            Messages.load(Locale.FRENCH),
            (title, text) -> done.add(text),
            (folder, password) -> opened.add(folder));

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        state.current().ifPresent(Workspace::close);
    }

    @Test
    void aNewPasswordIsEightCharactersTypedTwiceAlike() {
        assertTrue(OfflineViewModel.acceptable("portable1", "portable1"));
        assertFalse(OfflineViewModel.acceptable("portable1", "portable2"));
        assertFalse(OfflineViewModel.acceptable("court", "court"));
        assertFalse(OfflineViewModel.acceptable(null, null));
    }

    @Test
    void theDialogShowsOnlyWhatDiffersOneFieldALine() {
        String mine = "recommendation = FAVORABLE · motivation = Train\u00a0: écrit · author = Maëlle\n"
                + "region_avis_score: criterion = V1 · score_value = 4\n"
                + "region_avis_score: criterion = V2 · score_value = 3";
        String theirs = "recommendation = FAVORABLE · motivation = Bureau · author = Maëlle\n"
                + "region_avis_score: criterion = V1 · score_value = 2\n"
                + "region_avis_score: criterion = V2 · score_value = 3";
        assertEquals(
                List.of(
                        "motivation = Train\u00a0: écrit\nregion_avis_score: criterion = V1\n    score_value = 4",
                        "motivation = Bureau\nregion_avis_score: criterion = V1\n    score_value = 2"),
                OfflineViewModel.differences(mine, theirs));
        assertEquals("2026-12-05 13:51", OfflineViewModel.shownVersion("2026-12-05T13:51:12.345678"));
        assertEquals("2", OfflineViewModel.shownVersion("2"));
    }

    @Test
    void aFolderWorkspaceIsNeitherSharedNorACheckout() {
        state.replace(Workspace.inMemory(Clock.systemDefaultZone()));
        assertFalse(offline.sharedProperty().get());
        assertNull(offline.originProperty().get());
    }

    @Test
    void checkoutThenACheckinWhoseConflictWaitsForAChoicePerDossier() throws Exception {
        TeamDatabase team = TeamDatabase.withSample();
        String dossier = team.dossiers().get(0).number();
        String login = team.addCorrespondent();
        team.close();
        state.replace(team.open(login));
        assertTrue(offline.sharedProperty().get());
        assertNull(offline.originProperty().get());

        Path laptop = temp.resolve("portable");
        offline.checkout(laptop, "portable-secret".toCharArray());
        assertEquals(List.of(laptop), opened);
        assertTrue(done.get(0).startsWith("Emporté dans"), done.get(0));

        state.current().orElseThrow().saveAvis().save(draft(dossier, "Écrit au bureau"));
        state.replace(Workspace.open(laptop, "portable-secret".toCharArray())).ifPresent(Workspace::close);
        assertFalse(offline.sharedProperty().get());
        assertNotNull(offline.originProperty().get(), "a checkout to check in");
        state.current().orElseThrow().saveAvis().save(draft(dossier, "Écrit dans le train"));

        offline.checkin(TeamDatabase.PASSWORD.toCharArray());
        assertNotNull(offline.conflictsProperty().get());
        assertEquals(List.of(dossier), offline.conflictsProperty().get().conflictingDossiers());
        assertEquals(1, done.size(), "nothing sent yet");

        offline.resolve(Map.of(dossier, Keep.SERVER));
        assertNull(offline.conflictsProperty().get());
        assertEquals(
                "Rapporté au serveur\u00a0: 0 élément(s) envoyé(s), 0 ligne(s) d'historique, 1 conflit(s)"
                        + " laissé(s) à la version du serveur.",
                done.get(1));
        assertNull(offline.originProperty().get(), "checked in: not again");
    }

    private static AvisDraft draft(String number, String motivation) {
        return new AvisDraft(
                number, Recommendation.FAVORABLE, false, motivation, null, null, null, null, AvisDraft.ANY_VERSION);
    }
}
